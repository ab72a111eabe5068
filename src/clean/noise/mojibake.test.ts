import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { repairMojibake } from './mojibake.ts';

/** Simulate a lost first GBK byte: drop it, decode the rest as GBK (re-paired), keep the pinyin. */
function shifted(word: string, pinyin: string): string {
  const bytes = iconv.encode(word, 'gb18030');
  const rest = bytes.subarray(1, bytes.length - 1);
  return `?${iconv.decode(rest, 'gb18030')}(${pinyin})`;
}

test('should re-decode a byte-shifted GBK run using its neighbours and the pinyin after it', () => {
  const noisy = `支持${shifted('科技初創', 'chuàng')}企業`;
  const r = repairMojibake(noisy);
  assert.equal(r.text, '支持科技初創企業');
  assert.equal(r.edits[0].reason, 'mojibake:redecoded');
});

test('should re-decode UTF-8 read as GBK inside a longer run', () => {
  const garbled = iconv.decode(iconv.encode('其他', 'utf-8'), 'gb18030');
  assert.equal(repairMojibake(`研究${garbled}项目`).text, '研究其他项目');
});

test('should remove and flag an unreadable byte-shifted run', () => {
  const r = repairMojibake('研究?鮿鱻靐(zhé)工作');
  assert.equal(r.text, '研究工作');
  assert.equal(r.edits[0].reason, 'mojibake:removed');
  assert.equal(r.findings?.[0].rule, 'mojibake:removed');
});

test('should leave rare characters of real names alone', () => {
  const s = '記者余劭劼攝,王喆參加';
  assert.equal(repairMojibake(s).text, s);
});

test('should return common text unchanged', () => {
  assert.deepEqual(repairMojibake('产业集群发展'), { text: '产业集群发展', edits: [] });
  assert.deepEqual(repairMojibake(''), { text: '', edits: [] });
});
