import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from './normalize.ts';
import { t2sEdits } from './t2s.ts';
import { spaceEdits, widthEdits, widthSpaceEdits } from './width.ts';
import { applyEdits } from '../text/edits.ts';

test('should convert Traditional to Simplified at phrase level with tw variants', () => {
  assert.equal(normalizeText('他看著報紙,裡面寫著麵條很乾淨').text, '他看着报纸,里面写着面条很干净');
});

test('should keep Simplified text and its 著 of 著名 unchanged', () => {
  const r = normalizeText('著名的产业园区里面有干部');
  assert.equal(r.text, '著名的产业园区里面有干部');
  assert.deepEqual(r.edits, []);
});

test('should keep 乾 in the name 乾隆 and convert it in 乾燥', () => {
  assert.equal(normalizeText('乾隆年間氣候乾燥').text, '乾隆年间气候干燥');
});

test('should produce merged per-run edits so offsets map back', () => {
  assert.deepEqual(t2sEdits('市長講話'), [{ start: 1, end: 4, replacement: '长讲话', reason: 'normalize:t2s' }]);
});

test('should only touch lines holding Traditional characters', () => {
  const edits = t2sEdits('第一行没有\n第二行發展\n');
  assert.deepEqual(edits, [{ start: 9, end: 10, replacement: '发', reason: 'normalize:t2s' }]);
});

test('should turn full-width letters, digits and brackets to ASCII and keep CJK punctuation', () => {
  assert.equal(normalizeText('ＧＤＰ增长５．２％，（全媒体记者）：好！').text, 'GDP增长5.2%，(全媒体记者)：好！');
  assert.deepEqual(widthEdits('Ａ１，Ｂ'), [
    { start: 0, end: 2, replacement: 'A1', reason: 'normalize:width' },
    { start: 3, end: 4, replacement: 'B', reason: 'normalize:width' },
  ]);
});

test('should fold odd spaces, drop zero-width ones and make line breaks LF', () => {
  assert.equal(normalizeText('甲\u00A0乙\u3000丙\u200B丁\r\n戊\r己').text, '甲 乙 丙丁\n戊\n己');
  assert.deepEqual(spaceEdits('a\u3000b\r\n'), [
    { start: 1, end: 2, replacement: ' ', reason: 'normalize:space' },
    { start: 3, end: 5, replacement: '\n', reason: 'normalize:space' },
  ]);
});

test('should return the empty text unchanged', () => {
  assert.deepEqual(normalizeText(''), { text: '', edits: [] });
});

test('should give edits that rebuild the output from the input', () => {
  const input = '襄陽日報訊（全媒記者）３月８日,\u3000市長主持召開調度會。\r\n';
  const r = normalizeText(input);
  assert.equal(applyEdits(input, r.edits).text, r.text);
  assert.equal(r.text, '襄阳日报讯(全媒记者)3月8日, 市长主持召开调度会。\n');
});

test('should find width and space edits in one scan, in text order', () => {
  assert.deepEqual(widthSpaceEdits('\r\nＡＢ，Ｃ\u200B'), [
    { start: 0, end: 2, replacement: '\n', reason: 'normalize:space' },
    { start: 2, end: 4, replacement: 'AB', reason: 'normalize:width' },
    { start: 5, end: 6, replacement: 'C', reason: 'normalize:width' },
    { start: 6, end: 7, replacement: '', reason: 'normalize:space' },
  ]);
  assert.deepEqual(widthSpaceEdits(''), []);
});
