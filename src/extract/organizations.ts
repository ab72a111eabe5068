/**
 * extract/organizations: companies, government bodies, associations, research bodies, platforms,
 * parks, projects and honors. Rules, in order:
 *   1. suffix   a head word (有限公司, 质监局, 行业协会, 检验检测中心, 高新区, 产业城, 之都 …) and the
 *               name run before it, cut at the sentence's verbs and particles (organizations/boundary.ts);
 *   2. known    well-known companies by full or short name (中联 → 中联重科), national ministries;
 *   3. honor    titles after designation verbs (入选…产业集群, 被认定为…城市) and national or world
 *               titles in quotes or after 是/打造 (“中国X都”, 打造“中国X谷”);
 *   4. list     named items of a `A、B等重点项目` list are projects;
 *   5. alias    companies written without their legal form: declared short and Latin names, a full
 *               name's stem on its own, items of a `A、B等龙头企业` list (organizations/aliases.ts);
 *   (after 1–3) industry parks: `<place or proper name><industry word>园区` where no other name covers
 *               it (某县光伏园区, 某滩化工园区; organizations/industry-parks.ts).
 * Government names are merged with their abbreviations (湖北省质监局 is an alias of
 * 湖北省质量技术监督局 when both are written). Every mention keeps its span and rule.
 */
import type { Mention, OrganizationFact, OrganizationKind } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { nameStart } from './organizations/boundary.ts';
import { findDesignatedHonors, findTitleHonors } from './organizations/honors.ts';
import { declaredAliases, listedCompanies, stemAliases, type ItemKind } from './organizations/aliases.ts';
import { expandGovernment, lexicons } from './organizations/lexicons.ts';
import { NOT_AFTER, SUFFIX_LIST } from './organizations/suffixes.ts';
import { industryParks } from './organizations/industry-parks.ts';
import { alignsWithWords } from '../text/segment.ts';
import { taxonomy } from './industries/taxonomy.ts';
import { buildTrie, longestAt, nextStart, type Trie } from './industries/trie.ts';
import { charTable, has, type CodeUnitSet } from './sticky.ts';

type Kind = Exclude<OrganizationKind, 'other'>;

/** Every head word in one trie, matched leftmost-longest (a regex alternation of them, longest first, ran ~5 MB/s). */
const SUFFIX_TRIE = buildTrie(SUFFIX_LIST.map((s) => s.suffix));
const KIND_OF = new Map(SUFFIX_LIST.map((s) => [s.suffix, s.kind]));
/** The head words, and their lengths: a string ends in a head word when one of its tails is in the set. */
const HEADS: ReadonlySet<string> = new Set(SUFFIX_LIST.map((s) => s.suffix));
const HEAD_LENGTHS = [...new Set(SUFFIX_LIST.map((s) => s.suffix.length))].sort((a, b) => a - b);
/** True when `s` ends in a head word (a whole name). */
const endsWithHead = (s: string) => HEAD_LENGTHS.some((n) => n <= s.length && HEADS.has(s.slice(s.length - n)));
/** Name ends that are no head word of their own but close a name before 和: 生物产业基地, 家居小镇, 成都芯谷, 红河片区. */
const NAME_LIKE_END = /(?:基地|小镇|芯谷|数谷|药谷|硅谷|片区)$/;
const endsWithName = (s: string) => s.length > 1 && (endsWithHead(s) || NAME_LIKE_END.test(s));

/** What may not stand before a head word for it to end a name: 布局 and 格局 are not 局, 展厅 is not 厅. */
const NOT_BEFORE: Readonly<Record<string, RegExp>> = {
  局: /[布格大结当全开时战残骗赌饭棋]$/,
  厅: /[餐大客展门舞]$/,
  厂: /[工电水酒药]$/,
  新区: /[城]$/,
  政府: /[地方各级]$/,
};
/** NOT_AFTER and NOT_BEFORE by head word, as maps (one hash lookup per head word found). */
const NOT_AFTER_OF: ReadonlyMap<string, RegExp> = new Map(Object.entries(NOT_AFTER));
const NOT_BEFORE_OF: ReadonlyMap<string, RegExp> = new Map(Object.entries(NOT_BEFORE));
/**
 * Runs that name no particular organization: 该公司, 龙头企业集团, 重点项目, 主会场项目, 三级子公司, 两个项目 (a count),
 * 融资项目 and 补链/强链/延链项目 (kinds of project: financing, filling and strengthening a chain), 调度一次补链项目.
 */
