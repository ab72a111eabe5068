import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite, type PgliteTemplate } from './pglite.ts';

test('should save the prepared template once, start new stores as copies of it, and run initdb again when it is broken', { timeout: 180_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-pglite-'));
  const saved = process.env.ATLAS_PGLITE_TEMPLATE;
  process.env.ATLAS_PGLITE_TEMPLATE = join(root, 'templates');
  let prepared = 0;
  const template = (key: string): PgliteTemplate => ({
    key,
    prepare: async (db) => {
      prepared++;
      await db.exec(`CREATE TABLE marks (v text); INSERT INTO marks VALUES ('${key}');`);
    },
  });
  try {
    const open = async (name: string, key = 'k1') => {
      const db = await openPglite(join(root, name), { template: template(key) });
      const { rows } = await db.query<{ sb: string; v: string }>(`SELECT current_setting('shared_buffers') AS sb, (SELECT string_agg(v, ',') FROM marks) AS v`);
      await db.query(`INSERT INTO marks VALUES ('${name}')`);
      await db.close();
      return `${rows[0]?.sb} ${rows[0]?.v}`;
    };
    assert.equal(await open('a'), '32MB k1');
    const templates = readdirSync(join(root, 'templates'));
    assert.equal(templates.length, 1);
    assert.match(templates[0]!, /^pglite-[\d.]+-[0-9a-f]{12}$/);
    assert.equal(await open('b'), '32MB k1', 'a copy of the template, not of store a');
    assert.equal(prepared, 1);
    assert.equal(await open('c', 'k2'), '32MB k2', 'another key, another template');
    assert.equal(prepared, 2);
    assert.equal(readdirSync(join(root, 'templates')).length, 2);
    writeFileSync(join(root, 'templates', templates[0]!, 'global', 'pg_control'), 'not a control file');
    assert.equal(await open('d'), '32MB k1', 'a broken template: initdb and prepare in the store itself');
    assert.equal(prepared, 3);
    assert.equal(readdirSync(join(root, 'templates')).length, 1, 'the broken template is dropped');
    assert.equal(await open('a'), '32MB k1,a', 'an existing store is opened as it is');
  } finally {
    if (saved === undefined) delete process.env.ATLAS_PGLITE_TEMPLATE;
    else process.env.ATLAS_PGLITE_TEMPLATE = saved;
    rmSync(root, { recursive: true, force: true });
  }
});
