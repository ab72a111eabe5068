import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mapDeltas } from './map-counts.ts';
import { backends, fakeAnalysis, fakeItem } from './test-backends.ts';
import type { Store, WriteItem } from './types.ts';

describe('mapDeltas', () => {
  test('should count documents per home code and home code × industry, and facts per region and region × industry', () => {
    const d = mapDeltas([
      { homeCodes: ['430100', '430200'], industries: ['a', 'b'], facts: [{ region: '430100', entity: null, company: false }, { region: null, entity: 7, company: true }] },
      { homeCodes: ['430100'], industries: [], facts: [{ region: '430300', entity: null, company: false }] },
    ]);
    assert.deepEqual(d.counts, {
      code: ['430100', '430100', '430100', '430200', '430200', '430200', '430300'],
      industry: ['', 'a', 'b', '', 'a', 'b', ''],
      documents: [2, 1, 1, 1, 1, 1, 0],
      facts: [1, 1, 1, 0, 0, 0, 1],
    });
    assert.deepEqual(d.areaEntities, { code: [], industry: [], entity: [] });
  });

  test('should list each company of an area once, for all industries and each industry of its document', () => {
    const company = { region: '430100', entity: 7, company: true };
    const d = mapDeltas([
      { homeCodes: [], industries: ['a'], facts: [company, company, { region: '430100', entity: 8, company: false }, { region: '430100', entity: null, company: true }] },
      { homeCodes: [], industries: ['b'], facts: [company] },
    ]);
    assert.deepEqual(d.areaEntities, { code: ['430100', '430100', '430100'], industry: ['', 'a', 'b'], entity: [7, 7, 7] });
    assert.deepEqual(d.counts.facts, [5, 4, 1]);
  });

  test('should give no rows for no documents', () => {
    assert.deepEqual(mapDeltas([]), { counts: { code: [], industry: [], documents: [], facts: [] }, areaEntities: { code: [], industry: [], entity: [] } });
  });
});

/** A document with two home regions (one written twice), two industries (one twice), facts with and without a region. */
function richItem(text: string): WriteItem {
  const a = fakeAnalysis(text, `k-${text}`);
  return {
    ...fakeItem(text),
    analysis: {
      ...a,
      regions: [
        { name: '长沙市', code: '430100', level: 'city', parent: '430000', count: 2, home: true },
        { name: '株洲市', code: '430200', level: 'city', parent: '430000', count: 1 },
        { name: '长沙市', code: '430100', level: 'city', parent: '430000', count: 1, home: false },
        { name: '湖南省', code: '430000', level: 'province', parent: null, count: 1, home: true },
      ],
      industries: [{ id: 'construction-machinery', name: '工程机械', count: 3 }, { id: 'rail-transit', name: '轨道交通', count: 1 }, { id: 'construction-machinery', name: '工程机械', count: 1 }],
      organizations: [{ name: '中联', kind: 'company', canonical: '中联重科' }, { name: '长沙经开区', kind: 'park', region: '430121' }, { name: '铁建重工', kind: 'company', region: '430200' }],
      quantities: [{ metric: '企业', change: null, value: 240, unit: '家', text: '企业240家', start: 0, end: 2, scope: { region: '430200' } }],
      events: [{ type: '签约', date: '2024-03-01', lead: '签约', participants: [], text: '签约', start: 0, end: 1 }],
    } as WriteItem['analysis'],
  };
}

for (const backend of backends()) {
  describe(`map counters (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    const dump = async () => {
      const c = await store.db.query('SELECT code, industry_id, documents, facts FROM ui_map_counts ORDER BY 1, 2');
      const e = await store.db.query('SELECT code, industry_id, entity_id::int AS entity_id FROM ui_area_entities ORDER BY 1, 2, 3');
      return { counts: c.rows, areas: e.rows };
    };

    test('should keep the counters a recount from the tables gives, over batches and duplicates', async () => {
      const run = await store.beginRun({});
      await store.writeBatch(run, [richItem('甲'), fakeItem('乙'), richItem('甲')]);
      await store.writeBatch(run, [richItem('丙'), fakeItem('乙')]);
      const written = await dump();
      assert.deepEqual(written.counts.filter((r: any) => r.code === '430100'), [
        { code: '430100', industry_id: '', documents: 3, facts: 9 },
        { code: '430100', industry_id: 'construction-machinery', documents: 3, facts: 9 },
        { code: '430100', industry_id: 'rail-transit', documents: 2, facts: 6 },
      ]);
      assert.equal(written.areas.length, 6);
      await store.db.query('SELECT ui_map_recount()');
      assert.deepEqual(await dump(), written);
    });
  });
}
