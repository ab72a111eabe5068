import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, GzipCache } from './gzip-cache.ts';

describe('acceptsGzip', () => {
  it('should read Accept-Encoding lists with weights', () => {
    assert.equal(acceptsGzip('gzip, deflate, br'), true);
    assert.equal(acceptsGzip('br;q=1.0, GZIP;q=0.5'), true);
    assert.equal(acceptsGzip('gzip;q=0'), false);
    assert.equal(acceptsGzip('br, identity'), false);
    assert.equal(acceptsGzip(undefined), false);
    assert.equal(acceptsGzip(''), false);
  });
});

describe('GzipCache', () => {
  const script = new TextEncoder().encode('export const x = 1;\n'.repeat(200));
  it('should gzip a text file once and give the same bytes again', () => {
    const cache = new GzipCache();
    const gz = cache.get('ui:/assets/a.js', script, 'text/javascript; charset=utf-8')!;
    assert.deepEqual(new Uint8Array(gunzipSync(gz)), script);
    assert.ok(gz.byteLength < script.byteLength / 10);
    assert.equal(cache.get('ui:/assets/a.js', script, 'text/javascript; charset=utf-8'), gz);
  });
  it('should compress again when the file under a key changed size', () => {
    const cache = new GzipCache();
    const first = cache.get('geo:430000.json', script, 'application/json')!;
    const longer = new TextEncoder().encode('{"a":1}'.repeat(400));
    const second = cache.get('geo:430000.json', longer, 'application/json')!;
    assert.notEqual(second, first);
    assert.deepEqual(new Uint8Array(gunzipSync(second)), longer);
  });
  it('should leave small and binary files alone', () => {
    const cache = new GzipCache();
    assert.equal(cache.get('ui:index.html', new TextEncoder().encode('<html></html>'), 'text/html; charset=utf-8'), null);
    assert.equal(cache.get('ui:/a.png', new Uint8Array(4096), 'image/png'), null);
  });
});
