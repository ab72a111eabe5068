import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRegions } from './regions.ts';
import { extractPeople } from './people.ts';
import { createContext } from './types.ts';
import type { DocMeta } from '../analysis/schema.ts';
import type { Found } from './index.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
function run(text: string, meta: Partial<DocMeta> = {}) {
  const ctx = createContext(text, { ...META, ...meta });
  const found = { regions: extractRegions(ctx, {} as Found) } as Found;
  return extractPeople(ctx, found);
}
const people = (text: string, meta: Partial<DocMeta> = {}) => run(text, meta).facts.map((p) => `${p.name} [${p.titles.join('|')}] ${p.role}`);

test('should read a title chain and the lead from what follows', () => {
  assert.deepEqual(people('昨日，市委常委、常务副市长王建国主持召开会议，市领导李明、张伟参加。'), [
    '王建国 [市委常委|常务副市长] lead',
    '李明 [市领导] participant',
    '张伟 [市领导] participant',
  ]);
});

test('should keep a title with its organization and stop at 与', () => {
  assert.deepEqual(people('省科技厅厅长周海涛与市长欧阳明签订协议。周海涛表示，合作前景广阔。'), [
    '周海涛 [省科技厅厅长] lead',
    '欧阳明 [市长] mentioned',
  ]);
});

test('should take a two-character name after a title and find it again alone', () => {
  const r = run('市长克勤主持召开座谈会。克勤指出，要抓好落实。');
  assert.deepEqual(r.facts.map((p) => [p.name, p.role]), [['克勤', 'lead']]);
  assert.deepEqual(r.mentions.filter((m) => m.type === 'person').map((m) => m.rule), ['person.title', 'person.repeat']);
});

test('should separate reporters and photographers from participants', () => {
  assert.deepEqual(people('(全媒体记者 王小红 李华)8日，县长陈东调研园区。(记者 赵 云 摄)'), [
    '王小红 [] journalist',
    '李华 [] journalist',
    '赵云 [] photographer',
    '陈东 [县长] lead',
  ]);
});

test('should mark leaders whose speech is referred to as referenced', () => {
  assert.deepEqual(people('要贯彻国务院副总理刘强在湘调研时的讲话精神。'), ['刘强 [国务院副总理] referenced']);
});

test('should give the person region from the title and the home region', () => {
  const r = run('随州日报讯 市长胡敏主持会议。湖北省委常委、市委书记钱进出席。', {});
  assert.deepEqual(r.facts.map((p) => [p.name, p.region]), [['胡敏', '421300'], ['钱进', '421300']]);
});

test('should not take title fragments or common words as names', () => {
  assert.deepEqual(people('拨打市长热线。局长走流程走基层。书记重要讲话精神。'), []);
});

test('should return nothing for empty text', () => {
  assert.deepEqual(run(''), { facts: [], mentions: [] });
});

test('should read dotted and four-character names, and names before 到/作/通报', () => {
  assert.deepEqual(people('行署专员阿不都热依木·买买提主持会议。副主席格桑多吉表示，要抓好落实。市长钱某明到园区调研，副市长孙某峰通报情况。'), [
    '阿不都热依木·买买提 [行署专员] lead',
    '格桑多吉 [副主席] participant',
    '钱某明 [市长] participant',
    '孙某峰 [副市长] mentioned',
  ]);
});

test('should skip staff words in credits and keep four-character and dotted credited names', () => {
  assert.deepEqual(people('(记者 周某怡 实习生 刘畅)(记者 才让卓玛 艾尼瓦尔·吐尔逊 金成日)'), [
    '周某怡 [] journalist',
    '刘畅 [] journalist',
    '才让卓玛 [] journalist',
    '艾尼瓦尔·吐尔逊 [] journalist',
    '金成日 [] journalist',
  ]);
});

test('should not take 与会领导 or 委员会 as a title', () => {
  assert.deepEqual(people('与会领导巡馆并出席仪式。省发展和改革委员会副主任李某平出席。'), ['李某平 [省发展和改革委员会副主任] participant']);
});

test('should read 省政府副省长 as 副省长 but keep 自治区政府副主席, and a name before 见证', () => {
  assert.deepEqual(people('省政府副省长郭某宁出席。自治区政府副主席格桑某吉讲话。副市长许某群见证签约。'), [
    '郭某宁 [副省长] participant',
    '格桑某吉 [自治区政府副主席] lead',
    '许某群 [副市长] mentioned',
  ]);
});

test('should never take a verb after a bare title as a name, and end a name before a two-word verb', () => {
  assert.deepEqual(people('副市长出席并讲话。镇长介绍情况。'), []);
  assert.deepEqual(people('副局长马某某，二级巡视员赵某陪同。'), ['马某某 [副局长] participant', '赵某 [二级巡视员] participant']);
});

test('should let the official who runs the event lead over the one who only speaks', () => {
  assert.deepEqual(people('4月2日，市委书记张某明宣布开工，市长李某华致辞。李某华表示，要抓好项目。'), [
    '张某明 [市委书记] lead',
    '李某华 [市长] participant',
  ]);
});

