import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeTagRemnants } from './remnants.ts';

test('should remove a stray closing tag', () => {
  const r = removeTagRemnants('产业</b>集群');
  assert.equal(r.text, '产业集群');
  assert.deepEqual(r.edits, [{ start: 2, end: 6, replacement: '', reason: 'html:remnant' }]);
});

test('should remove a closing tag whose < became a question mark', () => {
  assert.equal(removeTagRemnants('张三?/b>能源管理').text, '张三能源管理');
  assert.equal(removeTagRemnants('张三？/strong>能源').text, '张三能源');
});

test('should turn block tags inside a line into line breaks', () => {
  assert.equal(removeTagRemnants('第一段。<br>第二段！<p class="text">第三段').text, '第一段。\n第二段！\n第三段');
  assert.equal(removeTagRemnants('第一段\n<br/>\n第二段').text, '第一段\n\n第二段');
});

test('should remove block tags inside a sentence without breaking it', () => {
  assert.equal(removeTagRemnants('州委常委<br>、秘书长').text, '州委常委、秘书长');
});

test('should remove tags with attributes', () => {
  assert.equal(removeTagRemnants('<font color="red">重要</font>通知').text, '重要通知');
  assert.equal(removeTagRemnants('<img src="a.jpg" alt="图">图片').text, '图片');
});

test('should keep angle brackets used as text', () => {
  for (const s of ['3<5 且 7>2', '首页 > 新闻 > 正文', 'a<b 或 c>d', '见 http://x.cn/a/b> 处', '<<产业集群>>', '《规划》<2025>']) {
    assert.equal(removeTagRemnants(s).text, s, s);
  }
});

test('should decode stray entities', () => {
  const r = removeTagRemnants('园区&nbsp;企业&amp;协会&#12288;全文');
  assert.equal(r.text, '园区\u00a0企业&协会\u3000全文');
  assert.equal(r.edits.length, 3);
  assert.equal(r.edits[0]!.reason, 'html:entity');
});

test('should return empty text unchanged', () => {
  assert.deepEqual(removeTagRemnants(''), { text: '', edits: [], findings: [] });
});