const GENERIC_RUN = /^(?:国家级|省级|市级|村级|[一二三四五六七八九十\d]+级|主要|[一二两三四五六七八九十百几数\d]+[家个次]|融资|补链|强链|延链|上述|该|本|这|此|各|每|其|其他|相关|有关|龙头|骨干|重点|重大|企业|大型|国有|民营|外资|子|分|母|总|上市|全资|控股|多家|一家|两家|一批|新|老|原|地方|各级|省|市|县|区|园区|产业|招商|签约|在建|新建|续建|开工|投产|合作|建设|投资|示范|个|多个|这些|等|主会场|分会场)+$/;
/** Generic words at the end of a project's run: 光伏组件(重点)项目 → the name keeps them, but they alone name nothing. */
const PROJECT_MODIFIERS = /(?:重点|重大|签约|在建|新建|续建|开工|投产|招商|合作|建设|投资|示范|产业化|产业)+$/;
/** Projects named by a kind, not a name: 第三季度重大项目, 动力电池产业项目, 休闲食品产业链项目, 配套项目, 上下游项目. */
const GENERIC_PROJECT_TAIL = /(?:重点|重大|产业|产业链|配套|上下游|招商推介暨|和|及|与)$/;
/** A platform's run that only says what work it does: 设计研发中心, 技术研发中心, 公共检测中心 (a kind of centre, not one). */
const GENERIC_PLATFORM_RUN = /^(?:设计|研发|技术|检测|检验|创新|工程|公共|服务|共性)+$/;
/** A phase alone is no project's name: 六期项目, 二期项目. */
const PHASE_ONLY = /^(?:[一二三四五六七八九十\d]+期)+(?:工程)?$/;
/** A place name at the start of a run: 乌兰察布市, 鼓楼区, 楚雄州 (2–8 characters and a level word). */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{2,8}?[省市县区州旗盟]/;
/** Free trade zones, whose areas (片区) are parks of their own. */
const ZONE_AREA_HEADS: ReadonlySet<string> = new Set(['自由贸易试验区', '自贸试验区', '自贸区']);
/** An area of a free trade zone right after its name: 红河片区, 南沙片区 (two to four characters and 片区). */
const ZONE_AREA = /^[\u4e00-\u9fff]{2,4}?片区/;
/** A national-level prefix before a park's own name: 国家级通化医药高新技术产业开发区 is 通化医药高新技术产业开发区. */
const LEVEL_PREFIX = /^(?:国家级|省级)(?=[\u4e00-\u9fff]{4})/;
/** A bracketed word between two company heads: 飞机工业(集团)有限公司, 酒厂(集团)有限责任公司. */
const BRACKETED_HEAD = /^[(（]([\u4e00-\u9fff]{2,4})[)）]/;
/** A leading number that counts or dates (2家, 3个, 10余, 2024年), not a name's digits (3M, 361度). */
const COUNTED = /^[\d.]+(?:[家个余多万亿千百年月日号项批座条名位%]|$)/;
/** Separators inside a list of industries: 新能源及装备制造, 软件和信息服务. */
const INDUSTRY_LIST_SEP = /[和及与、]/;

/** A capacity figure right before a project's run: 年产5万吨, 年产10GW, 年处理30万吨. */
const CAPACITY_BEFORE = /(?:年产|年处理|年加工)[0-9.]+(?:万|亿|千)?[\u4e00-\u9fffA-Za-z]{1,3}$/;

let industryNames: ReadonlySet<string> | undefined;
/** A run that is only industry names (新材料, 生物医药, 软件和信息服务) names a kind of project, not one. */
function isIndustryOnly(run: string): boolean {
  industryNames ??= new Set(taxonomy().list.flatMap((i) => [i.name, ...i.synonyms]));
  // 先进制造 names the sector 先进制造业 as well.
  return run.split(INDUSTRY_LIST_SEP).every((part) => industryNames!.has(part) || industryNames!.has(`${part}业`));
}

