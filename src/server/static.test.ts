import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { geoFile, safeJoin, uiFile } from './static.ts';

describe('safeJoin', () => {
  it('should resolve a plain path inside the root', () => {
    assert.equal(safeJoin('/srv/dist', '/assets/a.js'), '/srv/dist/assets/a.js');
  });
  it('should refuse traversal, encoded traversal, NUL, backslashes and dotfiles', () => {
    for (const p of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/a/%2E%2E/%2E%2E/x', '/a%00.js', '/..%5c..%5cx', '/.env', '/%E0%A4%A']) {
      assert.equal(safeJoin('/srv/dist', p), null, p);
    }
  });
});

describe('uiFile and geoFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<html></html>');
  writeFileSync(join(root, 'assets', 'a.js'), 'x');
  it('should serve assets as immutable and app routes as index.html', async () => {
    assert.deepEqual({ ...(await uiFile(root, '/assets/a.js'))!, body: null }, { body: null, type: 'text/javascript; charset=utf-8', immutable: true });
    assert.equal(Buffer.from((await uiFile(root, '/cluster/430100'))!.body).toString(), '<html></html>');
  });
  it('should serve nothing for a missing file with an extension', async () => {
    assert.equal(await uiFile(root, '/assets/missing.js'), null);
  });
  it('should only serve six-digit geometry names', async () => {
    writeFileSync(join(root, '430000.json'), '{}');
    assert.equal((await geoFile(root, '430000.json'))?.type, 'application/json; charset=utf-8');
    assert.equal(await geoFile(root, '../430000.json'), null);
    assert.equal(await geoFile(root, 'index.html'), null);
  });
});
