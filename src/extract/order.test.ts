import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byStart, inTextOrder } from './order.ts';

/** Spans with an id, to see which of two equal spans comes first. */
const span = (start: number, end: number, id: string) => ({ start, end, id });

test('should leave a list in order as it is and sort one out of order stably', () => {
  const ordered = [span(1, 2, 'a'), span(1, 3, 'b'), span(4, 5, 'c')];
  assert.equal(inTextOrder(ordered, byStart), ordered);
  assert.deepEqual(ordered.map((s) => s.id), ['a', 'b', 'c']);
  const mixed = [span(4, 5, 'a'), span(1, 2, 'b'), span(1, 3, 'c')];
  assert.deepEqual(inTextOrder(mixed, byStart).map((s) => s.id), ['b', 'c', 'a']);
  assert.deepEqual(inTextOrder([], byStart), []);
});
