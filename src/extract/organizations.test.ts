import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractOrganizations } from './organizations.ts';
import { extractRegions } from './regions.ts';
import { createContext } from './types.ts';
import { analyze } from '../pipeline.ts';
import { checkSeed, type SeedExpectation } from '../quality/seeds.ts';
import type { Analysis, DocMeta } from '../analysis/schema.ts';
import type { Found } from './index.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const EMPTY = { facts: [], mentions: [] };

/** Regions then organizations, as the extract stage runs them. */
function run(text: string, meta: DocMeta = META) {
  const ctx = createContext(text, meta);
  const found = { regions: EMPTY, organizations: EMPTY, people: EMPTY, industries: EMPTY } as { -readonly [K in keyof Found]: Found[K] };
  found.regions = extractRegions(ctx, found);
  return extractOrganizations(ctx, found);
}
/** `kind:name` of every fact, in order of first mention. */
const names = (text: string) => run(text).facts.map((f) => `${f.kind}:${f.name}`);

test('should find nothing in empty text or text without names', () => {
  assert.deepEqual(run('').facts, []);
  assert.deepEqual(names('今天天气很好，大家一起去散步。'), []);
});

test('should start a company name after the verb before it', () => {
  assert.deepEqual(names('王立新来到河南华达机电有限公司调研。'), ['company:河南华达机电有限公司']);
  assert.deepEqual(names('签约企业包括山西金辉新材料股份有限公司和太原恒通物流有限公司。'), [
    'company:山西金辉新材料股份有限公司',
    'company:太原恒通物流有限公司',
  ]);
});

test('should keep a factory name followed by a company head as one name', () => {
  assert.deepEqual(names('走进安徽明光阀门厂有限公司车间。'), ['company:安徽明光阀门厂有限公司']);
});

test('should keep a bracketed group word inside a company name', () => {
  assert.deepEqual(names('与湖南长丰电机(集团)有限公司签约。'), ['company:湖南长丰电机(集团)有限公司']);
});

test('should read a known short name in context with its canonical name', () => {
  const r = run('推动徐工新能源装备产业园建设。');
  assert.deepEqual(r.facts.map((f) => [f.kind, f.name, f.canonical ?? null]), [
    ['park', '徐工新能源装备产业园', null],
    ['company', '徐工', '徐工集团'],
  ]);
  assert.ok(r.mentions.every((m) => m.type === 'organization' && m.rule.startsWith('org.')));
});

test('should not read a verb or a list word into a park or platform name', () => {
  assert.deepEqual(names('要建设南平竹木加工产业园，用好闽北林业产业联盟。'), ['park:南平竹木加工产业园', 'platform:闽北林业产业联盟']);
  assert.deepEqual(names('建好省级纺织服装检测研发基地。'), ['platform:省级纺织服装检测研发基地']);
});

test('should split two parks joined by 和', () => {
  assert.deepEqual(names('建设永安钢铁小镇和三明机械制造产业园。'), ['park:三明机械制造产业园']);
  assert.deepEqual(names('推动宁远经济开发区和道县工业园发展。'), ['park:宁远经济开发区', 'park:道县工业园']);
});

test('should name a project after the company behind it', () => {
  assert.deepEqual(names('江西赣锋达新材料有限公司年产5万吨高纯电解液扩能项目开工。'), [
    'company:江西赣锋达新材料有限公司',
    'project:高纯电解液扩能项目',
  ]);
});

test('should drop projects named only by a kind or an industry', () => {
  assert.deepEqual(names('第二季度重大项目集中开工，一批新材料项目和配套项目落地，六期项目投产。'), []);
});

test('should keep only the whole park when a shorter park begins it', () => {
  assert.deepEqual(names('建设赣州经济技术开发区新能源汽车产业园。'), ['park:赣州经济技术开发区新能源汽车产业园']);
});

test('should read a designated title as an honor', () => {
  assert.deepEqual(names('该县成功入选省级中小企业特色产业集群。'), ['honor:省级中小企业特色产业集群']);
  assert.deepEqual(names('去年获评国家电子信息产业集聚区。'), ['honor:国家电子信息产业集聚区']);
});

