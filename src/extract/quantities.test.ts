import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities } from './quantities.ts';
import { createContext } from './types.ts';
import type { DocMeta, Mention } from '../analysis/schema.ts';
import type { Found } from './index.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: '2024-05-10', extra: {} };
const EMPTY = { facts: [], mentions: [] };
const NONE: Found = { regions: EMPTY, organizations: EMPTY, people: EMPTY, industries: EMPTY };

function q(text: string, found: Found = NONE) {
  return extractQuantities(createContext(text, META), found).facts.map((f) => [f.metric, f.qualifier ?? '', f.value, f.unit, f.valueMax ?? null]);
}

test('should read a metric before the number and one after a classifier', () => {
  assert.deepEqual(q('该县现有配套企业85家，其中规上企业31家。'), [
    ['配套企业', '', 85, '家', null],
    ['规上企业', '', 31, '家', null],
  ]);
  assert.deepEqual(q('今年新认定4家省级技术创新示范区和6家市级重点实验室。'), [
    ['省级技术创新示范区', '', 4, '家', null],
    ['市级重点实验室', '', 6, '家', null],
  ]);
});

test('should keep 万 and 亿 in the unit and read Chinese numerals', () => {
  assert.deepEqual(q('全县茶叶企业1.6万家，去年茶叶产值突破千亿元。'), [
    ['茶叶企业', '', 1.6, '万家', null],
    ['茶叶产值', '突破', 1000, '亿元', null],
  ]);
  assert.deepEqual(q('园区集聚电子企业三百余家。'), [['电子企业', '余', 300, '家', null]]);
  assert.deepEqual(q('镇里聚集纺织企业近万家。'), [['纺织企业', '近', 1, '万家', null]]);
});

test('should read qualifiers before and after the number', () => {
  assert.deepEqual(q('基地面积约12平方公里，产品远销30多个国家和地区，本地配套率提高到60%以上。'), [
    ['基地面积', '约', 12, '平方公里', null],
    ['国家和地区', '多', 30, '个', null],
    ['本地配套率', '以上', 60, '%', null],
  ]);
});

test('should read the short noun after an enumeration and keep 、 inside a metric', () => {
  assert.deepEqual(q('完成电机、电控等300余项测试。'), [['测试', '余', 300, '项', null]]);
  assert.deepEqual(q('园区集聚电机、电控及配套企业80家。'), [['电机、电控及配套企业', '', 80, '家', null]]);
});

test('should not take 要 inside a place name for a target', () => {
  assert.deepEqual(q('高要区现有食品企业120家。'), [['食品企业', '', 120, '家', null]]);
});

test('should read ranges as value and valueMax', () => {
  assert.deepEqual(q('每个园区建成标准厂房3至5栋。'), [['标准厂房', '', 3, '栋', 5]]);
});

/** metric | change | value unit of each figure. */
function mc(text: string): string[] {
  return extractQuantities(createContext(text, META), NONE).facts.map((f) => `${f.metric}|${f.change}|${f.value}${f.unit}`);
}

test('should name a change by what changes and give its change apart; a bare change after a level is about that level', () => {
  assert.deepEqual(mc('去年营业收入达到820亿元，同比增长9.5%，产量增长12%。'), ['营业收入|null|820亿元', '营业收入|同比增长|9.5%', '产量|增长|12%']);
  assert.deepEqual(mc('产值达到50亿元，增长7%。'), ['产值|null|50亿元', '产值|增长|7%']);
  assert.deepEqual(mc('收入同比增长9%。'), ['收入|同比增长|9%']);
  // Nothing names it: no metric, the change alone (also after a level in another clause kind: ；).
  assert.deepEqual(mc('该产业保持高速增长，今年1至11月增长24.6%。'), ['null|增长|24.6%']);
  assert.deepEqual(mc('产值达到50亿元；增长7%。'), ['产值|null|50亿元', 'null|增长|7%']);
});

