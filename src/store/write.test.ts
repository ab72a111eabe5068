import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { backends, fakeItem } from './test-backends.ts';
import type { Store } from './types.ts';

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