test('should read a national or world title in quotes or after 是/打造 as an honor', () => {
  assert.deepEqual(names('当地是“中国竹编名城”，正打造中国竹业谷，素有“世界竹都·东方”之称。'), [
    'honor:中国竹编名城',
    'honor:中国竹业谷',
    'honor:世界竹都',
  ]);
  assert.deepEqual(names('他来自中国首都。'), []);
});

test('should merge a government abbreviation into the full name written in the same text', () => {
  const r = run('江西省质量技术监督局召开会议。会上，江西省质监局负责人介绍情况。');
  assert.deepEqual(
    r.facts.map((f) => [f.kind, f.name, f.aliases ?? []]),
    [['government', '江西省质量技术监督局', ['江西省质监局']]],
  );
});

test('should read a level word before a named department, not before a bare government or bureau', () => {
  assert.deepEqual(names('市发改委、区发展和改革局和市政府有关负责人参加，区局配合。'), [
    'government:市发改委',
    'government:区发展和改革局',
  ]);
});

test('should restore a known short name cut at a particle inside it', () => {
  assert.deepEqual(names('会见华为技术有限公司负责人。'), ['company:华为技术有限公司']);
});

test('should end a name run at 企业和, a quarter and a count', () => {
  assert.deepEqual(names('鼓励企业与南昌航空大学合作，一季度开发区考核，三家上市公司参加。'), ['research:南昌航空大学']);
});

test('should keep a trailing bracketed place in a platform name', () => {
  assert.deepEqual(names('国家电线电缆质量监督检验中心(安徽)揭牌。'), ['platform:国家电线电缆质量监督检验中心(安徽)']);
});

const SEEDS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/samples/seeds');
const ACCEPTANCE = resolve(SEEDS, '../../acceptance/seeds.json');

test('should find the expected organizations, parks, projects and honors of the five samples', { skip: !existsSync(SEEDS) || !existsSync(ACCEPTANCE) }, () => {
  const expected = JSON.parse(readFileSync(ACCEPTANCE, 'utf8')) as Record<string, SeedExpectation>;
  const byFile = new Map(Object.values(expected).map((e) => [e.file, e]));
  const failed: string[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => byFile.has(f))) {
    const path = resolve(SEEDS, file);
    const a = analyze({ origin: { path }, format: 'text', bytes: readFileSync(path) }, { extract: false });
    const orgs = run(a.text, { title: a.title, outlet: a.outlet, reporters: a.reporters, published: a.published, dateline: a.dateline, extra: a.meta });
    const only = { ...a, organizations: orgs.facts, people: [], industries: [], quantities: [], events: [] } as unknown as Analysis;
    const exp = byFile.get(file)!;
    const mine: SeedExpectation = { file, organizations: exp.organizations, parks: exp.parks, projects: exp.projects, honors: exp.honors } as SeedExpectation;
    for (const c of checkSeed(only, mine)) if (!c.ok && !c.stretch) failed.push(`${file}: ${c.field} ${c.name}`);
  }
  assert.deepEqual(failed, []);
});

test('should not read a verb or a generic phrase before 项目 as a project name', () => {
  assert.deepEqual(names('会议听取了企业生产运行情况和相关项目进展汇报,要坚持项目为王。'), []);
  // A count before 项目 (两个项目, 三个项目) names no project.
  assert.deepEqual(names('今年三个项目已经开工,上述两个项目均已投产。'), []);
});

test('should read declared short and Latin names, stems and company lists as companies with their full names', () => {
  const facts = (text: string) => run(text).facts.filter((f) => f.kind === 'company').map((f) => `${f.name}${f.canonical ? `→${f.canonical}` : ''}`);
  assert.deepEqual(facts('湖北某纬动力有限公司(以下简称“某纬动力”)的项目投产。某纬动力年产能60GWh。'), ['湖北某纬动力有限公司', '某纬动力→湖北某纬动力有限公司']);
  assert.deepEqual(facts('签约企业包括优某得科技股份有限公司(UCloud)。'), ['优某得科技股份有限公司', 'UCloud→优某得科技股份有限公司']);
  assert.deepEqual(facts('观摩了某景食品股份有限公司。某景食品以香菇为原料。'), ['某景食品股份有限公司', '某景食品→某景食品股份有限公司']);
  assert.deepEqual(facts('立某精密、木某森、合某泰等龙头企业订单饱满。'), ['立某精密', '木某森', '合某泰']);
  assert.deepEqual(facts('湘某股份、泰某重装、ABB(中国)有限公司等企业负责人发言。'), ['湘某股份', '泰某重装', 'ABB(中国)有限公司']);
  assert.deepEqual(facts('3M中国有限公司签署备忘录，2家有限公司参加。'), ['3M中国有限公司']);
});