let sectorNames: ReadonlySet<string> | undefined;
/** A run that is only names of whole sectors (数字经济, 新能源, 生物医药): the taxonomy's top level. */
function isSectorOnly(run: string): boolean {
  sectorNames ??= new Set(taxonomy().list.filter((i) => i.parent === null).flatMap((i) => [i.name, ...i.synonyms]));
  return run.split(INDUSTRY_LIST_SEP).every((part) => sectorNames!.has(part));
}

/** Level words that, alone before a named department, still name a body: 市发改委, 区发展和改革局. */
const LEVEL_ONLY = /^[省市县区州旗]$/;
/** Heads that name no department of their own after a level word alone: 市政府, 市公安局 (局 is any bureau). */
const BARE_HEAD = /^(?:局|厅|政府|人民政府|管委会|管理委员会|海关|税务局)$/;
/** A closing bracket without its opening one: (市、区)人民政府 read from inside the brackets. */
const UNBALANCED_CLOSE = /^[^(（]*[)）]/;
/** A bracketed place after a platform's name: 检验中心(湖北). */
const BRACKET_PLACE = /^[(（][\u4e00-\u9fff]{2,4}[)）]/;
/** Opening quotes and brackets a name does not start with. */
const LEADING_PUNCT = /^[“"「『(（]+/;
/** LEADING_PUNCT's characters, and the closing brackets UNBALANCED_CLOSE needs: a run without them needs no pattern. */
const LEADING_PUNCT_UNIT = charTable(['“"「『(（']);
const CLOSE_UNIT = charTable([')）']);

/** True when some code unit of `s` is in `table`. */
function hasUnit(s: string, table: CodeUnitSet): boolean {
  for (let i = 0; i < s.length; i++) if (has(table, s.charCodeAt(i))) return true;
  return false;
}

/** True for an ASCII digit (what `\d` matches without the u flag); NaN (an empty string's first unit) is none. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

interface Hit {
  readonly name: string;
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly canonical?: string;
}

/**
 * Move a name's start back when the cut fell inside a known company name: 华为技术有限公司 is cut
 * after the particle 为, yet 华为 is a name.
 */
let companyFirst: CodeUnitSet | undefined;
function knownNameAround(text: string, start: number, headStart: number): number {
  const { companies } = lexicons();
  companyFirst ??= charTable([...companies.keys()].map((k) => k.slice(0, 1)));
  for (let back = 1; back <= 3 && start - back >= 0; back++) {
    if (!has(companyFirst, text.charCodeAt(start - back))) continue; // no known name starts with this character
    for (let len = Math.max(2, back); len <= 4 && start - back + len <= headStart; len++) {
      if (companies.has(text.slice(start - back, start - back + len))) return start - back;
    }
  }
  return start;
}

/** Minimum characters before a head word for the name to count. */
function minRun(suffix: string, kind: Kind): number {
  if (suffix === '厂') return 3;
  if (kind === 'project') return 2;
  return 2;
}

function suffixHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; ) {
    const suffix = longestAt(SUFFIX_TRIE, text, i);
    if (suffix === null) {
      i = nextStart(SUFFIX_TRIE, text, i + 1);
      continue;
    }
    const kind = KIND_OF.get(suffix)!;
    const hs = i;
    let end = hs + suffix.length;
    // The scan goes on after the head word (and after a second company head joined to it, below).
    i = end;
    if (NOT_AFTER_OF.get(suffix)?.test(text.slice(end, end + 1))) continue;
    if (NOT_BEFORE_OF.get(suffix)?.test(text.slice(Math.max(0, hs - 2), hs))) continue;
    // 仪表厂有限公司, 集团股份有限公司: a company suffix right after another one belongs to the same name.
    if (kind === 'company') {
      // 工业(集团)有限公司: a head inside brackets continues to the closing bracket.
      if (/[(（]/.test(text[hs - 1] ?? '') && /[)）]/.test(text[end] ?? '')) end += 1;
      const bracket = BRACKETED_HEAD.exec(text.slice(end, end + 6));
      const at = bracket ? end + bracket[0].length : end;
      const next = longestAt(SUFFIX_TRIE, text, at);
      if (next !== null && KIND_OF.get(next) === 'company') end = at + next.length;
      i = end;
    }
    if (kind === 'platform') {
      const b = BRACKET_PLACE.exec(text.slice(end, end + 6));
      if (b) end += b[0].length;
    }
    // 中国(云南)自由贸易试验区红河片区: a free trade zone's area (片区) named after its place is the park.
    if (kind === 'park' && ZONE_AREA_HEADS.has(suffix)) {
      const a = ZONE_AREA.exec(text.slice(end, end + 8));
      if (a) end += a[0].length;
      i = end;
    }
    let start = knownNameAround(text, nameStart(text, hs, endsWithName, kind), hs);
    const lead = start < hs && has(LEADING_PUNCT_UNIT, text.charCodeAt(start)) ? LEADING_PUNCT.exec(text.slice(start, hs)) : null;
    if (lead) start += lead[0].length;
    if (kind === 'park') {
      const level = LEVEL_PREFIX.exec(text.slice(start, hs));
      if (level) start += level[0].length;
    }
    const run = text.slice(start, hs);
    if (kind === 'project') {
      if (GENERIC_PROJECT_TAIL.test(run)) continue;
      const core = run.replace(PROJECT_MODIFIERS, '');
      if (core.length < 2 || GENERIC_RUN.test(core) || PHASE_ONLY.test(core)) continue;
      // 新材料项目 is a kind of project; 年产5万吨三元前驱体项目, with its capacity written before, is one.
      if (isIndustryOnly(core) && !CAPACITY_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
      // 乌兰察布市数字经济项目: a place and a whole sector name a kind of project, not one
      // (准格尔旗风光制氢项目, with an industry of its own, is one).
      const place = PLACE_PREFIX.exec(core);
      if (suffix === '项目' && place && core.length > place[0].length && isSectorOnly(core.slice(place[0].length))) continue;
    } else if (kind === 'platform' && (GENERIC_PLATFORM_RUN.test(run) || isIndustryOnly(run))) {
      // 建成设计研发中心, 建设食品检验检测中心: a kind of centre (by its work or its industry alone), not one.
      continue;
    } else if (run.length < minRun(suffix, kind) || GENERIC_RUN.test(run)) {
      // A level word alone names a department (市发改委), not a government (市政府) or any bureau.
      if (!(kind === 'government' && LEVEL_ONLY.test(run) && !BARE_HEAD.test(suffix))) continue;
    }
    if (hasUnit(run, CLOSE_UNIT) && UNBALANCED_CLOSE.test(run)) continue;
    // 各设区市工业和信息化局, 各县(市、区)人民政府: every body of a level (a notice's addressees), not one.
    if (kind === 'government' && run.startsWith('各')) continue;
    // 2家有限公司 is a count, but 3M中国有限公司 and 361度(中国)有限公司 are names: a leading number
    // only when no classifier or date word follows it.
    if (isDigit(run.charCodeAt(0)) && COUNTED.test(run)) continue;
    hits.push({ name: text.slice(start, end), kind, start, end, rule: 'org.suffix' });
    // 检测研发基地项目: the platform is also a project when 项目 follows.
    if (kind !== 'project' && text.startsWith('项目', end)) {
      hits.push({ name: text.slice(start, end + 2), kind: 'project', start, end: end + 2, rule: 'org.suffix' });
    }
  }
  return hits;
}

