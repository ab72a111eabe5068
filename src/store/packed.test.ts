import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { packJson, unpackJson } from './packed.ts';

describe('packJson / unpackJson', () => {
  test('should give base64 of the gzip of the JSON text, and the value back', () => {
    const json = '{"regions":[{"code":"430100","name":"长沙"}],"mentions":[]}';
    const bytes = Buffer.from(packJson(json), 'base64');
    assert.equal(gunzipSync(bytes).toString('utf8'), json);
    assert.deepEqual(unpackJson(bytes), { regions: [{ code: '430100', name: '长沙' }], mentions: [] });
    assert.deepEqual(unpackJson(new Uint8Array(bytes)), { regions: [{ code: '430100', name: '长沙' }], mentions: [] });
  });

  test('should pack empty and null JSON', () => {
    assert.equal(unpackJson(Buffer.from(packJson('null'), 'base64')), null);
    assert.deepEqual(unpackJson(Buffer.from(packJson('[]'), 'base64')), []);
  });

  test('should throw on bytes that are not gzip', () => {
    assert.throws(() => unpackJson(Buffer.from('{}')), /incorrect header check|unknown compression method/);
  });
});
