import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Automaton } from './automaton.ts';

const a = new Automaton(['能源', '新能源', '新能源汽车', '', '能源', 'AI']);

test('should keep distinct non-empty keys in first-insertion order', () => {
  assert.deepEqual(a.keys, ['能源', '新能源', '新能源汽车', 'AI']);
  assert.equal(a.maxLength, 5);
});

test('should find the longest key at a position, or -1', () => {
  assert.equal(a.longestAt('发展新能源汽车产业', 2), 2);
  assert.equal(a.longestAt('新能源电池', 0), 1);
  assert.equal(a.longestAt('新能源电池', 1), 0);
  assert.equal(a.longestAt('新能', 0), -1);
  assert.equal(a.longestAt('电池', 0), -1);
  assert.equal(a.longestAt('', 0), -1);
  assert.equal(a.longestAt('AI', 2), -1);
});

test('should list every key length at a position, longest first', () => {
  assert.deepEqual(a.lengthsAt('新能源汽车', 0), [5, 3]);
  assert.deepEqual(a.lengthsAt('新能源汽车', 1), [2]);
  assert.deepEqual(a.lengthsAt('汽车', 0), []);
});

test('should match an empty automaton nowhere', () => {
  const empty = new Automaton([]);
  assert.equal(empty.longestAt('任何文字', 0), -1);
  assert.deepEqual(empty.lengthsAt('任何文字', 0), []);
});

test('should agree with startsWith over many keys', () => {
  const keys = Array.from({ length: 500 }, (_, i) => `区${String.fromCharCode(0x4e00 + (i % 37))}${i % 3 ? '市' : ''}${i}`);
  const big = new Automaton(keys);
  const text = keys.join('，') + '区一';
  for (let at = 0; at < text.length; at++) {
    let best = -1;
    for (let k = 0; k < big.keys.length; k++) if (text.startsWith(big.keys[k]!, at) && (best < 0 || big.keys[k]!.length > big.keys[best]!.length)) best = k;
    assert.equal(big.longestAt(text, at), best);
  }
});

test('should find the next position where a key could start', () => {
  assert.equal(a.nextStart('发展新能源', 0), 2);
  assert.equal(a.nextStart('发展新能源', 3), 3);
  assert.equal(a.nextStart('发展汽车', 0), 4);
  assert.equal(a.nextStart('', 0), 0);
});

test('should skip a position whose first two units start no key, and keep one-unit keys', () => {
  const b = new Automaton(['新能源', '能源', '区']);
  // 新 starts 新能源, but 新型 starts no key: the next possible start is 能 of 能源.
  assert.equal(b.nextStart('新型能源', 0), 2);
  assert.equal(b.nextStart('新能源', 0), 0);
  // 区 is a key alone, whatever follows it.
  assert.equal(b.nextStart('新型区域', 0), 2);
  // The last unit of the bound may still start a key (the walk then finds none).
  assert.equal(b.nextStart('发展新', 0), 2);
  assert.equal(b.nextStart('新能源', 0, 1), 0);
});

test('should not match past an end bound', () => {
  assert.equal(a.longestAt('新能源汽车', 0, 4), 1);
  assert.equal(a.longestAt('新能源汽车', 0, 2), -1);
  assert.equal(a.nextStart('发展汽车新能源', 0, 3), 3);
});

test('should list every key at a position, shortest first, within an end bound', () => {
  const b = new Automaton(['招商', '招商引资', '引资', '商']);
  const keys = (text: string, at: number, end?: number) => {
    const out: number[] = [];
    b.keysAt(text, at, out, end);
    return out.map((k) => b.keys[k]);
  };
  assert.deepEqual(keys('加强招商引资工作', 2), ['招商', '招商引资']);
  assert.deepEqual(keys('加强招商引资工作', 2, 5), ['招商']);
  assert.deepEqual(keys('加强招商引资工作', 3), ['商']);
  assert.deepEqual(keys('加强招商引资工作', 0), []);
  assert.deepEqual(keys('招', 0), []);
  assert.deepEqual(keys('', 0), []);
});

test('should list every position where a key starts', () => {
  const b = new Automaton(['市长', '副市长', '长']);
  assert.deepEqual(b.keyStarts('副市长和市民'), [0, 1, 2]);
  assert.deepEqual(b.keyStarts('市民'), []);
  assert.deepEqual(b.keyStarts(''), []);
});