/**
 * True when `name` is written in `text` as a name of its own, not only as the tail of a longer one
 * (市工业和信息化局 inside 潍坊市工业和信息化局 is no name: 市工信局 then stays as written).
 */
function writtenWhole(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (!(c >= 0x4e00 && c <= 0x9fff)) return true;
  }
  return false;
}

/** Known company names and national bodies in one trie (leftmost-longest), and the national ones as a set. */
let known: { readonly trie: Trie; readonly national: ReadonlySet<string> } | undefined;
function knownHits(text: string, taken: readonly Hit[]): Hit[] {
  const { companies, national } = lexicons();
  known ??= { trie: buildTrie([...companies.keys(), ...national]), national: new Set(national) };
  const nationalSet = known.national;
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; ) {
    const s = longestAt(known.trie, text, i);
    if (s === null) {
      i = nextStart(known.trie, text, i + 1);
      continue;
    }
    const start = i;
    const end = start + s.length;
    i = end;
    if (s.length <= 2 && !alignsWithWords(text, start, end)) continue;
    if (nationalSet.has(s)) {
      if (!taken.some((h) => h.start <= start && h.end >= end)) hits.push({ name: s, kind: 'government', start, end, rule: 'org.known-government' });
      continue;
    }
    // Inside a company found by its suffix, the known name only tells the canonical form.
    if (taken.some((h) => h.kind === 'company' && h.start <= start && h.end >= end)) continue;
    const canonical = companies.get(s)!;
    hits.push({ name: s, kind: 'company', start, end, rule: 'org.known-company', ...(canonical !== s ? { canonical } : {}) });
  }
  return hits;
}

