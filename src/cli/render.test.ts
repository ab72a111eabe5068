import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chinaTime } from './render.ts';

describe('chinaTime', () => {
  it('should show a stored UTC instant in China time, crossing midnight, with the stored value', () => {
    assert.equal(chinaTime('2024-10-18T23:00:00.000Z'), '2024-10-19 07:00 +08:00 (2024-10-18T23:00:00.000Z)');
    assert.equal(chinaTime('2024-07-21T03:05:00.000Z'), '2024-07-21 11:05 +08:00 (2024-07-21T03:05:00.000Z)');
  });
  it('should give empty for null or empty and unparsable text as given', () => {
    assert.equal(chinaTime(null), '');
    assert.equal(chinaTime(''), '');
    assert.equal(chinaTime('--07-21'), '--07-21');
  });
});