test('should normalize the ways a change is written', () => {
  assert.deepEqual(mc('工业产值比上年增长8%，出口额较去年同期下降3.2%，利润环比增长5%。'), [
    '工业产值|同比增长|8%', '出口额|同比下降|3.2%', '利润|环比增长|5%',
  ]);
  assert.deepEqual(mc('全省工业增加值增速达6.5%，投资增幅为12%，工业产值达到1260亿元，年增7.2%。'), [
    '工业增加值|增长|6.5%', '投资|增长|12%', '工业产值|null|1260亿元', '工业产值|增长|7.2%',
  ]);
  assert.deepEqual(mc('研发投入占比提高2个百分点，企业数量比上年增加17家，营收年均增长15%，能耗下降了4%。'), [
    '研发投入占比|提高|2百分点', '企业数量|同比增加|17家', '营收|年均增长|15%', '能耗|下降|4%',
  ]);
  assert.deepEqual(mc('建成后每年可减少二氧化碳排放约300万吨。'), ['二氧化碳排放|减少|300万吨']);
  assert.deepEqual(mc('制造业占比提高两个百分点。'), ['制造业占比|提高|2百分点']);
});

test('should read a level reached after a change word as a level, and 增加值 as a noun', () => {
  assert.deepEqual(mc('本地配套率提高到55%，企业增至32家，规上工业增加值增长8.3%。'), ['本地配套率|null|55%', '企业|null|32家', '规上工业增加值|增长|8.3%']);
  assert.deepEqual(mc('总产值由五年前的400亿元增长到去年的739亿元。'), []);
});

test('should hand a change written with 分别 to each listed metric in turn', () => {
  assert.deepEqual(mc('工业产值和税收分别增长12%和15%。'), ['工业产值|增长|12%', '税收|增长|15%']);
  assert.deepEqual(mc('营业收入、利润同比分别增长9.1%、11.4%，出口额增长5%。'), ['营业收入|同比增长|9.1%', '利润|同比增长|11.4%', '出口额|增长|5%']);
});

test('should skip dates, ordinals, meetings, phone numbers, durations and targets', () => {
  assert.deepEqual(q('2024年3月5日，第三季度，十四届二次全会，咨询电话0710-3456789，前10个月。'), []);
  assert.deepEqual(q('他强调，要力争引进3至5家龙头企业。'), []);
  assert.deepEqual(q('建立统一大市场，打造两个示范，形成一家独大。'), []);
});

test('should skip figures in a list of headline lines', () => {
  assert.deepEqual(q('正文说明。\n某地签约项目总投资50亿元\n另一地新增企业30家\n'), []);
  assert.deepEqual(q('全县企业12家。\n相关阅读\n a, 某某:2030年某行业市场规模将达到9亿美元\n'), [['企业', '', 12, '家', null]]);
});

test('should name export markets when a list of places precedes the count', () => {
  assert.deepEqual(q('产品出口日本、韩国、东盟等20多个国家和地区。'), [['出口国家和地区', '多', 20, '个', null]]);
});

test('should read scope and year from the sentence', () => {
  const text = '2023年新城区电子信息产业产值达到500亿元。';
  const region: Mention = { type: 'region', text: '新城区', start: 5, end: 8, key: '999999', rule: 't' };
  const industry: Mention = { type: 'industry', text: '电子信息', start: 8, end: 12, key: 'electronics', rule: 't' };
  const found: Found = { ...NONE, regions: { facts: [], mentions: [region] }, industries: { facts: [], mentions: [industry] } };
  const [f] = extractQuantities(createContext(text, META), found).facts;
  assert.deepEqual({ metric: f!.metric, scope: f!.scope, year: f!.year, text: f!.text, start: f!.start }, {
    metric: '电子信息产业产值',
    scope: { region: '999999', industry: 'electronics', park: null },
    year: 2023,
    text: '500亿元',
    start: 18,
  });
});

test('should read 去年 against the dateline year and return a mention per figure', () => {
  const r = extractQuantities(createContext('去年全市工业产值增长8%。', META), NONE);
  assert.equal(r.facts[0]!.year, 2023);
  assert.deepEqual(r.mentions, [{ type: 'quantity', text: '8%', start: 10, end: 12, kind: '%', key: '工业产值', rule: 'quantity.number-unit' }]);
});

