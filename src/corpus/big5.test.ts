import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { big5Holds, big5Writable } from './big5.ts';
import { applyCharNoise, toBig5Traditional, toTraditional, NO_CHAR_NOISE } from './noise.ts';
import { createRng } from './prng.ts';

test('should tell which characters Big5 (code page 950) holds', () => {
  assert.deepEqual(['峰', '衛', '閱', '說', '羅', '?', 'a', '，'].map(big5Holds), [true, true, true, true, true, true, true, true]);
  // HKSCS-only (峯, 衞), mainland-only forms OpenCC's hk output uses (閲, 説, 鋭, 税), Simplified-only (罗)
  assert.deepEqual(['峯', '衞', '閲', '説', '鋭', '税', '罗'].map(big5Holds), [false, false, false, false, false, false, false]);
});

test('should fall back place by place to the first alternative Big5 holds', () => {
  assert.equal(big5Writable('羅雲峯', ['羅雲峯', '罗云峰']), '羅雲峰');
  assert.equal(big5Writable('閲説', ['閲説', '閱說', '阅说']), '閱說');
  assert.equal(big5Writable('羅雲峰', ['罗云峰']), '羅雲峰');
});

test('should ignore alternatives of another length and keep what nothing can replace', () => {
  assert.equal(big5Writable('羅雲峯', ['峰']), '羅雲峯');
  assert.equal(big5Writable('罗', ['罗']), '罗');
  assert.equal(big5Writable('', []), '');
  assert.equal(big5Writable('a😀b', ['a😀b']), 'a😀b');
});

test('should convert to Traditional a Big5 page can write', () => {
  assert.equal(toTraditional('罗云峰阅读说明', 'hk'), '羅雲峯閲讀説明');
  assert.equal(toBig5Traditional('罗云峰阅读说明', 'hk'), '羅雲峰閱讀說明');
  assert.equal(toBig5Traditional('卫星税收锐意', 'hk'), '衛星稅收銳意');
  assert.equal(toBig5Traditional('罗云峰阅读说明', 'tw'), '羅雲峰閱讀說明');
  // a Traditional character already in the source (a Hong Kong report) takes its Taiwan form
  assert.equal(toBig5Traditional('衞星', 'hk'), '衛星');
});

test('should lose no character of a Big5 copy to the encoding', () => {
  const text = '罗云峰主持峰会\n卫星互联网产业群说明会阅兵税收';
  const big5 = { ...NO_CHAR_NOISE, traditional: 'hk' as const, big5: true };
  const r = applyCharNoise(text, big5, createRng(1));
  assert.deepEqual(r, { text: '羅雲峰主持峰會\n衛星互聯網產業群說明會閱兵稅收', kinds: ['traditional'] });
  assert.equal(iconv.decode(iconv.encode(r.text, 'cp950'), 'cp950'), r.text);
  // without the option OpenCC's Hong Kong forms stay (and a Big5 encoder loses them)
  assert.equal(applyCharNoise(text, { ...big5, big5: false }, createRng(1)).text, '羅雲峯主持峯會\n衞星互聯網產業羣説明會閲兵税收');
});
