import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decode } from './index.ts';
import { decodeFindings } from './findings.ts';

const TEXT = '市长主持召开应急产业发展座谈会，强调要加快推进产业集群建设。';

test('should find nothing in a clean decoding', () => {
  assert.deepEqual(decodeFindings(decode(Buffer.from(TEXT, 'utf8'))), []);
  assert.deepEqual(decodeFindings(decode(new Uint8Array(0))), []);
});

test('should flag undecodable bytes once, at the first, with their count', () => {
  const bytes = Buffer.concat([iconv.encode(TEXT, 'gbk'), Buffer.from([0xff]), iconv.encode(TEXT, 'gbk'), Buffer.from([0x81])]);
  const d = decode(bytes, { declared: 'gbk' });
  assert.equal(d.encoding.invalidBytes, 2);
  assert.deepEqual(decodeFindings(d), [
    { rule: 'decode:invalid-bytes', message: '2 undecodable byte sequences in gbk, written as U+FFFD', start: TEXT.length, end: TEXT.length + 1 },
  ]);
});

test('should not flag private-use characters (user-defined areas decode to them by standard)', () => {
  // AAA1 is in GBK's user-defined area: GB18030 maps it to U+E000.
  const d = decode(Buffer.concat([iconv.encode(TEXT, 'gbk'), Buffer.from('aaa1', 'hex')]), { declared: 'gbk' });
  assert.equal(d.text, TEXT + '\uE000');
  assert.deepEqual(decodeFindings(d), []);
});
