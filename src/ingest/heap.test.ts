import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { heapKeeper } from './heap.ts';

test('should leave a heap below its floor alone', () => {
  const keep = heapKeeper({ floorBytes: Number.MAX_SAFE_INTEGER });
  assert.equal(keep(), false);
});

test('should collect once, then again only after the heap has grown by the given factor', () => {
  const keep = heapKeeper({ floorBytes: 1, growth: 2 });
  assert.equal(keep(), true); // nothing collected yet: the first call collects
  assert.equal(keep(), false); // nothing grew since
  const live = getHeapStatistics().used_heap_size;
  const held: string[] = [];
  while (getHeapStatistics().used_heap_size < live * 2.5) held.push(`${held.length}`.padStart(64, '0'));
  assert.equal(keep(), true);
  assert.equal(keep(), false);
  assert.equal(held.length > 0, true);
});

test('should not leave `gc` exposed on the global object', () => {
  heapKeeper();
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined');
});
