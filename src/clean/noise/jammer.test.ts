import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeJammers } from './jammer.ts';

test('should remove a jammer run between sentences', () => {
  const r = removeJammers('項目落地。* y* [7 }, Q: q3 s; g, A$ i4 k- z\n下一段');
  assert.equal(r.text, '項目落地。\n下一段');
  assert.deepEqual(r.edits, [{ start: 5, end: 38, replacement: '', reason: 'jammer' }]);
});

test('should remove jammers at line starts with the space after them', () => {
  assert.equal(removeJammers(') U& d+ ~0 `$ I 本報訊').text, '本報訊');
  assert.equal(removeJammers('8 N. s+ e, P0 X 會議聽取').text, '會議聽取');
});

test('should remove lines that only held jammers or a bar', () => {
  assert.equal(removeJammers('第一段\n9 g2 l3 X7 b( Y1 a9 M: x2 @% a# ]\n|\n第二段').text, '第一段\n第二段');
});

test('should keep real ASCII content', () => {
  for (const s of [
    '访问 https://www.example.com/a?b=1&c=2 或发邮件至 info@example.com.cn',
    '5G 基站, 3C 产品, AI 芯片, CR929 与 ZE2000, Apple Inc. Ltd.',
    '重 2.5 kg, 增长 30%, 2021.5.19-22 举行',
    '3 < 5, a, b, c',
    'A/B 测试 C# 语言 & 其他',
    '正文 | 表格 |',
  ]) {
    assert.equal(removeJammers(s).text, s);
  }
});

test('should return empty text unchanged', () => {
  assert.deepEqual(removeJammers(''), { text: '', edits: [] });
});

test('should keep a number glued to the text after a jammer run (the 4 of 4月17日)', () => {
  assert.equal(removeJammers('** h^ 0{ h\\ ` H: 3{ & ! 4月17日,會議召開').text, '4月17日,會議召開');
  assert.equal(removeJammers('發展。*} A\\ 8! 2 |: 5G網絡').text, '發展。5G網絡');
});

test('should keep a half-width comma glued to the Chinese text before a jammer', () => {
  assert.equal(removeJammers('市领导李建国、杨晓梅, ~[ ; H Z 5{ l\' "} 2\' l 三江新区负责人参加。').text, '市领导李建国、杨晓梅,三江新区负责人参加。');
  assert.equal(removeJammers('会议指出: x/ #. T> s N> 要加快发展。').text, '会议指出:要加快发展。');
});

test('should remove a jammer opening with a comma at a line end', () => {
  assert.equal(removeJammers('某市调研白酒产业, x/ #. T> s N>\n正文').text, '某市调研白酒产业\n正文');
});

test('should remove a run of weak-symbol tokens set off by spaces between two Han characters', () => {
  const r = removeJammers('副市长张建华,市 e- V V_ 政府秘书长王玉成参加会议。');
  assert.equal(r.text, '副市长张建华,市政府秘书长王玉成参加会议。');
  assert.deepEqual(r.edits, [{ start: 8, end: 17, replacement: '', reason: 'jammer' }]);
});

test('should keep short ASCII words and lists between Han characters', () => {
  for (const s of [
    '包括 A, B, C 三类产品',
    '分 1. 2. 3. 三步推进',
    '长 3 - 5 米的构件',
    '措施 (1) (2) (3) 如下',
    '使用 5G 与 AI 技术',
    '从 A - B - C 三点连线',
    '采用 e- V 型与 X 型结构',
  ]) {
    assert.equal(removeJammers(s).text, s);
  }
});
