import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removePinyinAnnotations } from './pinyin.ts';

test('should remove toned annotations that read the character before', () => {
  const r = removePinyinAnnotations('我們(men)討(tǎo)論(lùn)項(xiàng)目');
  assert.equal(r.text, '我們(men)討論項目');
  assert.deepEqual(r.edits.map((e) => e.reason), ['pinyin-annotation', 'pinyin-annotation', 'pinyin-annotation']);
  assert.deepEqual(r.findings, []);
});

test('should accept any reading of a polyphone and digit tones', () => {
  assert.equal(removePinyinAnnotations('銀行(háng)行(xíng)走(zou3)').text, '銀行行走');
});

test('should keep real parenthesised text', () => {
  const s = '中心(湖北)成立(2024),名為(chinese)(AI)(产业)(記者王某)';
  const r = removePinyinAnnotations(s);
  assert.equal(r.text, s);
  assert.equal(r.edits.length, 0);
});

test('should remove a toned syllable that is not a reading, with a finding', () => {
  const r = removePinyinAnnotations('山(shuǐ)');
  assert.equal(r.text, '山');
  assert.deepEqual(r.findings?.map((f) => f.rule), ['pinyin-annotation:mismatch']);
});

test('should leave a lost-character annotation for its own pass', () => {
  assert.equal(removePinyinAnnotations('日?(bào)').text, '日?(bào)');
});

test('should return empty text unchanged', () => {
  assert.deepEqual(removePinyinAnnotations(''), { text: '', edits: [] });
});

test('should remove readings written with ü (lǜ, nǚ)', () => {
  assert.equal(removePinyinAnnotations('綠(lǜ)色發展,男女(nǚ)老少').text, '綠色發展,男女老少');
});
