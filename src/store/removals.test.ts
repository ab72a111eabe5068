import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { packRemovals, unpackRemovals } from './removals.ts';

describe('packRemovals / unpackRemovals', () => {
  const removals = [{ start: 0, end: 3, reason: 'html-tag', stage: 'html' }, { start: 5, end: 9, reason: 'pinyin', stage: 'noise', replacement: '长沙' }];

  test('should give back the removals packed, as the bytes the insert decodes from base64', () => {
    const packed = Buffer.from(packRemovals(JSON.stringify(removals)), 'base64');
    assert.deepEqual(unpackRemovals(null, packed), removals);
    assert.deepEqual(unpackRemovals(null, new Uint8Array(packed)), removals);
  });

  test('should read jsonb removals of rows stored before, and give [] for none', () => {
    assert.deepEqual(unpackRemovals(removals, null), removals);
    assert.deepEqual(unpackRemovals(null, null), []);
    assert.deepEqual(unpackRemovals(null, Buffer.from(packRemovals('null'), 'base64')), []);
    assert.deepEqual(unpackRemovals(null, Buffer.from(packRemovals('[]'), 'base64')), []);
  });
});
