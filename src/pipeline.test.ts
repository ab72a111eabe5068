import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import type { RawItem } from './readers/types.ts';
import { analyze, analyzeMany } from './pipeline.ts';

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

/** Generated (not sample) items: plain text, GBK bytes, HTML. */
const items: RawItem[] = [
  { origin: { path: 'a.txt' }, format: 'text', text: '株洲市召开轨道交通产业推进会,园区企业35家签约,总投资12亿元。' },
  { origin: { path: 'b.txt' }, format: 'text', bytes: Uint8Array.from(Buffer.from('湖北省十堰市汽车产业链企业座谈会召开。', 'latin1')) },
  { origin: { path: 'c.html' }, format: 'html', text: '<html><head><title>合肥新能源汽车产业集群</title></head><body><p>合肥市副市长张三调研新能源汽车企业。</p></body></html>' },
  { origin: { path: 'd.txt' }, format: 'text', text: '' },
];

test('should give each item what analyze gives it, in order', () => {
  assert.deepEqual(analyzeMany(items), items.map((it) => analyze(it)));
  assert.deepEqual(analyzeMany(items, { extract: false }), items.map((it) => analyze(it, { extract: false })));
});

test('should give an item that throws its error and the others their analyses', () => {
  const bad = { origin: { path: 'bad.txt' }, format: 'text', text: 5 } as unknown as RawItem;
  assert.throws(() => analyze(bad), TypeError);
  const out = analyzeMany([items[0]!, bad, items[2]!]);
  assert.ok(out[1] instanceof TypeError);
  assert.deepEqual([out[0], out[2]], [analyze(items[0]!), analyze(items[2]!)]);
});

test('should give nothing for no items', () => {
  assert.deepEqual(analyzeMany([]), []);
});
