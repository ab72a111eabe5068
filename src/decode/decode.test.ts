import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decode } from './index.ts';
import { sniffMetaCharset } from './sniff.ts';
import { scoreDecoding, scoreUtf8 } from './score.ts';

// Own sentences, encoded with iconv-lite into the codecs real crawls use.
const SIMPLIFIED = '市长主持召开应急产业发展座谈会，强调要加快推进产业集群建设，培育一批龙头企业。全市关联企业已达二百余家。';
const TRADITIONAL = '市長主持召開應急產業發展座談會，強調要加快推進產業集群建設，培育一批龍頭企業。全市關聯企業已達二百餘家。';

test('should take valid UTF-8 by the fast path', () => {
  const d = decode(Buffer.from(SIMPLIFIED, 'utf8'));
  assert.equal(d.text, SIMPLIFIED);
  assert.deepEqual(d.encoding, { name: 'utf-8', confidence: 1, invalidBytes: 0, method: 'utf8' });
});

test('should detect GBK bytes and report the gbk family', () => {
  const d = decode(iconv.encode(SIMPLIFIED, 'gbk'));
  assert.equal(d.text, SIMPLIFIED);
  assert.equal(d.encoding.name, 'gbk');
  assert.equal(d.encoding.method, 'detected');
  assert.equal(d.encoding.invalidBytes, 0);
});

test('should detect Big5 bytes of Traditional text', () => {
  const d = decode(iconv.encode(TRADITIONAL, 'big5'));
  assert.equal(d.text, TRADITIONAL);
  assert.equal(d.encoding.name, 'big5');
  assert.equal(d.encoding.method, 'detected');
});

test('should report gb18030 when four-byte sequences occur', () => {
  const text = SIMPLIFIED + '𠀀';
  const d = decode(iconv.encode(text, 'gb18030'));
  assert.equal(d.text, text);
  assert.equal(d.encoding.name, 'gb18030');
});

test('should decode a truncated GBK file with exactly one invalid byte', () => {
  const bytes = iconv.encode(SIMPLIFIED + '企业', 'gbk');
  const d = decode(bytes.subarray(0, bytes.length - 1));
  assert.equal(d.encoding.name, 'gbk');
  assert.equal(d.encoding.invalidBytes, 1);
  assert.equal(d.text, SIMPLIFIED + '企\uFFFD');
});

test('should keep mostly-UTF-8 text with a bad byte as UTF-8 and count it', () => {
  const bytes = Buffer.concat([Buffer.from(SIMPLIFIED, 'utf8'), Buffer.from([0xff]), Buffer.from(SIMPLIFIED, 'utf8')]);
  const d = decode(bytes);
  assert.equal(d.encoding.name, 'utf-8');
  assert.equal(d.encoding.method, 'detected');
  assert.equal(d.encoding.invalidBytes, 1);
  assert.equal(d.text, SIMPLIFIED + '\uFFFD' + SIMPLIFIED);
});

test('should honour a byte-order mark', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, 'utf16le')]);
  assert.deepEqual(decode(le), { text: SIMPLIFIED, encoding: { name: 'utf-16le', confidence: 1, invalidBytes: 0, method: 'bom' } });
  const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]);
  assert.equal(decode(u8).text, SIMPLIFIED);
});

