import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WindowMemo } from './window-memo.ts';

test('should return fn of the window and call fn once per distinct window', () => {
  const calls: string[] = [];
  const memo = new WindowMemo((s) => (calls.push(s), s.toUpperCase()), 4, 100);
  assert.equal(memo.get('xabcx', 1, 4), 'ABC');
  assert.equal(memo.get('abc', 0, 3), 'ABC');
  assert.equal(memo.get('zab', 1, 3), 'AB');
  assert.deepEqual(calls, ['abc', 'ab']);
});

test('should call fn directly for windows longer than maxLength', () => {
  const calls: string[] = [];
  const memo = new WindowMemo((s) => (calls.push(s), s.length.toString()), 2, 100);
  assert.equal(memo.get('abcd', 0, 3), '3');
  assert.equal(memo.get('abcd', 0, 3), '3');
  assert.deepEqual(calls, ['abc', 'abc']);
});

test('should stay correct when it empties itself at the limit', () => {
  let calls = 0;
  const memo = new WindowMemo((s) => (calls++, `<${s}>`), 8, 3);
  const words = ['甲', '乙丙', '丁', '戊己庚', '甲', '乙丙'];
  for (const w of words) assert.equal(memo.get(`#${w}#`, 1, 1 + w.length), `<${w}>`);
  assert.equal(calls, 6);
  assert.equal(memo.get('乙丙', 0, 2), '<乙丙>');
  assert.equal(calls, 6);
});

test('should tell apart an empty window and windows with equal hashes but other units', () => {
  const memo = new WindowMemo((s) => `[${s}]`, 8, 100);
  assert.equal(memo.get('ab', 1, 1), '[]');
  for (let c = 0x4e00; c < 0x4e00 + 2000; c++) assert.equal(memo.get(String.fromCharCode(c), 0, 1), `[${String.fromCharCode(c)}]`);
});
