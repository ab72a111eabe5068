import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeBlocks } from './dedupe.ts';

const PARA = '某市经济开发区今年新签约项目三十个,总投资超过一百亿元,其中先进制造业项目占比过半。';

test('should drop an exact repeat and keep the first copy', () => {
  const r = dedupeBlocks(`${PARA}\n第二段内容与前文不同,讲述园区配套。\n${PARA}`);
  assert.equal(r.text, `${PARA}\n第二段内容与前文不同,讲述园区配套。`);
  assert.deepEqual(r.edits.map((e) => e.reason), ['duplicate']);
});

test('should treat copies differing only in punctuation and spaces as repeats', () => {
  const copy = PARA.replace(/,/g, '，').replace('三十个', '三十个 ');
  assert.equal(dedupeBlocks(`${PARA}\n${copy}`).text, PARA);
});

test('should drop a truncated first copy and keep the fuller later one', () => {
  const truncated = PARA.slice(0, 25);
  const r = dedupeBlocks(`${truncated}\n小标题一行\n${PARA}`);
  assert.equal(r.text, `小标题一行\n${PARA}`);
});

test('should keep the first print of a headline block printed twice', () => {
  const r = dedupeBlocks(`摘要:某市推进新材料产业\n打造千亿级产业集群\n某市推进新材料产业\n打造千亿级产业集群\n${PARA}`);
  assert.equal(r.text, `摘要:某市推进新材料产业\n打造千亿级产业集群\n${PARA}`);
});

test('should never treat a photo caption as a duplicate', () => {
  const caption = `(${PARA.slice(0, 20)} 记者 张三 摄)`;
  assert.equal(dedupeBlocks(`${caption}\n${PARA}`).text, `${caption}\n${PARA}`);
});

test('should leave short repeated lines alone', () => {
  assert.equal(dedupeBlocks('图片\n正文一句。\n图片').text, '图片\n正文一句。\n图片');
});

test('should drop a 导读 copy of a later line rather than the line', () => {
  const r = dedupeBlocks('某市产业观察\n导读:某某产业研究院 研究员 王某某\n某某产业研究院 研究员 王某某\n正文第一段,内容很长很长。');
  assert.equal(r.text, '某市产业观察\n某某产业研究院 研究员 王某某\n正文第一段,内容很长很长。');
});
