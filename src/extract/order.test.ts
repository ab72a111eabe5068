import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byStart, byStartLongestFirst, inTextOrder, mergeInOrder } from './order.ts';

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

test('should merge lists exactly as sorting their concatenation does', () => {
  let seed = 11;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  for (let round = 0; round < 300; round++) {
    const lists = Array.from({ length: 1 + random(7) }, (_, l) => {
      const list = Array.from({ length: random(6) }, (_, i) => {
        const start = random(12);
        return span(start, start + 1 + random(3), `${l}.${i}`);
      });
      // Most lists come in order, as the stages give them; some do not.
      return random(4) === 0 ? list : list.sort(byStartLongestFirst);
    });
    const expected = lists.flat().sort(byStartLongestFirst);
    assert.deepEqual(mergeInOrder(lists, byStartLongestFirst), expected);
  }
  assert.deepEqual(mergeInOrder([], byStart), []);
  assert.deepEqual(mergeInOrder([[], []], byStart), []);
});

test('should not give back a list it was given', () => {
  const only = [span(1, 2, 'a')];
  const merged = mergeInOrder([only, []], byStart);
  assert.deepEqual(merged, only);
  assert.notEqual(merged, only);
});
