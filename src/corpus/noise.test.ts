import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { applyCharNoise, gbkShift, jammer, withStartJammer, DEFAULT_CHAR_NOISE, NO_CHAR_NOISE } from './noise.ts';
import { addBoilerplate, DEFAULT_BOILERPLATE, NO_BOILERPLATE } from './boilerplate.ts';
import { createRng } from './prng.ts';

// A made-up two-paragraph document (not from any real page).
const DOC = '山城市推进产业集群发展\n山城日报讯(记者 甲乙)5月6日,市长丙丁主持召开座谈会,听取关联企业发展意见,要求加快建设产业园区。\n会议指出,全市已集聚规上工业企业120家,产业发展势头良好,要持续优化营商环境。';
const PAGE = { outlet: '山城日报', published: '2024-05-07T08:00:00+08:00', url: 'https://example.org/1.html' };
const ALL_ON = { ...DEFAULT_CHAR_NOISE, pinyin: 1, lost: 0.3, mojibake: 1, html: 1, jammer: 1 };

test('should give the same bytes for the same seed', () => {
  const a = applyCharNoise(DOC, DEFAULT_CHAR_NOISE, createRng(11)).text;
  const b = applyCharNoise(DOC, DEFAULT_CHAR_NOISE, createRng(11)).text;
  assert.equal(a, b);
  assert.notEqual(a, applyCharNoise(DOC, DEFAULT_CHAR_NOISE, createRng(12)).text);
});

test('should pin the exact output of one seed', () => {
  const r = applyCharNoise(DOC, DEFAULT_CHAR_NOISE, createRng(11));
  assert.equal(createHash('sha256').update(r.text).digest('hex').slice(0, 16), '96178948d684aee4');
});

test('should apply every character noise kind when all rates are high', () => {
  const r = applyCharNoise(DOC, ALL_ON, createRng(3), [DOC.split('\n')[0]!]);
  assert.deepEqual(r.kinds, ['html-remnant', 'jammer', 'lost-char', 'mojibake', 'pinyin', 'traditional']);
  assert.match(r.text, /[產業發會](\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])+\))/);
  assert.match(r.text, /\?\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
});

test('should leave protected lines and a zero-rate text alone', () => {
  const head = DOC.split('\n')[0]!;
  assert.equal(applyCharNoise(DOC, ALL_ON, createRng(5), [head]).text.split('\n')[0], '山城市推進產業集群發展');
  assert.deepEqual(applyCharNoise(DOC, NO_CHAR_NOISE, createRng(5)), { text: DOC, kinds: [] });
  assert.deepEqual(applyCharNoise('', ALL_ON, createRng(5)), { text: '', kinds: [] });
});

test('should shift a GBK run by one byte and prefix a question mark', () => {
  assert.equal(gbkShift('科技初创'), '?萍汲醮?');
});

test('should make jammers of short ASCII tokens', () => {
  const j = jammer(createRng(9));
  assert.match(j, /^[\x21-\x7e]{1,2}( [\x21-\x7e]{1,2}){2,8}$/);
});

test('should add each boilerplate kind when its rate is 1', () => {
  const all = Object.fromEntries(Object.keys(DEFAULT_BOILERPLATE).map((k) => [k, 1])) as typeof DEFAULT_BOILERPLATE;
  const r = addBoilerplate(DOC, PAGE, all, createRng(1));
  assert.deepEqual([...r.kinds].sort(), ['advertisement', 'breadcrumb', 'comment-count', 'disclaimer', 'headline-duplicate', 'info-bar', 'lead-duplicate', 'related-list', 'share-bar']);
  assert.match(r.text, /^摘要:山城市推进产业集群发展\n/);
  assert.match(r.text, /\n首页 > 山城.{2,4} > 山城市推进产业集群发展\n/);
  assert.match(r.text, /发布时间: 2024-05-07 08:00 .*关注度:\d+ {2}评 论 {2}转 发 {2}收 藏 {2}打 印/);
  assert.match(r.text, /\n导读:5月6日,市长丙丁主持召开座谈会/);
  assert.match(r.text, /\n网友评论\n\d+评论\n/);
  assert.match(r.text, /欢迎参观20(?!24)\d{2}中国国际/);
});

test('should add no boilerplate and no publish date that the page does not have', () => {
  assert.deepEqual(addBoilerplate(DOC, PAGE, NO_BOILERPLATE, createRng(1)), { text: DOC, kinds: [] });
  const bar = { ...NO_BOILERPLATE, 'info-bar': 1 };
  const r = addBoilerplate(DOC, { ...PAGE, published: null }, bar, createRng(1));
  assert.doesNotMatch(r.text, /发布时间/);
});

test('should put a start jammer before the line, glued to it, or after a list item bullet', () => {
  assert.equal(withStartJammer('相关阅读', '; x/ F0'), '; x/ F0 相关阅读');
  assert.equal(withStartJammer('相关阅读', '; x/ V; F0 A#'), '; x/ V; F0 A#相关阅读');
  assert.equal(withStartJammer('- 某研究院:报告', 'Q b) , w'), '- Q b) , w 某研究院:报告');
  assert.equal(withStartJammer('- 某研究院:报告', 'q b) , w'), 'q b) , w - 某研究院:报告');
  assert.equal(withStartJammer('某市召开座谈会', 'Q b) , w'), 'Q b) , w 某市召开座谈会');
});
