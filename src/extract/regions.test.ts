import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRegions } from './regions.ts';
import { createContext } from './types.ts';
import type { DocMeta } from '../analysis/schema.ts';
import type { Found } from './index.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const run = (text: string, meta: Partial<DocMeta> = {}) => extractRegions(createContext(text, { ...META, ...meta }), {} as Found);
const codes = (text: string, meta: Partial<DocMeta> = {}) => run(text, meta).facts.map((f) => `${f.name} ${f.code}`);

test('should resolve full and short names with their parent chain', () => {
  assert.deepEqual(codes('市委书记到金湖县调研，淮安的企业代表参加。'), ['金湖县 320831', '淮安市 320800', '江苏省 320000']);
});

test('should take the home region from the outlet and resolve 我市', () => {
  const r = run('本报讯 我市今年新增企业二十家。', { outlet: '长沙晚报' });
  assert.deepEqual(r.facts.map((f) => [f.name, f.count, f.home ?? false]), [['长沙市', 1, true], ['湖南省', 0, false]]);
  assert.equal(r.mentions[0]!.rule, 'region.deictic');
});

test('should map an old name to the code valid at the story date', () => {
  assert.deepEqual(codes('襄樊的汽车产业', { dateline: '2015-03-01' }), ['襄阳市 420600', '湖北省 420000']);
  assert.deepEqual(codes('襄樊的汽车产业', { dateline: '2005-03-01' }), ['襄樊市 420600', '湖北省 420000']);
});

test('should read province abbreviations only in context', () => {
  assert.deepEqual(codes('副总理在湘调研时强调'), ['湖南省 430000']);
  assert.deepEqual(codes('推动苏北发展'), ['江苏省 320000']);
  assert.deepEqual(codes('出台新政策，迈上新台阶'), []);
});

test('should not read ordinary words or foreign areas as regions', () => {
  assert.deepEqual(codes('加快推动能源装备发展，拨打市长热线，争创长江质量奖，产品出口东南亚、中东。'), []);
  assert.deepEqual(codes('全国合作发展，和平与友好'), []);
});

test('should find the place part of an organization name', () => {
  assert.deepEqual(codes('长沙工程机械行业协会'), ['长沙市 430100', '湖南省 430000']);
  assert.deepEqual(codes('湖北省质量技术监督局'), ['湖北省 420000']);
});

test('should prefer the same-name district under the home region', () => {
  assert.deepEqual(codes('南京日报讯 鼓楼区新建产业园。'), ['南京市 320100', '鼓楼区 320106', '江苏省 320000']);
});

test('should return nothing for empty text', () => {
  assert.deepEqual(run(''), { facts: [], mentions: [] });
});

test('should not read rivers, brands, doubled names or 新能源 as places, nor a short name inside a full one', () => {
  assert.deepEqual(codes('保护赤水河流域生态，推动图们江区域合作。'), []);
  assert.deepEqual(codes('宁德时代和泰山钢铁的订单'), []);
  assert.deepEqual(codes('副省长郭宁宁出席，晶澳新能源参展。'), []);
  assert.deepEqual(codes('市政府决定认定安达市乳制品产业集群'), ['安达市 231281', '绥化市 231200', '黑龙江省 230000']);
});

test('should read 粤港澳大湾区 as Guangdong only and a university as its place', () => {
  assert.deepEqual(codes('对接粤港澳大湾区'), ['广东省 440000']);
  // 京津冀 as a modifier names the capital macro-region, no places (京津冀协同发展 below: the three act); 鄂豫陕渝 are four.
  assert.deepEqual(codes('打造京津冀氢能产业高地'), []);
  assert.deepEqual(codes('鄂豫陕渝四省市联合招商').length, 4);
  assert.deepEqual(codes('与兰州大学合作'), ['兰州市 620100', '甘肃省 620000']);
});

test('should not read places in reporter credits, in the outlet of another place, or a zone body of another province', () => {
  assert.deepEqual(codes('楚雄日报讯(记者 普某华 李长春)4月18日，禄丰市项目开工。'), ['楚雄彝族自治州 532300', '禄丰市 532302', '云南省 530000']);
  assert.deepEqual(codes('井冈山报讯 2月26日，吉安市召开调度会。', { outlet: '井冈山报', title: '吉安市召开调度会' }), ['吉安市 360800', '江西省 360000']);
  assert.deepEqual(codes('绍兴日报讯 越城区委书记、滨海新区党工委书记沈某群致辞。', { outlet: '绍兴日报' }), ['绍兴市 330600', '越城区 330602', '浙江省 330000']);
});

test('should read a short name after a title and a surname as a given name, not a place', () => {
  assert.deepEqual(codes('商丘市副市长马某春，柘城县委书记李卫东陪同调研。'), ['商丘市 411400', '柘城县 411424', '河南省 410000']);
  // Written in full (卫东区) it stays a place.
  assert.deepEqual(codes('平顶山市卫东区召开推进会。'), ['平顶山市 410400', '卫东区 410403', '河南省 410000']);
});

test('should read a place before a product word as the product origin, not a place of the story', () => {
  assert.deepEqual(codes('展销会上,信阳毛尖、盘锦大米和闽南铁观音受到欢迎。'), []);
  // The place used as a place stays, and so does a province before its trade (宁夏枸杞产业).
  assert.deepEqual(codes('信阳市茶产业加快发展。'), ['信阳市 411500', '河南省 410000']);
  assert.deepEqual(codes('宁夏枸杞产业加快发展。'), ['宁夏回族自治区 640000']);
  // A name that begins a longer product word: 普洱茶 is a tea.
  assert.deepEqual(codes('要抓住普洱茶市场升温的机遇。'), []);
});

test('should not read the provinces in a cooperation zone\'s name as places', () => {
  assert.deepEqual(codes('鄂尔多斯市蒙苏经济开发区零碳产业园开工。'), ['鄂尔多斯市 150600', '内蒙古自治区 150000']);
  assert.deepEqual(codes('京津冀协同发展'), ['北京市 110000', '天津市 120000', '河北省 130000']);
});

test('should read a zone named after a place it does not lie in as the city that holds it', () => {
  assert.deepEqual(codes('江西省领导到井冈山经济技术开发区调研。'), ['吉安市 360800', '江西省 360000']);
  assert.deepEqual(codes('江西省领导到井冈山市茨坪镇调研。'), ['井冈山市 360881', '江西省 360000', '吉安市 360800']);
});

test('should take the home region from the place a credit reports from, before the outlet', () => {
  const r = run('【香港某报讯】记者何某仪东莞报道:东莞市产值增长。', { outlet: '香港某报' });
  assert.deepEqual(r.facts.map((f) => [f.name, f.home ?? false]), [['东莞市', true], ['广东省', false]]);
});

test('should read a name after a weight as a material and 新建 as a verb', () => {
  assert.deepEqual(codes('某公司年产300吨白银深加工项目开工。'), []);
  assert.deepEqual(codes('南昌市全年新建5G基站1.6万个。'), ['南昌市 360100', '江西省 360000']);
});

test('should read names as of the latest year the text writes when the page gives no date', () => {
  assert.deepEqual(codes('2010年吴江市纺织产业销售收入突破千亿元。'), ['吴江市 320584', '苏州市 320500', '江苏省 320000']);
  assert.deepEqual(codes('吴江区纺织产业销售收入增长。'), ['吴江区 320509', '苏州市 320500', '江苏省 320000']);
});