/** The tail of a named-project list: 等(一批)(重点)项目. Found first, so the list is only read before it. */
const PROJECT_LIST_TAIL = /等(?:一批)?(?:重点|重大|产业|标志性)?项目/g;
/** `推动A、B等重点项目建设`: the items of the list, right before its tail. */
const PROJECT_LIST = /(?:[\u4e00-\u9fffA-Za-z0-9]{2,20}、)+[\u4e00-\u9fffA-Za-z0-9]{2,20}$/;
/** How far before the tail a list is looked for. */
const LIST_WINDOW = 160;

function projectListHits(text: string, isRegion: (start: number, end: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  PROJECT_LIST_TAIL.lastIndex = 0;
  for (let t = PROJECT_LIST_TAIL.exec(text); t; t = PROJECT_LIST_TAIL.exec(text)) {
    const from = Math.max(0, t.index - LIST_WINDOW);
    const m = PROJECT_LIST.exec(text.slice(from, t.index));
    if (!m) continue;
    let at = from + m.index;
    let items: Hit[] = [];
    m[0].split('、').forEach((raw, i) => {
      const itemStart = at;
      at += raw.length + 1;
      const s = nameStart(text, itemStart + raw.length, () => false);
      // 吉安县、泰和县汇报了甲、乙等项目: a verb inside an item starts the list after it.
      if (i > 0 && s > itemStart) items = [];
      const name = text.slice(s, itemStart + raw.length);
      if (name.length >= 3 && !GENERIC_RUN.test(name) && !isIndustryOnly(name) && !isRegion(s, s + name.length)) {
        items.push({ name, kind: 'project', start: s, end: s + name.length, rule: 'org.project-list' });
      }
    });
    hits.push(...items);
  }
  return hits;
}

/**
 * Hits that only begin a longer name: a park or a same-kind name at the start of a longer one
 * (十堰经济技术开发区 in 十堰经济技术开发区新能源汽车产业园, 沈北新区 in 沈北新区无人机产业基地项目).
 */
function dropNested(hits: readonly Hit[]): Hit[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start === h.start && o.end > h.end && (o.kind === h.kind || h.kind === 'park')));
}

/** Significant length of a region code (its trailing zeros dropped: 420000 → 2), memoized by code. */
const codeLengths = new Map<string, number>();
function codeLength(key: string): number {
  let n = codeLengths.get(key);
  if (n === undefined) codeLengths.set(key, (n = key.replace(/0+$/, '').length));
  return n;
}

/** The most specific region mention inside [start, end). */
function regionIn(found: Found, start: number, end: number): string | null {
  let best: Mention | undefined;
  let bestLength = 0;
  for (const m of found.regions.mentions) {
    if (m.start >= start && m.end <= end && m.key) {
      const n = codeLength(m.key);
      if (!best || n > bestLength) {
        best = m;
        bestLength = n;
      }
    }
  }
  return best?.key ?? null;
}

