/** HTTP hardening on a real socket: path traversal, request size limit, token, loopback bind. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { openStore, type Store } from '../../src/store/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { createApp } from '../../src/server/app.ts';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('http hardening', () => {
  let store: Store;
  let server: RunningServer;
  before(async () => {
    store = await openStore({ dir: null });
    server = await startServer({ store, port: 0, token: 'tok', noUi: true, log: () => undefined });
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  it('should bind to 127.0.0.1 by default', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('should not serve files outside the UI and geometry folders', async () => {
    for (const p of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/geo/..%2f..%2fpackage.json',
      '/geo/../../package.json', '/assets/../../../etc/passwd', '/.git/config']) {
      const r = await rawGet(server.url, p);
      assert.ok(r.status === 404 || r.status === 400, `${p} → ${r.status}`);
      assert.doesNotMatch(r.body, /"name": "cluster-atlas"|root:x:0|\[core\]/, p);
    }
  });

  it('should serve map geometry by region code only', async () => {
    const ok = await rawGet(server.url, '/geo/430000.json');
    assert.equal(ok.status, 200);
    assert.equal(JSON.parse(ok.body).features.length, 14);
  });

  it('should send map geometry gzipped to a client that takes gzip, plain to one that does not', async () => {
    const geoDir = fileURLToPath(new URL('../../data/geo/', import.meta.url));
    const app = createApp({ store, token: 'tok', geoDir, log: () => undefined });
    const gz = await app.request('/geo/430000.json', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.deepEqual([gz.status, gz.headers.get('content-encoding'), gz.headers.get('vary')], [200, 'gzip', 'accept-encoding']);
    const bytes = new Uint8Array(await gz.arrayBuffer());
    assert.equal(JSON.parse(gunzipSync(bytes).toString('utf8')).features.length, 14);
    const plain = await app.request('/geo/430000.json');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.ok(bytes.byteLength < (await plain.arrayBuffer()).byteLength * 0.7); // 45,416 -> ~27,200 bytes: the geometry is already encoded
  });

  it('should refuse uploads over the size limit with 413', async () => {
    const app = createApp({ store, token: 'tok', maxUploadBytes: 1024, log: () => undefined });
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(4096)]), 'big.txt');
    const r = await app.request('/api/ingest', { method: 'POST', body: form, headers: { authorization: 'Bearer tok' } });
    assert.equal(r.status, 413);
    assert.deepEqual(await r.json(), { error: 'too-large', message: 'upload larger than 1024 bytes' });
  });

  it('should check the token before reading the body', async () => {
    const r = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: 'x'.repeat(10) });
    assert.equal(r.status, 401);
  });
});