test('should not read places or industries of a `等企业` list as companies', () => {
  assert.deepEqual(run('安溪县、德化县等地企业参加。汽车、电子信息等企业加快转型。').facts.filter((f) => f.kind === 'company'), []);
});

test('should cut projects at reporting verbs, skip districts as parks and sector projects of a place', () => {
  assert.deepEqual(names('州委常委罗某燕介绍主会场项目情况。会议逐项调度腾某里沙漠新能源基地项目进展。'), ['project:腾某里沙漠新能源基地项目']);
  assert.deepEqual(names('浦东新区生物医药产业项目签约仪式在张江科学城举行，张江药谷企业参加。'), ['park:张江科学城', 'park:张江药谷']);
  assert.deepEqual(names('乌兰察布市数字经济项目集中签约。'), []);
  assert.deepEqual(names('吉安县、泰和县汇报了某某电子二期、某某材料扩能等项目推进情况。'), ['project:某某电子二期', 'project:某某材料扩能']);
});

test('should read a bracketed abbreviation after a full name, but no place in brackets, no sector stem, and cut after an official', () => {
  const facts = (text: string) => run(text).facts.filter((f) => f.kind === 'company').map((f) => `${f.name}${f.canonical ? `→${f.canonical}` : ''}`);
  assert.deepEqual(facts('海南某某橡胶产业集团股份有限公司(海南橡胶)参加。海南橡胶在版纳有胶园。'), ['海南某某橡胶产业集团股份有限公司', '海南橡胶→海南某某橡胶产业集团股份有限公司']);
  assert.deepEqual(facts('上海某某科技有限公司(上海)参加。'), ['上海某某科技有限公司']);
  assert.deepEqual(facts('天然橡胶产业座谈会召开。海南天然橡胶产业集团股份有限公司参加。'), ['海南天然橡胶产业集团股份有限公司']);
  assert.deepEqual(facts('勐某县县长及云南某垦集团有限责任公司负责人参加。'), ['云南某垦集团有限责任公司']);
});

test('should read 等…央企 lists and no 三级子公司', () => {
  assert.deepEqual(names('新区与中国某信、中国某网等5家央企签订协议，承接央企二级、三级子公司140余家。'), ['company:中国某信', 'company:中国某网']);
});

test('should read no companies in a list of kinds counted after it (甲、乙等…企业260余家)', () => {
  assert.deepEqual(names('柘城县现有金刚石微粉、培育钻石等超硬材料企业260余家。'), []);
  assert.deepEqual(names('立某精密、木某森等龙头企业订单饱满。'), ['company:立某精密', 'company:木某森']);
});

test('should read no park in a city and its district (天津市滨海新区) but keep a park named after them', () => {
  assert.deepEqual(names('记者从天津市滨海新区获悉，天津滨海新区信创产业加速集聚。'), []);
  assert.deepEqual(names('天津滨海高新技术产业开发区举行签约。'), ['park:天津滨海高新技术产业开发区']);
});

test('should read brands listed before 等…供应商 as companies', () => {
  assert.deepEqual(names('巴某夫、东某等材料供应商带来环保鞋材新品。'), ['company:巴某夫', 'company:东某']);
});

test('should not read 数据中心产业, a laid-out kind of projects or 更多 centres as organizations', () => {
  assert.deepEqual(names('某市是发展数据中心产业的主要承载地。'), []);
  assert.deepEqual(names('两区也在布局光伏组件和储能电池项目。'), []);
  assert.deepEqual(names('该市将支持更多研发中心和先进制造项目落户。'), []);
});

test('should read banks and their branches as companies, but no bank of a count (5家银行)', () => {
  assert.deepEqual(names('中国工商银行某州分行和某州银行等5家银行与某州市人民政府签署协议。'), [
    'company:中国工商银行某州分行',
    'company:某州银行',
    'government:某州市人民政府',
  ]);
});

