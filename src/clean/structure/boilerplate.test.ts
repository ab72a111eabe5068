import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeBoilerplate } from './boilerplate.ts';

const BODY = '本报讯 近日,某市召开新材料产业推进会,会议总结了上半年工作,部署了下一阶段任务,与会企业代表作了交流发言。';

test('should remove a breadcrumb and an info bar and parse the bar into fields', () => {
  const r = removeBoilerplate(`首页 > 本地新闻 > 经济\n发布时间: 2025-03-02 09:15  来源: 某市日报  浏览次数: 88\n${BODY}`);
  assert.equal(r.text, BODY);
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:breadcrumb', 'boilerplate:info-bar']);
  assert.deepEqual(r.fields, { 发布时间: '2025-03-02 09:15', 来源: '某市日报', 浏览次数: '88' });
});

test('should remove share bars, comment counters and comment disclaimers', () => {
  const r = removeBoilerplate(`${BODY}\n分享到: 微信 微博 QQ空间\n12条评论\n网友评论仅供其表达个人看法,并不表明本站同意其观点。`);
  assert.equal(r.text, `${BODY}\n`);
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:share-bar', 'boilerplate:comment', 'boilerplate:comment']);
});

test('should keep a body sentence that mentions 评论 and 声明', () => {
  const line = '会上,市政府发表声明,欢迎社会各界对产业园区建设提出评论和建议,共同推动园区高质量发展。';
  const r = removeBoilerplate(`${BODY}\n${line}`);
  assert.equal(r.text, `${BODY}\n${line}`);
  assert.deepEqual(r.edits, []);
});

test('should remove disclaimers, copyright and contact lines at the end', () => {
  const r = removeBoilerplate(
    `${BODY}\n免责声明:本站转载的文章仅代表作者观点,如有侵权请联系删除。\n版权所有 © 2025 某某网 备案号ICP备12345678号\n联系电话:010-66668888 邮箱:news@example.org`,
  );
  assert.equal(r.text, `${BODY}\n`);
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:disclaimer', 'boilerplate:copyright', 'boilerplate:contact']);
});

test('should remove a related-article list with its figures', () => {
  const r = removeBoilerplate(`${BODY}\n相关阅读\n- 某研究院:2030年储能市场规模将达5000亿元\n- 张某:光伏组件行业竞争格局分析\n· 智能制造行业全景图谱...[详细]`);
  assert.equal(r.text, `${BODY}\n`);
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:related', 'boilerplate:related', 'boilerplate:related', 'boilerplate:related']);
});

test('should remove a trailing event advertisement block', () => {
  const r = removeBoilerplate(`${BODY}\n共赴智造盛会\n诚邀莅临2026国际智能装备博览会\n2026.9.12-15\n某市国际博览中心\n0571-88886666`);
  assert.equal(r.text, `${BODY}\n`);
  assert.equal(r.edits.length, 5);
  assert.ok(r.edits.every((e) => e.reason === 'boilerplate:advertisement'));
});

test('should remove a credit-only trailer and keep its names as a field', () => {
  const r = removeBoilerplate(`${BODY}\n■记 者 王 强\n(责任编辑:李 丽)`);
  assert.equal(r.text, `${BODY}\n`);
  assert.deepEqual(r.fields, { 记者: '王强', 责任编辑: '李丽' });
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:editor', 'boilerplate:editor']);
});

test('should remove a 导读 lead that repeats the body and keep a headline-like 摘要 line', () => {
  const lead = '导读:近日,某市召开新材料产业推进会,会议总结了上半年工作。';
  const r = removeBoilerplate(`摘要:某市推进新材料产业\n${lead}\n${BODY}`);
  assert.equal(r.text, `摘要:某市推进新材料产业\n${BODY}`);
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:lead']);
});

test('should remove a 导读 lead that repeats the body despite jammer residue at its end', () => {
  const r = removeBoilerplate(`导读:近日,某市召开新材料产业推进会,会议总结了上半年工作。!, l S r)\n${BODY}`);
  assert.equal(r.text, BODY);
  assert.deepEqual(r.edits.map((e) => e.reason), ['boilerplate:lead']);
});

