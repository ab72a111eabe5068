import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from './pglite.ts';

test('should save the empty-cluster template once, start new stores from it, and run initdb again when it is broken', { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-pglite-'));
  const saved = process.env.ATLAS_PGLITE_TEMPLATE;
  process.env.ATLAS_PGLITE_TEMPLATE = join(root, 'templates');
  try {
    const open = async (name: string) => {
      const db = await openPglite(join(root, name));
      const { rows } = await db.query<{ sb: string }>(`SELECT current_setting('shared_buffers') AS sb`);
      await db.close();
      return rows[0]?.sb;
    };
    assert.equal(await open('a'), '32MB');
    const templates = readdirSync(join(root, 'templates'));
    assert.equal(templates.length, 1);
    assert.match(templates[0]!, /^pglite-[\d.]+-[0-9a-f]{12}\.tar$/);
    assert.equal(await open('b'), '32MB');
    writeFileSync(join(root, 'templates', templates[0]!), 'not a tar');
    assert.equal(await open('c'), '32MB');
    assert.deepEqual(readdirSync(join(root, 'templates')), templates);
    assert.equal(await open('a'), '32MB');
  } finally {
    if (saved === undefined) delete process.env.ATLAS_PGLITE_TEMPLATE;
    else process.env.ATLAS_PGLITE_TEMPLATE = saved;
    rmSync(root, { recursive: true, force: true });
  }
});
