/**
 * Test support: an in-memory PGlite store filled by the real pipeline from a few documents
 * written here (invented text, no sample copy), plus one cluster document whose industry,
 * figures, organizations and directives are added by hand with spans found in its clean text,
 * so cluster pages have content whatever the extractors currently find.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../analysis/schema.ts';
import { analyze } from '../pipeline.ts';
import { openStore, type Store, type WriteItem } from '../store/index.ts';

/** Invented news items: [file name, text]. */
export const FIXTURE_TEXTS: readonly (readonly [string, string])[] = [
  ['a-machinery.txt', [
    '长沙工程机械产业链推进会召开',
    '长沙晚报讯（记者 林小雨）2025年4月2日，长沙市召开工程机械产业链推进会。',
    '会议指出，全市工程机械产业集群规上企业达到120家，2024年产值突破2000亿元。',
    '市长王立明要求，加快智能制造改造，支持龙头企业牵头组建创新联合体。',
  ].join('\n')],
  ['b-battery.txt', [
    '宜宾动力电池项目集中开工',
    '宜宾日报讯 2025年3月18日，宜宾市动力电池产业项目集中开工，总投资超过300亿元。',
    '当地已集聚锂电池上下游企业80余家，形成较为完整的产业链条。',
  ].join('\n')],
  ['c-textile.txt', [
    '绍兴纺织印染产业转型升级观摩会举行',
    '绍兴日报讯 2025年5月9日，绍兴市举行纺织印染产业转型升级观摩会。',
    '与会人员实地察看了柯桥区多家印染企业的数字化车间。',
  ].join('\n')],
];

/** A phrase that the search tests look for. */
export const KNOWN_PHRASE = '动力电池';

/** A text whose cluster facts are added by hand. */
const CLUSTER_TEXT = [
  '长沙工程机械产业集群再添新动能',
  '长沙晚报讯 2025年6月1日，长沙经济技术开发区举行工程机械产业集群发展大会。',
  '2024年，集群规上企业达到130家，产值2150亿元，同比增长12.5%。',
  '三一重工、中联重科等龙头企业参加会议，长沙经开区工程机械产业园新签约项目12个。',
  '副市长赵文强调，要加大金融支持力度，完善产业配套政策。',
].join('\n');

/** The industry id the fixture cluster uses. */
export const FIXTURE_INDUSTRY = 'construction-machinery';

/** Changsha (GB/T 2260). */
export const FIXTURE_CITY = '430100';

function span(text: string, needle: string): { start: number; end: number; text: string } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`Expected fixture text to contain ${needle}, got none`);
  return { start, end: start + needle.length, text: needle };
}

/** The cluster document: real pipeline output plus hand-added facts with real spans. */
export function clusterAnalysis(): Analysis {
  const a = analyze({ origin: { path: 'fixture/cluster.txt' }, format: 'text', text: CLUSTER_TEXT });
  const t = a.text;
  const s130 = span(t, '规上企业达到130家');
  const s2150 = span(t, '产值2150亿元');
  const sRate = span(t, '12.5%');
  const dir = span(t, '要加大金融支持力度，完善产业配套政策。');
  const hasCity = a.regions.some((r) => r.code === FIXTURE_CITY);
  return {
    ...a,
    regions: hasCity
      ? a.regions.map((r) => (r.code === FIXTURE_CITY ? { ...r, home: true } : r))
      : [...a.regions, { name: '长沙市', code: FIXTURE_CITY, level: 'city', parent: '430000', count: 1, home: true }],
    industries: [{ id: FIXTURE_INDUSTRY, name: '工程机械', count: 3 }],
    quantities: [
      { metric: '规上企业', change: null, value: 130, unit: '家', year: 2024, scope: { region: FIXTURE_CITY, industry: FIXTURE_INDUSTRY }, ...s130 },
      { metric: '产值', change: null, value: 2150, unit: '亿元', year: 2024, scope: { region: FIXTURE_CITY, industry: FIXTURE_INDUSTRY }, ...s2150 },
      { metric: '产值', change: '同比增长', value: 12.5, unit: '%', year: 2024, scope: { region: FIXTURE_CITY, industry: FIXTURE_INDUSTRY }, ...sRate },
    ],
    organizations: [
      { name: '三一重工', kind: 'company', region: FIXTURE_CITY },
      { name: '中联重科', kind: 'company', region: FIXTURE_CITY },
      { name: '长沙经开区工程机械产业园', kind: 'park', region: FIXTURE_CITY },
    ],
    directives: [{ speaker: '赵文', verb: '强调', categories: ['finance'], ...dir }],
  };
}

/** A conflicting report of the same figure, from a second invented document. */
function conflictAnalysis(): Analysis {
  const text = '长沙工程机械规上企业数量统计\n长沙晚报讯 据统计，2024年长沙工程机械集群规上企业达到128家。';
  const a = analyze({ origin: { path: 'fixture/conflict.txt' }, format: 'text', text });
  const s = span(a.text, '规上企业达到128家');
  return {
    ...a,
    regions: [...a.regions.filter((r) => r.code !== FIXTURE_CITY), { name: '长沙市', code: FIXTURE_CITY, level: 'city', parent: '430000', count: 1, home: true }],
    industries: [{ id: FIXTURE_INDUSTRY, name: '工程机械', count: 1 }],
    quantities: [{ metric: '规上企业', change: null, value: 128, unit: '家', year: 2024, scope: { region: FIXTURE_CITY, industry: FIXTURE_INDUSTRY }, ...s }],
  };
}

function item(a: Analysis): WriteItem {
  return { key: a.source.path, origin: a.source, contentHash: createHash('sha256').update(a.original).digest('hex'), bytes: a.original.length, analysis: a };
}

/**
 * Open an in-memory store holding the fixture.
 * @returns the store and the analyses written, in order: FIXTURE_TEXTS, cluster, conflict
 */
export async function openFixtureStore(): Promise<{ store: Store; analyses: Analysis[] }> {
  const store = await openStore({ dir: null });
  const analyses = [
    ...FIXTURE_TEXTS.map(([name, text]) => analyze({ origin: { path: `fixture/${name}` }, format: 'text', text })),
    clusterAnalysis(),
    conflictAnalysis(),
  ];
  const run = await store.beginRun({ fixture: true });
  await store.writeBatch(run, analyses.map(item));
  await store.finishRun(run, { items: analyses.length, stored: analyses.length, duplicates: 0, rejected: 0, skipped: 0, bytes: 0 }, 'finished');
  return { store, analyses };
}