test('should remove navigation lines', () => {
  const r = removeBoilerplate(`${BODY}\n上一篇:某县举行招商推介会\n下一篇:某区出台人才新政\n【关闭窗口】`);
  assert.equal(r.text, `${BODY}\n`);
  assert.ok(r.edits.every((e) => e.reason === 'boilerplate:navigation'));
});

test('should return empty input unchanged', () => {
  assert.deepEqual(removeBoilerplate(''), { text: '', edits: [], findings: [], fields: {} });
});

test('should keep body lines that start with 记者 or give a hotline in a sentence', () => {
  const lines = ['记者从市工信局获悉', '企业可拨打服务热线0731-12345678咨询相关政策。'];
  const r = removeBoilerplate(`${BODY}\n${lines.join('\n')}`);
  assert.deepEqual(r.edits, []);
});

test('should keep a body list of short labelled lines', () => {
  const list = ['一是:加快园区基础设施建设', '二是:引进一批龙头企业', '三是:强化人才和资金保障'];
  const r = removeBoilerplate(`${BODY}\n${list.join('\n')}\n${BODY}`);
  assert.deepEqual(r.edits, []);
});

test('should remove a related-article list whose header and items carry jammer residue the jammer pass left', () => {
  // Weak jammer runs (no strong symbol) stay after the noise stage: before the header, glued after it,
  // and before the bullets of the items.
  const items = ['b) , w - 某研究院:2030年储能市场规模将达5000亿元', 'K b) 0 - 张某:光伏组件行业竞争格局分析', '- 李某:智能制造行业全景图谱'];
  for (const header of ['Z K x? W I. X 相关阅读', '相关阅读u e H_ b']) {
    const r = removeBoilerplate(`${BODY}\n${header}\n${items.join('\n')}`);
    assert.equal(r.text, `${BODY}\n`, header);
    assert.deepEqual(r.edits.map((e) => e.reason), Array(4).fill('boilerplate:related'), header);
  }
});

test('should count an item whose bullet went with a removed jammer run as a labelled headline', () => {
  // The jammer pass took `0 #" X \* x\ M: f{ - ` (bullet included) from the first two items.
  const items = ['某研究院:2030年储能市场规模将达5000亿元', '张某:光伏组件行业竞争格局分析', 'H= w< c? e; - 李某:智能制造行业全景图谱'];
  const r = removeBoilerplate(`${BODY}\n${items.join('\n')}`);
  assert.equal(r.text, `${BODY}\n`);
});

test('should keep a closing reporters\' credit out of an advertisement block after it', () => {
  const r = removeBoilerplate(`${BODY}\n(记者 赵某婷 杨某 齐齐哈尔台报道)\n共赴智造盛会\n诚邀莅临2026国际智能装备博览会\n2026.9.12-15\n某市国际博览中心\n0571-88886666`);
  assert.equal(r.text, `${BODY}\n(记者 赵某婷 杨某 齐齐哈尔台报道)\n`);
});

test('should keep a notice\'s signature block out of an advertisement block after it', () => {
  const sign = '附件:某市第一批特色产业集群名单\n某市人民政府办公室\n2024年5月20日\n';
  const r = removeBoilerplate(`${BODY}\n${sign}\n欢迎参观2022中国国际机器人博览会\n2022.6.18-21\n国际会展中心 咨询热线:0571-88886666`);
  assert.equal(r.text, `${BODY}\n${sign}\n`);
  assert.ok(r.edits.some((e) => e.reason === 'boilerplate:advertisement'));
});

test('should take 来源 from a line of its own over a site bar before it', () => {
  const r = removeBoilerplate(`发布时间: 2025-03-14 10:05  来源:某市人民政府网  关注度:3516\n来源:某市工业和信息化局  发布时间:2025-03-14 10:05\n${BODY}`);
  assert.equal(r.fields['来源'], '某市工业和信息化局');
  const one = removeBoilerplate(`来源:某市日报  发布时间:2025-03-14\n发布时间: 2025-03-14 10:05  来源:某某网\n${BODY}`);
  assert.equal(one.fields['来源'], '某市日报');
});
