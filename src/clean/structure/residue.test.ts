import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineCore } from './residue.ts';

test('should return the whole line when it has no residue', () => {
  assert.deepEqual(lineCore(''), { start: 0, end: 0, bullet: false });
  assert.deepEqual(lineCore('相关阅读'), { start: 0, end: 4, bullet: false });
  assert.deepEqual(lineCore('- 某研究院:2030年储能市场规模将达5000亿元'), { start: 0, end: 26, bullet: false });
  // One short token is a list number or a word (5G), not residue.
  assert.deepEqual(lineCore('5G 基站建设'), { start: 0, end: 7, bullet: false });
  assert.deepEqual(lineCore('1. 某研究院:报告'), { start: 0, end: 10, bullet: false });
});

test('should cut a leading run of short ASCII tokens, spaced or glued, and keep its bullet', () => {
  assert.deepEqual(lineCore('b) , w - 周明远:2025年'), { start: 9, end: 18, bullet: true });
  assert.deepEqual(lineCore('; x/ `# V; F0 A#相关阅读'), { start: 16, end: 20, bullet: false });
  assert.deepEqual(lineCore('Z K x? W I. X 相关阅读'), { start: 14, end: 18, bullet: false });
  assert.deepEqual(lineCore('- b) , w 周明远:2025年'), { start: 9, end: 18, bullet: true });
});

test('should cut a trailing run of short ASCII tokens, spaced or glued', () => {
  assert.deepEqual(lineCore('相关阅读u e H_ b'), { start: 0, end: 4, bullet: false });
  assert.deepEqual(lineCore('- 周明远:规模将达到1200亿元 8 N. s+ e, P0 X'), { start: 0, end: 17, bullet: false });
  // A figure glued to the text before it is no run.
  assert.deepEqual(lineCore('市场规模将达到23.5'), { start: 0, end: 11, bullet: false });
});

test('should leave a line of nothing but ASCII tokens whole', () => {
  assert.deepEqual(lineCore('8 N. s+ e, P0 X'), { start: 0, end: 15, bullet: false });
});
