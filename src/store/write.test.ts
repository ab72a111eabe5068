import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { backends, fakeItem } from './test-backends.ts';
import type { Store } from './types.ts';
import { clusterKeys, documentArrays, documentRow, documentRowBytes, jsonArrays } from './write.ts';

for (const backend of backends()) {
  describe(`write (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    test('should store a lone surrogate as U+FFFD and keep backslashes and quotes as written', async () => {
      const run = await store.beginRun({});
      const item = fakeItem('湘潭\ud800产业 \\ud800 "引号" \\\\');
      const r = await store.writeBatch(run, [item]);
      assert.deepEqual(r.statuses, ['stored']);
      const { rows } = await store.db.query<{ clean: string; original: string }>('SELECT clean, original FROM documents WHERE id = $1', [item.analysis!.id]);
      assert.deepEqual(rows[0], { clean: '湘潭\ufffd产业 \\ud800 "引号" \\\\', original: '湘潭\ufffd产业 \\ud800 "引号" \\\\' });
    });

    test('should store the first of two same-id documents in a batch and count the second a duplicate', async () => {
      const run = await store.beginRun({});
      const a = fakeItem('株洲轨道交通装备', 'k-a');
      const b = fakeItem('株洲轨道交通装备', 'k-b');
      const r = await store.writeBatch(run, [a, b]);
      assert.deepEqual([r.statuses, r.stored, r.duplicates], [['stored', 'duplicate'], 1, 1]);
    });
  });
}

describe('jsonArrays', () => {
  test('should group rows into arrays of at most maxChars, in order, one row at least', () => {
    assert.deepEqual(jsonArrays(['{"a":1}', '{"b":2}', '{"c":3}'], 16), ['[{"a":1},{"b":2}]', '[{"c":3}]']);
    assert.deepEqual(jsonArrays(['{"long":"xxxxxxxxxxxxxxxx"}'], 4), ['[{"long":"xxxxxxxxxxxxxxxx"}]']);
  });

  test('should return no arrays for no rows', () => {
    assert.deepEqual(jsonArrays([]), []);
  });
});

describe('documentArrays', () => {
  const row = (s: string) => new TextEncoder().encode(s);
  const texts = (bufs: readonly Buffer[]) => bufs.map((b) => b.toString('utf8'));

  test('should put the content hash first in each row and group rows into arrays of at most maxBytes, in order', () => {
    const rows = [{ row: row('{"a":"长"}'), hash: 'h1' }, { row: row('{"b":2}'), hash: 'h2' }, { row: row('{}'), hash: 'h3' }];
    assert.deepEqual(texts(documentArrays(rows, 40)), ['[{"ch":"h1","a":"长"},{"ch":"h2","b":2}]', '[{"ch":"h3"}]']);
    assert.deepEqual(texts(documentArrays(rows, 1)), ['[{"ch":"h1","a":"长"}]', '[{"ch":"h2","b":2}]', '[{"ch":"h3"}]']);
  });

  test('should return no arrays for no rows, and refuse a row that is not a JSON object', () => {
    assert.deepEqual(documentArrays([]), []);
    assert.throws(() => documentArrays([{ row: row('[1]'), hash: 'h' }]), /Expected a JSON object row, got byte 91/);
  });
});

describe('clusterKeys', () => {
  const region = (code: string, home?: boolean) => ({ name: code, code, level: 'city' as const, parent: '430000', count: 1, ...(home === undefined ? {} : { home }) });
  test('should pair every industry with every home region, the first row of a code deciding, each pair once', () => {
    const regions = [region('430100', true), region('430200'), region('430100', false), region('430300', true), region('430200', true)];
    const industries = [{ id: 'a', name: 'A', count: 1 }, { id: 'b', name: 'B', count: 2 }, { id: 'a', name: 'A', count: 3 }];
    assert.deepEqual(clusterKeys({ regions, industries }), [['a', '430100'], ['a', '430300'], ['b', '430100'], ['b', '430300']]);
  });

  test('should give no pairs without a home region or an industry', () => {
    assert.deepEqual(clusterKeys({ regions: [region('430100')], industries: [{ id: 'a', name: 'A', count: 1 }] }), []);
    assert.deepEqual(clusterKeys({ regions: [region('430100', true)], industries: [] }), []);
  });
});

describe('documentRow', () => {
  test('should write the row columns, a home region and search words, without the content hash', () => {
    const row = JSON.parse(documentRow(fakeItem('长沙工程机械产业').analysis!));
    assert.equal(row.ch, undefined);
    assert.deepEqual([row.cl, row.hr, row.pu, row.rp, row.se, row.mc], ['长沙工程机械产业', '430100', '2024-03-01T02:00:00.000Z', ['记者甲'], '标题 长沙 工程 机械 工程机械 产业', 2]);
  });

  test('should write a lone surrogate as U+FFFD', () => {
    assert.equal(JSON.parse(documentRow(fakeItem('湘潭\ud800').analysis!)).cl, '湘潭\ufffd');
  });

  test('should give the same row as UTF-8 bytes in a buffer of their own', () => {
    const a = fakeItem('长沙工程机械产业').analysis!;
    const bytes = documentRowBytes(a);
    assert.equal(Buffer.from(bytes).toString('utf8'), documentRow(a));
    assert.equal(bytes.byteOffset, 0);
    assert.equal(bytes.buffer.byteLength, bytes.byteLength);
  });
});

for (const backend of backends()) {
  describe(`write with prepared rows (${backend.name})`, () => {
    test('should store the same rows from a prepared documentRow and a slim analysis as from the full analysis', async () => {
      const store = await backend.open();
      try {
        const full = fakeItem('株洲轨道交通装备产业集群', 'k-full');
        const run = await store.beginRun({});
        await store.writeBatch(run, [full]);
        const read = async () => (await store.db.query(`SELECT content_hash, title, original, clean, removals, removals_gz, warnings, extraction, home_region, search::text AS search, published FROM documents`)).rows;
        const before = await read();
        await store.db.exec('DELETE FROM person_titles; DELETE FROM facts; DELETE FROM mentions; DELETE FROM doc_regions; DELETE FROM doc_industries; DELETE FROM cluster_docs; DELETE FROM ingest_items; DELETE FROM documents');
        const a = full.analysis!;
        const prepared = { ...full, analysis: { ...a, original: '', removals: [], warnings: [] }, documentRow: documentRowBytes(a) };
        const r = await store.writeBatch(run, [prepared]);
        assert.deepEqual(r.statuses, ['stored']);
        assert.deepEqual(await read(), before);
      } finally {
        await store.close();
        await backend.cleanup();
      }
    });

    test('should store the extraction packed, read it back whole, and read the jsonb extraction of rows stored before 006', async () => {
      const store = await backend.open();
      try {
        const item = fakeItem('长沙工程机械产业', 'k-ex');
        await store.writeBatch(await store.beginRun({}), [item]);
        const { rows } = await store.db.query<{ id: string; extraction: unknown; packed: boolean }>(`SELECT id, extraction, extraction_gz IS NOT NULL AS packed FROM documents`);
        assert.deepEqual(rows.map((r) => [r.extraction, r.packed]), [[null, true]]);
        const { regions, people, organizations, industries, quantities, events, directives, mentions } = item.analysis!;
        const expected = JSON.parse(JSON.stringify({ regions, people, organizations, industries, quantities, events, directives, mentions }));
        const doc = await store.findDocument(rows[0]!.id);
        assert.deepEqual(doc && 'extraction' in doc ? doc.extraction : null, expected);
        assert.equal(expected.regions.length > 0, true);
        await store.db.query(`UPDATE documents SET extraction = $1::jsonb, extraction_gz = NULL`, [JSON.stringify({ regions: [] })]);
        const old = await store.findDocument(rows[0]!.id);
        assert.deepEqual(old && 'extraction' in old ? old.extraction : null, { regions: [] });
      } finally {
        await store.close();
        await backend.cleanup();
      }
    });

    test('should store removals packed, read them back whole, and read the jsonb removals of rows stored before 004', async () => {
      const store = await backend.open();
      try {
        const item = fakeItem('湘潭智能制造', 'k-rm');
        const removals = [{ start: 0, end: 2, reason: 'html-tag', stage: 'html' }, { start: 4, end: 6, reason: 'jammer', stage: 'noise', replacement: 'x\ud800' }];
        const analysis = { ...item.analysis!, removals } as never;
        await store.writeBatch(await store.beginRun({}), [{ ...item, analysis }]);
        const { rows } = await store.db.query<{ id: string; removals: unknown; packed: boolean }>(`SELECT id, removals, removals_gz IS NOT NULL AS packed FROM documents`);
        assert.deepEqual(rows.map((r) => [r.removals, r.packed]), [[null, true]]);
        const doc = await store.findDocument(rows[0]!.id);
        assert.deepEqual(doc && 'removals' in doc ? doc.removals : null, [removals[0], { ...removals[1], replacement: 'x\ufffd' }]);
        await store.db.query(`UPDATE documents SET removals = $1::jsonb, removals_gz = NULL`, [JSON.stringify([removals[0]])]);
        const old = await store.findDocument(rows[0]!.id);
        assert.deepEqual(old && 'removals' in old ? old.removals : null, [removals[0]]);
      } finally {
        await store.close();
        await backend.cleanup();
      }
    });
  });
}
