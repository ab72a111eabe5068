// Migration 010: quantity facts written under Analysis @1 get @2's change and metric, on every backend.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { QuantityFact } from '../analysis/schema.ts';
import { listMigrations, migrate } from './migrate.ts';
import { backends, fakeItem } from './test-backends.ts';

const TEXT = '去年产值1680亿元，增长8.7%；营收同比增长9%，工业产值增长19.3%，企业数量比上年增加17家，本地配套率提高到55%，每年可减少二氧化碳排放约300万吨，表1 同比增长 6.6';

/** An @1 quantity (no change; growth words as metrics) at the first place its text is written. */
function old(metric: string, value: number, unit: string, text: string): Omit<QuantityFact, 'change'> {
  const start = TEXT.indexOf(text);
  assert.ok(start >= 0, text);
  return { metric, value, unit, text, start, end: start + text.length };
}

const OLD = [
  old('产值', 1680, '亿元', '1680亿元'),
  old('增长', 8.7, '%', '8.7%'),
  old('同比增长', 9, '%', '9%'),
  old('工业产值', 19.3, '%', '19.3%'),
  old('企业数量', 17, '家', '17家'),
  old('本地配套率', 55, '%', '55%'),
  old('减少二氧化碳排放', 300, '万吨', '约300万吨'),
  old('同比增长', 6.6, '%', '6.6'),
];

for (const backend of backends()) {
  describe(`migration 010 (${backend.name})`, () => {
    test('should give quantity facts written before it their change and metric', async () => {
      const store = await backend.open();
      try {
        const item = fakeItem(TEXT);
        const analysis = { ...item.analysis!, quantities: OLD as unknown as QuantityFact[] };
        await store.writeBatch(await store.beginRun({}), [{ ...item, analysis }]);
        await store.db.exec(`DELETE FROM schema_migrations WHERE version = '010'`);
        const { rows: before } = await store.db.query<{ data: Record<string, unknown> }>(`SELECT data FROM facts WHERE type = 'quantity' ORDER BY start`);
        assert.ok(before.every((r) => !('change' in r.data)));

        assert.deepEqual(await migrate(store.db, listMigrations().filter((x) => x.version === '010')), ['010']);
        const { rows } = await store.db.query<{ data: QuantityFact }>(`SELECT data FROM facts WHERE type = 'quantity' ORDER BY start`);
        assert.deepEqual(rows.map((r) => `${r.data.metric}|${r.data.change}|${r.data.value}${r.data.unit}`), [
          '产值|null|1680亿元',
          '产值|增长|8.7%', // a bare change right after a level: the level's metric
          'null|同比增长|9%', // @1 lost 营收; only a comma may stand between a level and its change
          '工业产值|增长|19.3%',
          '企业数量|同比增加|17家',
          '本地配套率|null|55%', // 提高到: a level reached
          '二氧化碳排放|减少|300万吨',
          'null|同比增长|6.6%',
        ]);
        assert.deepEqual(await migrate(store.db), []);
      } finally {
        await store.close();
        await backend.cleanup();
      }
    });
  });
}
