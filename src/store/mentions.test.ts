import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../analysis/schema.ts';
import { listMigrations, migrate } from './migrate.ts';
import { documentMentions, unpackExtraction } from './mentions.ts';
import { packJson } from './packed.ts';
import { backends, fakeItem } from './test-backends.ts';
import type { WriteItem } from './types.ts';

const m = (type: Mention['type'], text: string, start: number, end: number, extra: Partial<Mention> = {}): Mention =>
  ({ type, text, start, end, rule: 'r', ...extra }) as Mention;

describe('documentMentions', () => {
  test('should sort by start, longer first, then extraction order, and give entity mentions the ids of their rows', () => {
    const mentions = [
      m('region', '长沙', 5, 7, { key: '430100' }),
      m('organization', '中联', 0, 2, { kind: 'company', key: '中联重科' }),
      m('industry', '工程机械', 0, 4, { key: 'construction-machinery' }),
      m('person', '张三', 8, 10),
      m('organization', '中联', 0, 2, { kind: 'company' }),
    ];
    const rows = [
      { type: 'organization', text: '中联', start: 0, end: 2, entity_id: '7' },
      { type: 'person', text: '张三', start: 8, end: 10, entity_id: null },
      { type: 'organization', text: '中联', start: 0, end: 2, entity_id: 9 },
    ];
    assert.deepEqual(documentMentions(mentions, rows), [
      { type: 'industry', kind: null, key: 'construction-machinery', text: '工程机械', start: 0, end: 4, rule: 'r', entityId: null },
      { type: 'organization', kind: 'company', key: '中联重科', text: '中联', start: 0, end: 2, rule: 'r', entityId: 7 },
      { type: 'organization', kind: 'company', key: null, text: '中联', start: 0, end: 2, rule: 'r', entityId: 9 },
      { type: 'region', kind: null, key: '430100', text: '长沙', start: 5, end: 7, rule: 'r', entityId: null },
      { type: 'person', kind: null, key: null, text: '张三', start: 8, end: 10, rule: 'r', entityId: null },
    ]);
  });

  test('should give null entity ids when a mention has no row, and nothing for no mentions', () => {
    assert.deepEqual(documentMentions([m('person', '李四', 0, 2)], []).map((x) => x.entityId), [null]);
    assert.deepEqual(documentMentions([], [{ type: 'person', text: '李四', start: 0, end: 2, entity_id: 1 }]), []);
  });
});

describe('unpackExtraction', () => {
  test('should read the packed column first, then the jsonb one, else null', () => {
    const x = { mentions: [m('region', '长沙', 0, 2)] };
    assert.deepEqual(unpackExtraction(null, Buffer.from(packJson(JSON.stringify(x)), 'base64')), x);
    assert.deepEqual(unpackExtraction(x, null), x);
    assert.equal(unpackExtraction(null, undefined), null);
  });
});

/** The query `show` and the document page ran before migration 007, over rows of every mention type. */
const OLD_MENTIONS = `SELECT type, kind, key, text, start, "end", rule, entity_id FROM mentions WHERE doc_id = $1 ORDER BY start, "end" DESC, id`;

/** A document with mentions of every kind, two of them on one span. */
function richItem(text: string): WriteItem {
  const item = fakeItem(text);
  const mentions = [
    m('region', '长沙', 4, 6, { key: '430100' }),
    m('person', '张三', 0, 1, { key: '张三' }),
    m('organization', '中联', 1, 2, { key: '中联重科', kind: 'company' }),
    m('industry', '工程机械', 0, 4, { key: 'construction-machinery' }),
    m('date', '3月1日', 1, 2),
  ];
  return { ...item, analysis: { ...item.analysis!, mentions } };
}

for (const backend of backends()) {
  describe(`migration 007 (${backend.name})`, () => {
    test('should move a store written before it: entity mention rows kept, the same mentions read back, the same counts', async () => {
      const store = await backend.open();
      try {
        const items = [richItem('长沙工程机械产业集群'), richItem('株洲轨道交通')];
        await store.writeBatch(await store.beginRun({}), items);
        // Put the store back as 006 left it: a row for every mention, in extraction order, no mention_count.
        for (const it of items) {
          const a = it.analysis!;
          const { rows } = await store.db.query<{ entity_id: string | number | null }>('SELECT entity_id FROM mentions WHERE doc_id = $1 ORDER BY id', [a.id]);
          const ids = rows.map((r) => r.entity_id);
          await store.db.query('DELETE FROM mentions WHERE doc_id = $1', [a.id]);
          const ms = a.mentions;
          await store.db.query(`INSERT INTO mentions (doc_id, entity_id, type, kind, key, text, start, "end", rule)
            SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[])`, [
            a.id, ms.map((x) => (x.type === 'person' || x.type === 'organization' ? ids.shift() : null)), ms.map((x) => x.type),
            ms.map((x) => x.kind ?? null), ms.map((x) => x.key ?? null), ms.map((x) => x.text), ms.map((x) => x.start), ms.map((x) => x.end), ms.map((x) => x.rule),
          ]);
        }
        await store.db.exec(`ALTER TABLE documents DROP COLUMN mention_count;
          CREATE INDEX mentions_type_key_idx ON mentions (type, key); CREATE INDEX facts_type_idx ON facts (type);
          CREATE INDEX facts_industry_idx ON facts (industry_id); CREATE INDEX facts_region_industry_idx ON facts (region_code, industry_id);
          DROP INDEX facts_type_region_idx; DELETE FROM schema_migrations WHERE version = '007'`);
        const id = items[0]!.analysis!.id;
        const before = (await store.db.query<Record<string, any>>(OLD_MENTIONS, [id])).rows
          .map((r) => ({ type: r.type, kind: r.kind, key: r.key, text: r.text, start: r.start, end: r.end, rule: r.rule, entityId: r.entity_id === null ? null : Number(r.entity_id) }));
        const { rows: [counted] } = await store.db.query<{ n: string | number }>('SELECT count(*) AS n FROM mentions');
        assert.equal(Number(counted!.n), 10);

        assert.deepEqual(await migrate(store.db, listMigrations().filter((x) => x.version === '007')), ['007']);
        const doc = await store.findDocument(id);
        assert.deepEqual(doc && 'mentions' in doc ? doc.mentions : null, before);
        assert.deepEqual(before.map((x) => [x.type, x.entityId !== null]), [
          ['industry', false], ['person', true], ['organization', true], ['date', false], ['region', false],
        ]);
        assert.equal((await store.stats()).mentions, 10);
        const { rows } = await store.db.query<{ type: string }>('SELECT type FROM mentions ORDER BY id');
        assert.deepEqual(rows.map((r) => r.type), ['person', 'organization', 'person', 'organization']);
      } finally {
        await store.close();
        await backend.cleanup();
      }
    });
  });
}
