import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { backends, fakeItem } from './test-backends.ts';
import type { Store } from './types.ts';

for (const backend of backends()) {
  describe(`store (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    test('should apply migrations once and record them', async () => {
      assert.deepEqual(await store.migrate(), []);
      const { rows } = await store.db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.equal(rows[0].version, '001');
    });

    test('should load the GB/T 2260 regions with levels and parents', async () => {
      const { rows } = await store.db.query<{ code: string; level: string; parent: string | null }>(
        `SELECT code, level, parent FROM regions WHERE code IN ('430000', '430100', '430102') ORDER BY code`,
      );
      assert.deepEqual(rows, [
        { code: '430000', level: 'province', parent: null },
        { code: '430100', level: 'city', parent: '430000' },
        { code: '430102', level: 'county', parent: '430100' },
      ]);
    });

    test('should store new documents and mark repeats as duplicates', async () => {
      const run = await store.beginRun({ test: 1 });
      const r1 = await store.writeBatch(run, [fakeItem('甲文'), fakeItem('乙文'), fakeItem('甲文', 'other-key')]);
      assert.deepEqual(r1.statuses, ['stored', 'stored', 'duplicate']);
      const r2 = await store.writeBatch(run, [fakeItem('甲文', 'third-key'), { key: 'bad', origin: { path: 'bad' }, contentHash: null, bytes: 0, error: { code: 'empty', message: 'empty file' } }]);
      assert.deepEqual(r2.statuses, ['duplicate', 'rejected']);
      const s = await store.stats();
      assert.equal(s.documents, 2);
      assert.equal(s.errors, 1);
      assert.equal(s.mentions, 4);
      // Two people? No: one person and one organization entity, shared by both documents.
      assert.equal(s.entities, 2);
      assert.equal(s.facts, 6);
    });

    test('should resolve organizations by canonical name and people by name and region', async () => {
      const { rows } = await store.db.query<{ type: string; key: string; name: string; aliases: string[]; doc_count: number }>(
        'SELECT type, key, name, aliases, doc_count FROM entities ORDER BY type',
      );
      assert.deepEqual(rows, [
        { type: 'organization', key: '中联重科', name: '中联重科', aliases: ['中联'], doc_count: 2 },
        { type: 'person', key: '张三@430100', name: '张三', aliases: [], doc_count: 2 },
      ]);
      const t = await store.db.query<{ title: string; date: string }>('SELECT DISTINCT title, date FROM person_titles');
      assert.deepEqual(t.rows, [{ title: '市长', date: '2024-03-01' }]);
      const m = await store.db.query<{ n: string | number }>('SELECT count(*) AS n FROM mentions WHERE entity_id IS NOT NULL');
      assert.equal(Number(m.rows[0].n), 4);
    });

    test('should list each stored document once per cluster (industry × home region) with its date', async () => {
      const { rows } = await store.db.query<{ industry_id: string; code: string; doc_id: string; published: unknown }>(
        'SELECT industry_id, code, doc_id, published FROM cluster_docs ORDER BY doc_id',
      );
      const ids = [fakeItem('甲文').analysis!.id, fakeItem('乙文').analysis!.id].sort();
      assert.deepEqual(rows.map((r) => [r.industry_id, r.code, r.doc_id, new Date(r.published as string).toISOString()]), [
        ['construction-machinery', '430100', ids[0], '2024-03-01T02:00:00.000Z'],
        ['construction-machinery', '430100', ids[1], '2024-03-01T02:00:00.000Z'],
      ]);
    });

    test('should find a document by id prefix and reject unknown ids', async () => {
      const id = fakeItem('甲文').analysis!.id;
      const d = await store.findDocument(id.slice(0, 8));
      assert.ok(d && 'id' in d);
      assert.equal(d.id, id);
      assert.equal(d.clean, '甲文');
      assert.equal(d.published, '2024-03-01T02:00:00.000Z');
      assert.equal(d.mentions.length, 2);
      assert.equal(await store.findDocument('ffffffffffff'), null);
      assert.equal(await store.findDocument('not-hex'), null);
    });

    test('should roll back a whole batch when one row fails', async () => {
      const run = await store.beginRun({});
      const good = fakeItem('丙文');
      const broken = fakeItem('丁文');
      const bad = { ...broken, analysis: { ...broken.analysis!, mentions: [{ type: 'person' as const, text: 'x', start: 0.5, end: 1, rule: 'r' }] } };
      await assert.rejects(store.writeBatch(run, [good, bad]));
      const { rows } = await store.db.query<{ n: string | number }>('SELECT count(*) AS n FROM documents WHERE id = $1', [good.analysis!.id]);
      assert.equal(Number(rows[0].n), 0);
      const led = await store.db.query<{ n: string | number }>('SELECT count(*) AS n FROM ingest_items WHERE run_id = $1', [run]);
      assert.equal(Number(led.rows[0].n), 0);
    });

    test('should report stored and duplicate items as seen, rejected ones not', async () => {
      const a = fakeItem('甲文');
      const seen = await store.seen([
        { key: a.key, contentHash: a.contentHash! },
        { key: a.key, contentHash: 'other' },
        { key: 'bad', contentHash: 'x' },
      ]);
      assert.deepEqual([...seen], [`${a.key}\u0000${a.contentHash}`]);
    });

    test('should count an item as an error while its latest attempt is rejected', async () => {
      const e0 = (await store.stats()).errors;
      const rejected = { key: 'flaky', origin: { path: 'flaky' }, contentHash: null, bytes: 0, error: { code: 'empty', message: 'empty file' } };
      await store.writeBatch(await store.beginRun({}), [rejected]);
      assert.equal((await store.stats()).errors, e0 + 1);
      await store.writeBatch(await store.beginRun({}), [rejected]); // the same bad file met again
      assert.equal((await store.stats()).errors, e0 + 1);
      const fixed = await store.writeBatch(await store.beginRun({}), [fakeItem('戊文', 'flaky')]);
      assert.deepEqual(fixed.statuses, ['stored']);
      assert.equal((await store.stats()).errors, e0);
    });

    test('should search clean text through jieba tokens', async () => {
      const run = await store.beginRun({});
      await store.writeBatch(run, [fakeItem('工程机械产业集群发展座谈会')]);
      const { rows } = await store.db.query<{ clean: string }>(
        `SELECT clean FROM documents WHERE search @@ to_tsquery('simple', '工程机械 & 座谈会')`,
      );
      assert.deepEqual(rows, [{ clean: '工程机械产业集群发展座谈会' }]);
      // Words inside longer words are indexed too: 机械 finds 工程机械.
      const inner = await store.db.query<{ clean: string }>(`SELECT clean FROM documents WHERE search @@ to_tsquery('simple', '机械')`);
      assert.deepEqual(inner.rows, [{ clean: '工程机械产业集群发展座谈会' }]);
    });
  });
}
