import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { analyze } from './pipeline.ts';

test('should keep Hong Kong characters of a Big5 page and flag its undecodable bytes', () => {
  // 嘅 FB48 and 𠝹 9BD0 are HKSCS; 8140 is in no Big5 index (U+FFFD, then its ASCII trail '@').
  const head = iconv.encode('將軍澳工業區新材料產業園區今日開幕，特區政府官員出席並致辭。', 'cp950');
  const bytes = Buffer.concat([head, Buffer.from('fb48', 'hex'), Buffer.from('9bd0', 'hex'), Buffer.from('8140', 'hex')]);
  const a = analyze({ origin: { path: 'hk.txt' }, format: 'text', bytes }, { extract: false });
  assert.equal(a.original, '將軍澳工業區新材料產業園區今日開幕，特區政府官員出席並致辭。嘅𠝹\uFFFD@');
  assert.equal(a.encoding.invalidBytes, 1);
  assert.deepEqual(
    a.warnings.filter((w) => w.stage === 'decode'),
    [{ rule: 'decode:invalid-bytes', message: '1 undecodable byte sequence in big5, written as U+FFFD', start: 33, end: 34, stage: 'decode' }],
  );
  assert.ok(a.text.includes('嘅𠝹'));
});
