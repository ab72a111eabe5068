import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index.ts';
import type { DocMeta } from '../analysis/schema.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const events = (text: string, meta: Partial<DocMeta> = {}) =>
  extract(text, { ...META, ...meta }).events.map((e) => ({ type: e.type, date: e.date, place: e.place ?? null, lead: e.lead, participants: e.participants }));

test('should find the main event with its date, place and lead', () => {
  assert.deepEqual(events('常德日报讯 3月5日，市长王建国在澧县调研。市领导李明参加。王建国强调，要抓好落实。'), [
    { type: '调研', date: '--03-05', place: '澧县', lead: '王建国', participants: ['李明'] },
  ]);
});

test('should give 日前 events no date and read signings', () => {
  assert.deepEqual(events('日前，宜昌市与省科技厅签订合作协议。市委书记周平出席并讲话。'), [
    { type: '签约', date: null, place: '宜昌市', lead: '周平', participants: [] },
  ]);
});

test('should add another happening of the same day but not planned ones', () => {
  const e = events('5月8日，全市项目观摩活动举行。当天下午召开推进会。会议要求，要举办博览会。');
  assert.deepEqual(e.map((x) => [x.type, x.date]), [['观摩', '--05-08'], ['推进会', '--05-08']]);
});

test('should find no event in text without triggers', () => {
  assert.deepEqual(events('企业发展良好。'), []);
  assert.deepEqual(events(''), []);
});

test('should take the lead from the first official of the lead paragraph who leads, not the speaker', () => {
  const e = events('4月2日，某市重大项目集中开工仪式在县城举行。市委书记张某明宣布开工，市委副书记、市长李某华致辞。\n李某华表示，要抓好项目。');
  assert.deepEqual(e.map((x) => x.lead), ['张某明']);
  const speaker = events('4月2日，某市产业大会开幕。市委书记张某明致辞，副市长李某华主持。');
  assert.deepEqual(speaker.map((x) => x.lead), [null]);
});

test('should take as lead the first official who addresses the meeting or ceremony (在会上说/要求), not one who only states', () => {
  const said = events('6月18日，某市召开产业链推进会。\n“要发挥带动作用。”市委副书记、市长张某明在会上说。');
  assert.deepEqual(said.map((x) => [x.type, x.lead]), [['推进会', '张某明']]);
  const asked = events('7月14日，某区产业发展推进会召开。区委书记张某明在会上要求，加快改造。区长李某华主持会议。');
  assert.deepEqual(asked.map((x) => [x.type, x.lead]), [['推进会', '张某明']]);
  // The dated paragraph and the one after it name no official: the next one, which does, is read.
  const later = events('8月26日，某市政银企合作签约仪式举行。5家银行与市政府签署协议。\n会上，某集团有限公司等发起设立产业基金。\n市委书记张某明在签约仪式上说，要加大信贷投放。市长李某华主持签约仪式。');
  assert.deepEqual(later.map((x) => [x.type, x.lead]), [['签约', '张某明']]);
  const stated = events('7月14日，某区产业发展推进会召开。区委书记张某明表示，加快改造。');
  assert.deepEqual(stated.map((x) => [x.type, x.lead]), [['推进会', null]]);
});

test('should read the act after a list of officials and date a range by its start', () => {
  const e = events('5月6日至8日，州委书记张某明，州委副书记、州长李某华率代表团赴沪考察。');
  assert.deepEqual(e.map((x) => [x.type, x.date, x.lead]), [['调研', '--05-06', '张某明']]);
});

test('should keep an expo named as the setting (期间) as a second event and skip 签约项目 counts', () => {
  const e = events('5月6日，博览会期间，某市举行项目签约仪式。市委书记张某明出席。当天签约项目12个。');
  assert.deepEqual(e.map((x) => [x.type, x.date, x.lead]), [['签约', '--05-06', '张某明'], ['展会', '--05-06', null]]);
});

test('should look for the lead past a headline that names the event but no official', () => {
  const e = events('某市项目集中开工\n某市日报讯 4月2日，某市重大项目开工仪式举行。市委书记张某明宣布开工。');
  assert.deepEqual(e.map((x) => [x.type, x.lead]), [['开工', '张某明']]);
});

test('should not take a tallied signing (签约项目N个，…签订协议) as a second event', () => {
  const e = events('5月6日，某市产业大会开幕。大会现场签约项目15个，多家企业签订合作协议。');
  assert.deepEqual(e.map((x) => x.type), ['大会']);
});

test('should not take an announced event (将于 … 举办) as the main event', () => {
  assert.deepEqual(events('记者从市工信局获悉，我市将于下月举办博览会。'), []);
});