test('should return nothing for empty text', () => {
  assert.deepEqual(extractQuantities(createContext('', META), NONE), { facts: [], mentions: [] });
});

test('should cut 培育/引进 and 该镇/该生产线 from a metric, keep 引进项目, and skip offered rewards', () => {
  assert.deepEqual(q('培育农产品加工企业一百二十余家。该镇莼菜种植面积已达1.2万亩。该生产线总投资约42亿元。'), [
    ['农产品加工企业', '余', 120, '家', null],
    ['莼菜种植面积', '', 1.2, '万亩', null],
    ['总投资', '约', 42, '亿元', null],
  ]);
  assert.deepEqual(q('去年新引进项目4个。'), [['新引进项目', '', 4, '个', null]]);
  assert.deepEqual(q('对新认定的省级园区，州财政将给予500万元至1000万元奖补。'), []);
});

test('should not count places in a ranking (上升5位, 后五位) but keep people counted in 位', () => {
  const q = (s: string) => extractQuantities(createContext(s, META), NONE).facts.map((f) => `${f.metric}|${f.value}|${f.unit}`);
  assert.deepEqual(q('綦江工业园区排名较上季度上升5位。排名后五位的园区将被约谈。'), []);
  assert.deepEqual(q('会议邀请院士专家12位。'), ['会议邀请院士专家|12|位']);
});

test('should not read the 约 of 签约 or 节约 as a qualifier', () => {
  assert.deepEqual(q('当天现场签约两个项目，总投资约36亿元。'), [
    ['项目', '', 2, '个', null],
    ['总投资', '约', 36, '亿元', null],
  ]);
  assert.deepEqual(q('会上集中签约80亿元，企业节约用电15%。'), [
    ['签约', '', 80, '亿元', null],
    ['企业节约用电', '', 15, '%', null],
  ]);
  const ctx = createContext('现场签约两个项目。', META);
  const m = extractQuantities(ctx, NONE).mentions[0]!;
  assert.deepEqual([m.text, m.start, m.end], ['两个', 4, 6]);
});

test('should take what is counted from short nouns after a classifier: 企 names, market players and people', () => {
  assert.deepEqual(q('直播节吸引了40余家粮企和60多名主播参与，到场采购商300名。'), [
    ['粮企', '余', 40, '家', null],
    ['主播', '多', 60, '名', null],
    ['到场采购商', '', 300, '名', null],
  ]);
  assert.deepEqual(q('全区新增5家合作社和12名专家。'), [
    ['合作社', '', 5, '家', null],
    ['专家', '', 12, '名', null],
  ]);
});

const keys = (text: string) => q(text).map(([m, , v, u]) => `${m}|${v}|${u}`);

test('should keep a short quoted term inside a metric and strip 均 (each) before the figure', () => {
  assert.deepEqual(keys('全省新增国家级专精特新“小巨人”企业61家。'), ['新增国家级专精特新“小巨人”企业|61|家']);
  assert.deepEqual(keys('龙头企业年销售收入均超过百亿元，亩均税收30万元。'), ['龙头企业年销售收入|100|亿元', '亩均税收|30|万元']);
});

test('should read 吉瓦时, skip an article 一家 and a planned fund', () => {
  assert.deepEqual(keys('动力电池产量达到160吉瓦时。'), ['动力电池产量|160|吉瓦时']);
  assert.deepEqual(keys('其中一家服务器企业投资35亿元建设基地。'), ['投资|35|亿元']);
  assert.deepEqual(keys('副市长表示，该市将设立总规模100亿元的产业基金。'), []);
});

test('should drop a headline figure that rounds a body figure, a threshold before 的, and a town before a metric', () => {
  const meta = { ...META, title: '某市新能源产业产值突破八千亿元' };
  const facts = extractQuantities(createContext('某市新能源产业产值突破八千亿元\n去年新能源产业实现产值8160亿元，成为全市首个超千亿元的产业。', meta), NONE).facts;
  assert.deepEqual(facts.map((f) => `${f.metric}|${f.value}|${f.unit}`), ['产值|8160|亿元']);
  assert.deepEqual(keys('大集镇新增电商主体460户。'), ['新增电商主体|460|户']);
});