test('should use an HTML meta charset when the page declares one', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${SIMPLIFIED}</p></body></html>`;
  const d = decode(iconv.encode(html, 'gbk'), { html: true });
  assert.equal(d.text, html);
  assert.deepEqual(d.encoding, { name: 'gbk', confidence: 0.95, invalidBytes: 0, method: 'meta' });
  assert.equal(sniffMetaCharset(Buffer.from('<meta charset="Big5">')), 'Big5');
});

test('should overrule a declared charset that does not fit the bytes', () => {
  const d = decode(Buffer.from(SIMPLIFIED, 'utf8'), { declared: 'big5' });
  assert.equal(d.text, SIMPLIFIED);
  assert.equal(d.encoding.name, 'utf-8');
});

test('should trust a declared charset that decodes cleanly', () => {
  const d = decode(iconv.encode(TRADITIONAL, 'big5'), { declared: 'Big5' });
  assert.deepEqual(d.encoding, { name: 'big5', confidence: 0.95, invalidBytes: 0, method: 'declared' });
});

test('should never throw on random bytes', () => {
  const bytes = new Uint8Array(4096);
  let x = 7;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  const d = decode(bytes);
  assert.equal(typeof d.text, 'string');
  assert.ok(d.encoding.invalidBytes >= 0);
});

test('should decode a declared charset that only iconv-lite knows', () => {
  const text = '한국 산업단지 클러스터';
  const d = decode(iconv.encode(text, 'cp949'), { declared: 'cp949' });
  assert.equal(d.text, text);
  assert.deepEqual(d.encoding, { name: 'cp949', confidence: 0.95, invalidBytes: 0, method: 'declared' });
});

test('should ignore an unknown declared charset and detect instead', () => {
  const d = decode(iconv.encode(SIMPLIFIED, 'gbk'), { declared: 'x-no-such-charset' });
  assert.equal(d.text, SIMPLIFIED);
  assert.equal(d.encoding.method, 'detected');
});

test('should look for the meta charset only in the first 4 KB', () => {
  const late = `<html><head>${' '.repeat(5000)}<meta charset="big5"></head><body>${SIMPLIFIED}</body></html>`;
  assert.equal(sniffMetaCharset(Buffer.from(late)), undefined);
  const early = '<html><head><meta content="text/html; charset=GBK" http-equiv="Content-Type"></head>';
  assert.equal(sniffMetaCharset(Buffer.from(early)), 'GBK');
});

test('should decode a declared charset the same whether the document fits the sample or not', () => {
  for (const text of [TRADITIONAL, TRADITIONAL.repeat(1200)]) {
    const d = decode(iconv.encode(text, 'big5'), { declared: 'big5' });
    assert.equal(d.text, text);
    assert.deepEqual(d.encoding, { name: 'big5', confidence: 0.95, invalidBytes: 0, method: 'declared' });
  }
});

// Hong Kong characters in Big5-HKSCS, bytes written out (HKSCS-2008 / WHATWG index-big5):
// 嘅 FB48, 啲 9DF8, 㗎 9DEE (CJK Ext. A), 𠝹 9BD0 (astral), 邨 9068, ① C6A1, Ê̄ 8862 (two code points).
const HK_BYTES = Buffer.concat([
  iconv.encode(TRADITIONAL, 'cp950'),
  Buffer.from('fb48', 'hex'), Buffer.from('9df8', 'hex'), Buffer.from('9dee', 'hex'),
  Buffer.from('9bd0', 'hex'), Buffer.from('9068', 'hex'), Buffer.from('c6a1', 'hex'), Buffer.from('8862', 'hex'),
]);
const HK_TEXT = TRADITIONAL + '嘅啲㗎𠝹邨①\u00ca\u0304';

test('should decode Hong Kong (HKSCS) characters in detected Big5 instead of private-use code points', () => {
  const d = decode(HK_BYTES);
  assert.equal(d.text, HK_TEXT);
  assert.deepEqual(d.encoding, { name: 'big5', confidence: 0.99, invalidBytes: 0, method: 'detected' });
});

test('should decode HKSCS characters under every Big5 label', () => {
  for (const declared of ['big5', 'Big5-HKSCS', 'x-x-big5', 'csbig5', 'big5hkscs']) {
    const d = decode(HK_BYTES, { declared });
    assert.equal(d.text, HK_TEXT, declared);
    assert.equal(d.encoding.invalidBytes, 0, declared);
  }
});

test('should count a Big5 pair no index holds as an undecodable byte, keeping the ASCII trail', () => {
  // 8140 is in no Big5 index: U+FFFD, and its ASCII trail byte '@' is read again (WHATWG big5 decoder).
  const d = decode(Buffer.concat([HK_BYTES, Buffer.from('8140', 'hex')]), { declared: 'big5' });
  assert.equal(d.text, HK_TEXT + '\uFFFD@');
  assert.equal(d.encoding.invalidBytes, 1);
});

test('should keep plain Big5 on the fast path unchanged', () => {
  const d = decode(iconv.encode(TRADITIONAL + '①', 'big5'), { declared: 'big5' });
  assert.equal(d.text, TRADITIONAL + '①');
});

test('should detect HKSCS Big5 the same whether the document fits the sample or not', () => {
  for (const n of [1, 600]) {
    const d = decode(Buffer.concat(Array(n).fill(HK_BYTES)));
    assert.equal(d.text, HK_TEXT.repeat(n));
    assert.equal(d.encoding.name, 'big5');
    assert.equal(d.encoding.invalidBytes, 0);
  }
});

test('should score UTF-8 bytes as scoreDecoding scores their TextDecoder decoding', () => {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  // Lead, continuation and boundary bytes of the UTF-8 decoder (E0/ED/F0/F4 narrow the next byte).
  const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
  let seed = 11;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const samples: Uint8Array[] = [
    Buffer.from(SIMPLIFIED + '\uFFFD𠀀', 'utf8'),
    iconv.encode(SIMPLIFIED, 'gbk'),
    iconv.encode(TRADITIONAL, 'big5'),
    Buffer.from(SIMPLIFIED, 'utf8').subarray(0, 10), // cut inside a character
    new Uint8Array(0),
  ];
  for (let k = 0; k < 20_000; k++) {
    const bytes = new Uint8Array(Math.floor(rnd() * 20));
    for (let i = 0; i < bytes.length; i++) bytes[i] = rnd() < 0.6 ? edges[Math.floor(rnd() * edges.length)]! : Math.floor(rnd() * 256);
    samples.push(bytes);
  }
  for (const bytes of samples) assert.deepEqual(scoreUtf8(bytes), scoreDecoding(utf8.decode(bytes)), `bytes ${Buffer.from(bytes).toString('hex')}`);
  assert.deepEqual(scoreUtf8(Buffer.from('中\uFFFD𠀀a', 'utf8')), { value: 1 / 4 - 20 / 4, replacements: 1, cjk: 1, common: 1 });
});
