import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tidyWhitespace } from './whitespace.ts';

test('should trim line ends, collapse blank runs and strip the ends of the text', () => {
  assert.equal(tidyWhitespace('\n\n甲  \n\n\n\n乙\n\n').text, '甲\n\n乙');
});

test('should remove trailing blank lines even when they form a run', () => {
  const r = tidyWhitespace('甲\n\n\n\n');
  assert.equal(r.text, '甲');
  assert.deepEqual(r.edits, [{ start: 1, end: 5, replacement: '', reason: 'whitespace' }]);
});

test('should leave tidy text unchanged', () => {
  assert.deepEqual(tidyWhitespace('甲\n\n乙'), { text: '甲\n\n乙', edits: [], findings: [] });
});
