import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReplacement, shownRemovals } from '../src/removals.ts';

describe('shownRemovals', () => {
  it('should keep deletions and uncovered replacements, drop replacements inside a deletion', () => {
    const box = { start: 10, end: 20, reason: 'boilerplate:info-bar' };
    const inside = { start: 12, end: 13, reason: 'normalize:t2s', replacement: '发' };
    const outside = { start: 25, end: 26, reason: 'normalize:t2s', replacement: '国' };
    const straddling = { start: 18, end: 22, reason: 'normalize:t2s', replacement: '时间' };
    assert.deepEqual(shownRemovals([box, inside, outside, straddling]), [box, outside, straddling]);
  });
  it('should treat touching deletions as one cover and an empty replacement as a deletion', () => {
    const a = { start: 0, end: 5, reason: 'jammer' };
    const b = { start: 5, end: 9, reason: 'pinyin-annotation', replacement: '' };
    const r = { start: 4, end: 6, reason: 'normalize:t2s', replacement: '书' };
    assert.equal(isReplacement(b), false);
    assert.deepEqual(shownRemovals([a, b, r]), [a, b]);
  });
  it('should return an empty list for no removals', () => {
    assert.deepEqual(shownRemovals([]), []);
  });
});