/** Companies, government bodies, associations, research bodies, platforms, parks, projects, honors. */
export function extractOrganizations(ctx: ExtractContext, found: Found): StageResult<OrganizationFact> {
  const text = ctx.text;
  const suffix = suffixHits(text);
  const designated: Hit[] = findDesignatedHonors(text).map((h) => ({ ...h, kind: 'honor', rule: 'org.honor-designation' }));
  const titled: Hit[] = findTitleHonors(text).map((h) => ({ ...h, kind: 'honor', rule: 'org.honor-title' }));
  const honors = [...designated, ...titled.filter((t) => !designated.some((d) => d.start <= t.start && d.end >= t.end))];
  // A designated honor supersedes a shorter suffix reading of the same words.
  const all = [...dropNested(suffix).filter((h) => !honors.some((o) => o.start <= h.start && o.end >= h.end)), ...honors];
  const overlaps = (list: readonly Hit[], start: number, end: number) => list.some((h) => h.start < end && start < h.end);
  const isRegion = (start: number, end: number) => found.regions.mentions.some((m) => m.start <= start && m.end >= end);
  // 浦东新区 is a district, not a park: a park reading that is exactly region names (天津市滨海新区: a city and
  // its district, one after the other) goes.
  const onlyRegions = (start: number, end: number) => {
    for (let at = start; at < end; ) {
      const next = found.regions.mentions.find((m) => m.start === at && m.end <= end);
      if (!next) return false;
      at = next.end;
    }
    return true;
  };
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.kind === 'park' && onlyRegions(all[i]!.start, all[i]!.end)) all.splice(i, 1);
  // <place or proper name><industry word>园区 (organizations/industry-parks.ts), where no other name covers it.
  for (const p of industryParks(text, found.regions.mentions, (run) => GENERIC_RUN.test(run))) {
    if (!overlaps(all, p.start, p.end)) all.push({ ...p, kind: 'park', rule: 'org.industry-park' });
  }
  const companies = all.filter((h) => h.kind === 'company');
  const declared = declaredAliases(text, companies).filter((a) => !overlaps(all, a.start, a.end));
  all.push(...declared);
  all.push(...stemAliases(text, companies).filter((a) => !overlaps(all, a.start, a.end)));
  all.push(...knownHits(text, all), ...projectListHits(text, isRegion).filter((p) => !all.some((h) => h.start === p.start && h.end === p.end)));
  // A list item holding a company found inside it (亿航 in EHang亿航) is that company's longer name.
  const within: Hit[] = [];
  const classify = (name: string, start: number, end: number): ItemKind => {
    const over = all.filter((h) => h.start < end && start < h.end);
    if (over.some((h) => h.kind === 'company' && h.start <= start && h.end >= end)) return 'found';
    if (over.length > 0 && !over.every((h) => h.kind === 'company' && h.start >= start && h.end <= end)) return 'other';
    if (isRegion(start, end) || GENERIC_RUN.test(name) || isIndustryOnly(name)) return 'other';
    within.push(...over);
    return 'brand';
  };
  const listed = listedCompanies(text, classify, (end) => nameStart(text, end, () => false));
  for (const h of within) if (listed.some((l) => l.start <= h.start && l.end >= h.end) && all.includes(h)) all.splice(all.indexOf(h), 1);
  all.push(...listed);

  const facts = new Map<string, FactDraft>();
  const mentions: Mention[] = [];
  const governmentByFull = new Map<string, string>();
  for (const h of all.sort((a, b) => a.start - b.start || b.end - a.end)) {
    let name = h.name;
    const aliases: string[] = [];
    if (h.kind === 'government') {
      const full = expandGovernment(name);
      if (full !== name && (facts.has(`government:${full}`) || writtenWhole(text, full))) {
        aliases.push(name);
        name = full;
      }
      governmentByFull.set(full, name);
    }
    const key = `${h.kind}:${name}`;
    const f = facts.get(key);
    if (f) {
      for (const a of aliases) if (!f.aliases.includes(a)) f.aliases.push(a);
    } else {
      facts.set(key, { name, kind: h.kind, canonical: h.canonical, aliases, region: regionIn(found, h.start, h.end) });
    }
    mentions.push({ type: 'organization', text: h.name, start: h.start, end: h.end, kind: h.kind, key: h.canonical ?? name, rule: h.rule });
  }
  const out: OrganizationFact[] = [];
  for (const f of facts.values()) out.push(organizationFact(f));
  return { facts: out, mentions };
}

/** An organization fact while its mentions are read: its aliases still grow. */
interface FactDraft {
  readonly name: string;
  readonly kind: Kind;
  readonly canonical: string | undefined;
  readonly aliases: string[];
  readonly region: string | null;
}

/** The fact of a draft, its keys in this order: name, kind, canonical (when known), aliases (when any), region. */
function organizationFact(f: FactDraft): OrganizationFact {
  const { name, kind, canonical, aliases, region } = f;
  if (canonical) return aliases.length > 0 ? { name, kind, canonical, aliases, region } : { name, kind, canonical, region };
  return aliases.length > 0 ? { name, kind, aliases, region } : { name, kind, region };
}
