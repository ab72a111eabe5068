import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupSizes } from './groups.ts';

const small = (n: number) => Array.from({ length: n }, () => ({ bytes: 100, alone: false }));
const limits = { size: 3, itemBytes: 1000, bytes: 250 };

test('should give no groups to no items', () => {
  assert.deepEqual(groupSizes([]), []);
});

test('should group small items up to the group size', () => {
  assert.deepEqual(groupSizes(small(7), { ...limits, bytes: 1e9 }), [3, 3, 1]);
});

test('should close a group before it passes its byte limit', () => {
  assert.deepEqual(groupSizes(small(5), limits), [2, 2, 1]);
});

test('should keep a large item and an item that must run alone on their own, in order', () => {
  const items = [...small(2), { bytes: 5000, alone: false }, ...small(1), { bytes: 10, alone: true }, ...small(2)];
  assert.deepEqual(groupSizes(items, limits), [2, 1, 1, 1, 2]);
});

test('should sum to the number of items with the default limits', () => {
  const sizes = groupSizes([...small(100), { bytes: 1 << 20, alone: false }]);
  assert.deepEqual(sizes, [32, 32, 32, 4, 1]);
});
