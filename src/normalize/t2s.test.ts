import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Converter } from 'opencc-js/t2cn';
import { applyEdits } from '../text/edits.ts';
import { t2sEdits, traditionalTrigger } from './t2s.ts';
import { OPENCC_FROM } from './constants.ts';

const opencc = Converter({ from: OPENCC_FROM, to: 'cn' });

test('should convert only the windows around Traditional characters, as OpenCC converts the whole line', () => {
  const lines = [
    '产业发展大会在市里召开,國際經濟合作區的企業代表参加。',
    '乾淨能源项目,看著就好;ABC 123 鄉鎮與縣域',
    '全部是简体的一行文字',
    '開頭與結尾都是繁體',
  ];
  const text = lines.join('\n');
  assert.equal(applyEdits(text, t2sEdits(text)).text, lines.map((l) => opencc(l)).join('\n'));
});

test('should convert a whole line holding a compatibility-supplement ideograph, as OpenCC does', () => {
  const line = '\u{2F800}一般的文字,然後是國家';
  assert.equal(applyEdits(line, t2sEdits(line)).text, opencc(line));
});

test('should leave Simplified text without edits', () => {
  assert.deepEqual(t2sEdits('产业集群高质量发展'), []);
  assert.deepEqual(t2sEdits(''), []);
});

test('should agree with the trigger regex on what starts a conversion', () => {
  const re = traditionalTrigger();
  assert.equal(re.test('發'), true);
  assert.equal(re.test('发'), false);
  assert.deepEqual(t2sEdits('一發'), [{ start: 1, end: 2, replacement: '发', reason: 'normalize:t2s' }]);
});

test('should simplify variant characters OpenCC keeps (衞 → 卫, 緖 → 绪)', () => {
  assert.deepEqual(t2sEdits('合肥衞星'), [{ start: 2, end: 3, replacement: '卫', reason: 'normalize:t2s' }]);
  assert.deepEqual(t2sEdits('衞星互聯網'), [
    { start: 0, end: 1, replacement: '卫', reason: 'normalize:t2s' },
    { start: 3, end: 5, replacement: '联网', reason: 'normalize:t2s' },
  ]);
  assert.equal(traditionalTrigger().test('緖'), true);
});

test('should merge a variant OpenCC keeps into the edit of the window right before it', () => {
  assert.deepEqual(t2sEdits('向醫療衞材'), [{ start: 1, end: 4, replacement: '医疗卫', reason: 'normalize:t2s' }]);
});

test('should give the edits of a whole-line conversion when a phrase changes length or a surrogate is lone', () => {
  for (const line of ['一些\uDC00發展的國家', '發\uD800', '國際\uDC00', '乾隆年間的鄉鎮與縣域']) {
    assert.equal(applyEdits(line, t2sEdits(line)).text, opencc(line), line);
  }
});
