import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { encodeHan } from './han-encode.ts';

test('should encode like iconv-lite, character by character', () => {
  assert.deepEqual([...encodeHan('中文', 'gb18030')], [0xd6, 0xd0, 0xce, 0xc4]);
  assert.deepEqual([...encodeHan('', 'big5')], []);
});

test('should equal iconv.encode on runs of ideographs, punctuation and unencodable characters', () => {
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x3000, 0x303f], [0xff01, 0xff5e], [0x20, 0x7e], [0xe000, 0xe0ff]];
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = 1 + Math.floor(rnd() * 8);
    for (let i = 0; i < len; i++) {
      const [lo, hi] = ranges[Math.floor(rnd() * ranges.length)]!;
      s += String.fromCharCode(lo + Math.floor(rnd() * (hi - lo + 1)));
    }
    for (const enc of ['gb18030', 'big5'] as const) assert.deepEqual(encodeHan(s, enc), iconv.encode(s, enc), `${enc} ${s}`);
  }
});

test('should hand strings with surrogates to iconv-lite whole', () => {
  for (const s of ['𠀀中', '中\ud800', '\udc00']) {
    for (const enc of ['gb18030', 'big5'] as const) assert.deepEqual(encodeHan(s, enc), iconv.encode(s, enc));
  }
});