test('should read a government affairs office (台湾事务办公室, 金融办) and cut names at a conjunction after a bracket or a bare 中心', () => {
  assert.deepEqual(names('某市台湾事务办公室今天表示。市金融办负责人介绍。'), ['government:某市台湾事务办公室', 'government:市金融办']);
  assert.deepEqual(names('各镇(街道)和某某经济开发区要加快改造。'), ['park:某某经济开发区']);
  assert.deepEqual(names('推动中心与某州大学共建实验室。'), ['research:某州大学']);
  assert.deepEqual(names('指导集群运营机构完善公共服务平台。'), []);
});

test('should read an inland port as a platform, no project before a count (项目15个), and no ——访 in a name', () => {
  assert.deepEqual(names('今年上半年,赣州国际陆港开行中欧班列210列。'), ['platform:赣州国际陆港']);
  assert.deepEqual(names('今年前3个月园区新增台资项目15个。'), []);
  assert.deepEqual(names('从酒都到电池之都——访某市经济和信息化局局长周某斌'), ['honor:电池之都', 'government:某市经济和信息化局']);
});

test('should read the title a counted list is designated as (认定…等20个集群为…), and no addressee 各… as a body', () => {
  assert.deepEqual(names('各设区市工业和信息化局:拟认定甲县眼镜产业集群、乙县花木产业集群等20个集群为2025年度省级中小企业特色产业集群,现予以公示。'), [
    'honor:省级中小企业特色产业集群',
  ]);
});

test('should not spell a level-only abbreviation out into the tail of a longer name (市工信局 beside 某市工业和信息化局)', () => {
  assert.deepEqual(names('某某市工业和信息化局发布数据。市工信局有关负责人表示,将开展服务月活动。'), [
    'government:某某市工业和信息化局',
    'government:市工信局',
  ]);
});

test('should read no project in a kind of projects: 12个融资项目, 调度一次补链项目', () => {
  assert.deepEqual(names('当天还有12个融资项目现场签约。每月调度一次补链项目进展。'), []);
});

test('should end a body at 要求/当场 and split 甲区和市某局, a list\'s last two brands and a free trade zone\'s area', () => {
  assert.deepEqual(names('区长当场要求区自然资源局拿出方案，要求区经济促进局牵头。'), ['government:区自然资源局', 'government:区经济促进局']);
  assert.deepEqual(names('利州区和市经济合作局要做好用地保障。'), ['government:市经济合作局']);
  assert.deepEqual(names('代表团拜访了博世、西门子和大众汽车等跨国企业。'), ['company:博世', 'company:西门子', 'company:大众汽车']);
  assert.deepEqual(names('一行来到河口边境经济合作区、中国(云南)自由贸易试验区红河片区和河口瑶山橡胶加工有限公司。'), [
    'park:河口边境经济合作区',
    'park:中国(云南)自由贸易试验区红河片区',
    'company:河口瑶山橡胶加工有限公司',
  ]);
  assert.deepEqual(names('平江县休闲食品产业链项目推进会召开。'), []);
});

test('should read an industry innovation service complex (产业创新服务综合体) as a platform', () => {
  assert.deepEqual(names('镇里正在建设山下湖珍珠产业创新服务综合体。'), ['platform:山下湖珍珠产业创新服务综合体']);
});

test('should read no platform in a kind of centre named by its work or its industry alone', () => {
  assert.deepEqual(names('企业相继建成设计研发中心，加快建设食品检验检测中心。'), []);
  assert.deepEqual(names('揭牌成立湖北省非织造布检验检测中心。'), ['platform:湖北省非织造布检验检测中心']);
});

test('should read 万和新电气 (a listed appliance maker known by its name without legal form) as a company', () => {
  assert.deepEqual(names('一行来到格兰仕集团和万和新电气，察看热水器生产线。'), ['company:格兰仕集团', 'company:万和新电气']);
});

test('should read a press office, a pilot base and a 科技城, and a project with its capacity written before it', () => {
  assert.deepEqual(names('省政府新闻办举行发布会。'), ['government:省政府新闻办']);
  assert.deepEqual(names('磷化工新材料中试基地揭牌，三亚崖州湾科技城居前。'), ['platform:磷化工新材料中试基地', 'park:三亚崖州湾科技城']);
  assert.deepEqual(names('公司年产5万吨三元前驱体项目进入安装阶段。'), ['project:三元前驱体项目']);
  // an industry alone before 项目 with no capacity is a kind of project, not one
  assert.deepEqual(names('新签约新材料项目5个。'), []);
});
