import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseTaxonomy, taxonomy } from './taxonomy.ts';
import { findIndustries } from './matcher.ts';
import { extractIndustries } from '../industries.ts';
import { createContext } from '../types.ts';

const CLASSES = new URL('../../../data/gbt4754-2017/classes.tsv', import.meta.url);

test('should hold at least 300 industries with unique ids and surfaces, parents that exist and real GB/T 4754-2017 codes', () => {
  const { list, byId } = taxonomy();
  assert.ok(list.length >= 300, `${list.length} industries`);
  assert.equal(byId.size, list.length);
  const codes = new Set(readFileSync(CLASSES, 'utf8').split('\n').map((l) => l.split('\t')[0]));
  const surfaces = new Map<string, string>();
  for (const ind of list) {
    if (ind.parent) assert.ok(byId.has(ind.parent), `${ind.id}: parent ${ind.parent}`);
    for (const c of ind.gbt4754) assert.ok(codes.has(c), `${ind.id}: GB/T 4754 code ${c}`);
    for (const s of [ind.name, ...ind.synonyms]) {
      assert.ok(!surfaces.has(s), `${s} in ${ind.id} and ${surfaces.get(s)}`);
      surfaces.set(s, ind.id);
    }
  }
});

test('should give every industry a distinct English name in Latin script', () => {
  const { list, byId } = taxonomy();
  const seen = new Map<string, string>();
  for (const ind of list) {
    assert.match(ind.nameEn, /^[A-Za-z][A-Za-z0-9 ,()'-]*[A-Za-z)]$/, `${ind.id}: ${ind.nameEn}`);
    assert.ok(!seen.has(ind.nameEn), `${ind.nameEn} in ${ind.id} and ${seen.get(ind.nameEn)}`);
    seen.set(ind.nameEn, ind.id);
  }
  assert.deepEqual(['construction-machinery', 'emergency', 'nev', 'ic-design'].map((id) => byId.get(id)!.nameEn),
    ['construction machinery', 'emergency industry', 'new energy vehicles', 'IC design']);
});

test('should refuse a taxonomy without an English name column or with an empty English name', () => {
  const head = 'id\tname\tparent\tchain_role\tsynonyms\tgbt4754';
  assert.throws(() => parseTaxonomy(`${head}\na\t甲\t\tindustry\t\t`), /Expected a taxonomy column name_en, got id, name, parent/);
  assert.throws(() => parseTaxonomy(`id\tname\tname_en\tparent\na\t甲\t\t`), /Expected a name_en in taxonomy row a, got none/);
  assert.throws(() => parseTaxonomy(''), /Expected a taxonomy column id, got $/);
  assert.deepEqual(parseTaxonomy('# c\nid\tname\tname_en\na\t甲\t alpha \n').map((i) => [i.id, i.name, i.nameEn, i.parent]), [['a', '甲', 'alpha', null]]);
});

test('should place chain members under their chain', () => {
  const { byId } = taxonomy();
  assert.equal(byId.get('hydraulics')!.parent, 'construction-machinery');
  assert.equal(byId.get('hydraulics')!.chainRole, 'component');
  assert.deepEqual(['emergency-vehicles', 'emergency-medicine', 'emergency-materials'].map((id) => byId.get(id)!.parent), ['emergency', 'emergency', 'emergency']);
  assert.deepEqual(byId.get('lithium-batteries')!.gbt4754, ['3841']);
});

const ids = (text: string) => findIndustries(text).map((h) => `${h.text}:${h.industry.id}`);

test('should take the longest surface, left to right', () => {
  assert.deepEqual(ids('大力发展新能源汽车和动力电池,培育新能源产业。'), ['新能源汽车:nev', '动力电池:power-batteries', '新能源产业:new-energy']);
  assert.deepEqual(ids('工程机械行业协会'), ['工程机械:construction-machinery']);
});

test('should normalize synonyms to one id', () => {
  assert.deepEqual(ids('芯片、半导体与集成电路'), ['芯片:integrated-circuits', '半导体:integrated-circuits', '集成电路:integrated-circuits']);
});

test('should not read an industry inside a government body name', () => {
  assert.deepEqual(ids('市农业农村局、市文化和旅游局负责人参加。全市现代农业加快发展。'), ['现代农业:agriculture']);
});

test('should not read the field of a testing or research body as an industry mention', () => {
  assert.deepEqual(ids('建设检验检测中心和光电子研究院,发展光电子产业'), ['光电子:optoelectronics']);
});

test('should keep Latin surfaces whole', () => {
  assert.deepEqual(ids('布局AI与LED,EMAIL不算,OLED面板'), ['AI:ai', 'LED:led', 'OLED:displays', '面板:displays']);
});

test('should return facts with counts in first-mention order and mentions with rule and key', () => {
  const text = '做强锂电产业,锂电池企业达30家;储能项目开工。锂电是主导产业。';
  const r = extractIndustries(createContext(text, {} as never), {} as never);
  assert.deepEqual(r.facts.map((f) => [f.id, f.name, f.count]), [['lithium-batteries', '锂电', 3], ['energy-storage', '储能', 1]]);
  assert.deepEqual(r.mentions[0], { type: 'industry', text: '锂电产业', start: 2, end: 6, kind: 'industry', key: 'lithium-batteries', rule: 'industry.lexicon' });
});

test('should not read an industry inside a company name', () => {
  assert.deepEqual(ids('某某铸造有限公司和某某能源集团参加,铸造产业加快转型'), ['铸造:casting']);
});

test('should skip hits inside the excluded name spans and keep the rest', () => {
  const text = '在某航空产业园发展航空产业';
  assert.deepEqual(findIndustries(text, [{ start: 1, end: 7 }]).map((h) => [h.text, h.start]), [['航空产业', 9]]);
});

test('should keep 绿色 and 新型 written before an industry in its mention', () => {
  assert.deepEqual(ids('壮大绿色食品和新型功能材料产业'), ['绿色食品:food', '新型功能材料:functional-materials']);
});

test('should return nothing for empty text', () => {
  assert.deepEqual(findIndustries(''), []);
});

test('should drop blocked compounds and industry words used as modifiers', () => {
  assert.deepEqual(ids('在国际会展中心开幕,物流成本下降,保障能源安全,文旅观光升温,冷链物流提速'), ['冷链物流:cold-chain']);
});

test('should read farm products, knitting kinds and battery cells under their industry, but not 石榴籽', () => {
  assert.deepEqual(ids('香菇、石榴和高山蔬菜，经编企业，电芯制造。'), ['香菇:edible-fungi', '石榴:fruits', '高山蔬菜:vegetables', '经编:knitting', '电芯制造:batteries']);
  assert.deepEqual(ids('各族群众像石榴籽一样紧紧抱在一起。'), []);
});

test('should read the fifth-round surfaces: 汽车模具 as molds (not 汽车), 汽车芯片, 生技医药, 海绵钛', () => {
  assert.deepEqual(ids('签约汽车模具及冲压件项目,投向汽车芯片,发展生技医药,上游海绵钛'), [
    '汽车模具:molds',
    '汽车芯片:auto-chips',
    '生技医药:biomedicine',
    '海绵钛:titanium-sponge',
  ]);
});

test('should not read logistics that modifies a hub, a need or a drone (物流枢纽, 物流诉求, 物流无人机)', () => {
  assert.deepEqual(ids('发挥物流枢纽优势，解决企业物流诉求，研发物流无人机。'), ['无人机:drones']);
  assert.deepEqual(ids('大力发展现代物流。'), ['现代物流:logistics']);
});

test('should read the round-6 additions: 珍珠, 磷化工, 聚氨酯, 重型装备 and the synonyms 辣条, 微波炉', () => {
  assert.deepEqual(ids('珍珠、磷化工、聚氨酯、重型装备、辣条、微波炉'), [
    '珍珠:pearls', '磷化工:phosphorus-chemicals', '聚氨酯:polyurethane', '重型装备:heavy-equipment', '辣条:leisure-food', '微波炉:home-appliances',
  ]);
});

test('should read 检验检测 where the text names the service, not inside a platform name or a kind of platform', () => {
  assert.deepEqual(ids('检验检测是产业链的重要基础。'), ['检验检测:testing-certification']);
  assert.deepEqual(ids('开展技术攻关和检验检测服务。'), ['检验检测服务:testing-certification']);
  assert.deepEqual(ids('设置冷链物流、检验检测两大展区。'), ['冷链物流:cold-chain', '检验检测:testing-certification']);
  // the platform's head word after other words of its name, a kind of platform, an association's name
  assert.deepEqual(ids('要支持国家工程机械质量检验检测中心发挥作用，建成检验检测平台。'), []);
});

test('should not read a firm’s shipping or flows between places as the logistics trade, nor a supply chain', () => {
  assert.deepEqual(ids('听取企业关于扩产用地和出口物流的意见。'), []);
  assert.deepEqual(ids('两地隔海相望，物流与人才往来便利。'), []);
  assert.deepEqual(ids('不断提升产业链供应链韧性。'), []);
  assert.deepEqual(ids('要推动包装、物流、文旅融合发展。').map((x) => x.split(':')[1]), ['packaging', 'logistics', 'culture-tourism']);
});

test('should read the round-8 additions: 冰雪装备, 高纯晶硅, 激光雷达, 鲜切花, 咖啡, and a fuel-cell engine as fuel cells', () => {
  assert.deepEqual(ids('造雪机、高纯晶硅、激光雷达、汽车线束、鲜切花、咖啡、改性塑料'), [
    '造雪机:ice-snow-equipment', '高纯晶硅:polysilicon', '激光雷达:auto-electronics', '汽车线束:auto-parts', '鲜切花:flowers', '咖啡:coffee', '改性塑料:new-chemical-materials',
  ]);
  assert.deepEqual(ids('氢燃料电池发动机项目'), ['氢燃料电池:fuel-cells']);
});