test('should read five-character names after a title and in credits, and a name before 推介', () => {
  assert.deepEqual(people('(记者 巴音某其格)8月8日，旗委书记乌云某力格出席会议并讲话。市委书记苏和某特尔致辞。区委书记唐某平推介投资环境。'), [
    '巴音某其格 [] journalist',
    '乌云某力格 [旗委书记] lead',
    '苏和某特尔 [市委书记] participant',
    '唐某平 [区委书记] mentioned',
  ]);
});

test('should keep candidate and party-group titles in a chain', () => {
  assert.deepEqual(people('县委副书记、县长候选人杨某强，区委副书记、区长提名人选李某平出席。市政府党组成员、副市长张某华主持。'), [
    '杨某强 [县委副书记|县长候选人] participant',
    '李某平 [区委副书记|区长提名人选] participant',
    '张某华 [市政府党组成员|副市长] lead',
  ]);
});

test('should take byline writers the metadata found as journalists', () => {
  assert.deepEqual(people('某某产业研究院 研究员 周某远\n近年来，遂宁市锂电产业快速发展。', { reporters: ['周某远'] }), ['周某远 [] journalist']);
});

test('should cut the place of reporting from a credit (记者王晓东合肥报道) but keep a name that ends like a place', () => {
  assert.deepEqual(people('【大公报讯】记者王晓东合肥报道:3月18日，大会举行。'), ['王晓东 [] journalist']);
  assert.deepEqual(people('记者 李长春报道 3月18日，大会举行。'), ['李长春 [] journalist']);
});

test('should read no credit in 记者会上 / 记者从会上获悉, and cut the place of a dispatch (记者某某厦门9日专电)', () => {
  const names = run('(中央社记者陈某豪厦门9日专电)园区内台资企业超过420家。副区长林某远在记者会上说,园区将提供补助。').facts;
  assert.deepEqual(names.map((p) => `${p.name} [${p.titles.join('|')}]`), ['陈某豪 []', '林某远 [副区长]']);
  assert.equal(names[0]!.role, 'journalist');
  assert.deepEqual(people('记者从会上获悉,全区家具企业超过8000家。'), []);
});

test('should not take an interview headline\'s ——访 into the title', () => {
  assert.deepEqual(people('从酒都到电池之都——访某市经济和信息化局局长周某斌'), ['周某斌 [某市经济和信息化局局长] mentioned']);
});

test('should read a broadcast transcript: captions with a spaced name and colon, 记者出镜 and a station credit', () => {
  const text =
    '【解说】车间里正在焊接检测。\n【同期声】某重工集团有限公司生产部部长 刘某刚:我们两班倒。\n' +
    '【记者出镜】记者 赵某婷:这里聚集了配套企业。\n【同期声】齐齐哈尔市工业和信息化局局长 孙某华:下一步要稳订单。\n(记者 赵某婷 杨某 齐齐哈尔台报道)';
  assert.deepEqual(people(text), [
    '赵某婷 [] journalist',
    '杨某 [] journalist',
    '刘某刚 [某重工集团有限公司生产部部长] mentioned',
    '孙某华 [齐齐哈尔市工业和信息化局局长] mentioned',
  ]);
});

test('should read no name in 市级领导任链长 nor after a title in a headline verb (州长到河口调研)', () => {
  assert.deepEqual(people('建立市级领导任链长的工作机制。'), []);
  assert.deepEqual(people('红河州州长到河口调研口岸经济\n8月14日，州长李某华到河口调研。'), ['李某华 [州长] lead']);
});

test('should read deputies, professors and chief engineers, a 来自…的 lead-in and a post given after the name', () => {
  assert.deepEqual(people('来自江西代表团的全国人大代表、东岭重工集团有限公司董事长钱某明建议加快发展海工装备。全国政协委员、南昌大学教授孔某华提出建议。公司总工程师余某峰介绍工艺。'), [
    '钱某明 [全国人大代表|东岭重工集团有限公司董事长] mentioned',
    '孔某华 [全国政协委员|南昌大学教授] mentioned',
    '余某峰 [公司总工程师] mentioned',
  ]);
  assert.deepEqual(people('大会选举北辰体育器材有限公司董事长钱某明为联盟理事长，省体育产业协会秘书长孔某华为联盟秘书长。'), [
    '钱某明 [北辰体育器材有限公司董事长|联盟理事长] mentioned',
    '孔某华 [省体育产业协会秘书长|联盟秘书长] mentioned',
  ]);
});

test('should end a name before 答记者问 and read no four-character name with 区 or 园', () => {
  assert.deepEqual(people('酒泉市副市长孙某峰、金昌市副市长何某兰答记者问。'), ['孙某峰 [酒泉市副市长] mentioned', '何某兰 [金昌市副市长] mentioned']);
  assert.deepEqual(people('排名末位的园区将由省政府分管领导约谈园区主要负责人。'), []);
});