test('should read a 调度会 as a progress meeting and find its lead in the paragraph after the dated one', () => {
  assert.deepEqual(events('某日报讯 8月8日，某县召开项目建设调度会。\n县委书记王某明出席会议并讲话，县长李某主持。'), [
    { type: '推进会', date: '--08-08', place: null, lead: '王某明', participants: ['李某'] },
  ]);
});

test('should make a promotion meeting with signings a signing, and keep one without them', () => {
  const signed = events('10月21日，某市在武汉举办招商推介会，现场签约项目12个。市委书记王某明推介投资环境。');
  assert.deepEqual(signed.map((x) => [x.type, x.date, x.lead]), [['签约', '--10-21', '王某明']]);
  const later = events('8月29日，某区招商推介会举行。区委书记唐某平出席并推介。\n推介会上，28个项目现场签约。');
  assert.deepEqual(later.map((x) => [x.type, x.date, x.lead]), [['签约', '--08-29', '唐某平']]);
  const tally = events('11月15日，某市在北京举办招商推介会。市委书记农某宁推介营商环境。会上签约项目16个。');
  assert.deepEqual(tally.map((x) => [x.type, x.date, x.lead]), [['签约', '--11-15', '农某宁']]);
  const plain = events('11月6日，某区在深圳举办低空经济招商推介会。副市长马某平出席并致辞。');
  assert.deepEqual(plain.map((x) => [x.type, x.date]), [['other', '--11-06']]);
});

test('should take the official who declares the event open as its lead, before those listed as attending', () => {
  const e = events('11月10日，某市食品博览会开幕。省农业厅副厅长陈某军，市委副书记、市长范某杰出席开幕式，范某杰宣布博览会开幕。');
  assert.deepEqual(e.map((x) => [x.type, x.lead]), [['展会', '范某杰']]);
});

test('should read the lead of a same-day sentence (当天，…签订) in the paragraph before it', () => {
  const e = events('3月7日，某开发区管委会主任陶某新带队赴苏州开展招商活动。\n当天，某开发区与某某科技有限公司签订项目投资协议。\n陶某新表示，要做好服务。');
  assert.deepEqual(e.map((x) => [x.type, x.lead]), [['签约', '陶某新']]);
});

test('should read a 推介会上 after the main sentence as the same meeting, not a second happening', () => {
  const e = events('3月2日，某市在外省举办招商推介会，现场签约项目6个。推介会上，市发展改革委介绍了支持政策。');
  assert.deepEqual(e.map((x) => [x.type, x.date]), [['签约', '--03-02']]);
});

test('should read a 工作会议 as a meeting and 已投产 as a state, not a happening', () => {
  assert.deepEqual(events('1月6日，全省工业工作会议在省城召开。副省长张某明出席并讲话。').map((x) => [x.type, x.date]), [['other', '--01-06']]);
  assert.deepEqual(events('记者从市工信局获悉，某公司新建产线已全面投产，产值增长较快。'), []);
});

test('should read 走访 as a visit of inspection and a people\'s congress session as no conference, led by who reports', () => {
  assert.deepEqual(events('6月12日，区委副书记、区长吴某明带队走访家电企业。').map((x) => [x.type, x.date, x.lead]), [['调研', '--06-12', '吴某明']]);
  assert.deepEqual(events('某报讯 1月8日，某市第七届人民代表大会第五次会议开幕。市长周某华作政府工作报告。').map((x) => [x.type, x.date, x.lead]), [
    ['other', '--01-08', '周某华'],
  ]);
});

test('should keep a signing reported at a working meeting (会上) inside it, but not at a 大会', () => {
  const meeting = events('11月5日，某产业园建设推进会召开。副市长罗某军主持会议。\n会上，甲区与乙区签订了对口合作协议。');
  assert.deepEqual(meeting.map((x) => x.type), ['推进会']);
  const conference = events('7月19日，某产业大会开幕。\n会上，12个项目集中签约。');
  assert.deepEqual(conference.map((x) => x.type), ['大会', '签约']);
});

test('should lead a press conference by its 发布人 and date no second happening by 近日', () => {
  const e = events('甘肃日报讯 11月18日，省政府新闻办举行新闻发布会。省工业和信息化厅副厅长赵某军发布有关情况，省政府新闻办副主任刘某主持发布会。');
  assert.deepEqual(e.map((x) => [x.type, x.date, x.lead]), [['other', '--11-18', '赵某军']]);
  const g = events('天津日报讯 本月初，西青区产业园首批项目集中开工，区长李某主持开工活动。近日，园区内企业新建产线投产。');
  assert.deepEqual(g.map((x) => [x.type, x.date, x.lead]), [['开工', null, '李某']]);
});
