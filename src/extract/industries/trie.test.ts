import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTrie, longestAt } from './trie.ts';

const trie = buildTrie(['能源', '新能源', '新能源汽车', '', 'AI']);

test('should return the longest surface starting at a position', () => {
  assert.equal(longestAt(trie, '发展新能源汽车产业', 2), '新能源汽车');
  assert.equal(longestAt(trie, '发展新能源产业', 2), '新能源');
  assert.equal(longestAt(trie, '发展新能源产业', 3), '能源');
});

test('should return null when no surface starts there, at the end of text, or for empty text', () => {
  assert.equal(longestAt(trie, '发展新能', 2), null);
  assert.equal(longestAt(trie, '新能源', 3), null);
  assert.equal(longestAt(trie, '', 0), null);
  assert.equal(longestAt(buildTrie([]), 'AI', 0), null);
});