test('should read the head noun after a list of kinds ending in 等 and keep 5G inside a metric', () => {
  assert.deepEqual(keys('带动正极材料、负极材料、电解液、隔膜等配套企业180余家集聚。'), ['配套企业|180|家']);
  assert.deepEqual(keys('全年新建5G基站1.6万个。'), ['新建5G基站|1.6|万个']);
});

test('should name a count of banks by the noun after it, and cut 提供 and 集群内 off the front of a metric', () => {
  assert.deepEqual(keys('某州银行等5家银行与市政府签署协议,向企业提供意向授信800亿元。'), ['银行|5|家', '意向授信|800|亿元']);
  assert.deepEqual(keys('全省已认定集群100个,集群内中小企业超过3.2万家。'), ['已认定集群|100|个', '中小企业|3.2|万家']);
  assert.deepEqual(keys('图谱标出缺失和薄弱环节12个。'), ['缺失和薄弱环节|12|个']);
});

test('should read figures under a later deadline (到2027年, also over ；) and a work report\'s 预期目标 as targets, not facts', () => {
  // META's story year is 2024.
  assert.deepEqual(q('到2027年，某产业链营业收入突破3000亿元；培育链主企业5家。2023年，全市实现营业收入2350亿元。'), [
    ['营业收入', '', 2350, '亿元', null],
  ]);
  assert.deepEqual(q('到2023年底，全县已有配套企业85家。'), [['配套企业', '', 85, '家', null]]);
  assert.deepEqual(q('今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。'), []);
});

test('should cut 当地 (local) off the front of a metric', () => {
  assert.deepEqual(q('已投产企业带动当地就业2100余人。'), [['就业', '余', 2100, '人', null]]);
});

test('should cut a zone area (片区) left after a place from the front of a metric', () => {
  const text = '红河片区新增市场主体1230户。';
  const found: Found = { ...NONE, regions: { facts: [], mentions: [{ type: 'region', text: '红河', start: 0, end: 2, rule: 't' }] } };
  assert.deepEqual(q(text, found), [['新增市场主体', '', 1230, '户', null]]);
});

test('should read a numbered list line, keep 新引进…项目 as a noun, cut 建有 and skip 5个工作日', () => {
  assert.deepEqual(q('签约项目如下:\n1.年产5GW光伏电池项目,总投资32亿元;'), [['年产', '', 5, 'GW', null], ['总投资', '', 32, '亿元', null]]);
  assert.deepEqual(q('今年新引进风电装备项目9个。'), [['新引进风电装备项目', '', 9, '个', null]]);
  assert.deepEqual(q('引进无人机整机企业26家。'), [['无人机整机企业', '', 26, '家', null]]);
  assert.deepEqual(q('中试基地建有中试线8条。'), [['中试线', '', 8, '条', null]]);
  assert.deepEqual(q('公示期为5个工作日。'), []);
});

test('should drop a headline figure equal to a body figure of the same metric, keep one that names it better', () => {
  const run = (title: string, body: string) =>
    extractQuantities(createContext(`${title}\n${body}`, { ...META, title }), NONE).facts.map((f) => `${f.metric}${f.change ? ` ${f.change}` : ''}|${f.value}|${f.unit}`);
  assert.deepEqual(run('某省装备产业产值增长16.8%', '前三季度全省装备产业实现产值612亿元，同比增长16.8%。'), ['产值|612|亿元', '产值 同比增长|16.8|%']);
  assert.deepEqual(run('某市集中签约12个项目', '现场签约项目12个，总投资168亿元。'), ['签约项目|12|个', '总投资|168|亿元']);
  // the headline's 签约项目 names it better than the body's 企业签约项目: both kept, as before
  assert.deepEqual(run('招商会举行 签约项目11个', '会上，企业签约项目11个。'), ['签约项目|11|个', '企业签约项目|11|个']);
});
