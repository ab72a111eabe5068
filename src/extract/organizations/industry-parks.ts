/**
 * extract/organizations/industry-parks: parks named by an industry word and 园区 (`<name>光伏园区`,
 * `<name>新材料园区`, `<name>化工园区`). 光伏园区 alone is no head word: 推动化工园区认定 names no park, and
 * the name run before it is often a chain of places and names (青海某县某滩光伏园区) whose left end the
 * suffix rule cannot tell. A park is read only when its own name is certain:
 *   - a place of the gazetteer right before the industry word (a county, a prefecture or a chain ending
 *     in one: 某县光伏园区; a province alone, 宁夏化工园区, is read as the province's parks, not one), or
 *   - a 2–4 character proper name right before it, bounded on its left by punctuation, a verb or particle
 *     of the sentence (boundary.ts), a conjunction or a place (某县某滩光伏园区 → 某滩光伏园区), and not a
 *     modifier (各地, 我省, 特色, 重点 …) nor a common word by jieba's dictionary (沿江, 智能, 认定 …);
 *     one character after a place (港, 湾) takes the place with it.
 * The industry word is the longest taxonomy name or synonym (2–6 characters) ending right before 园区.
 */
import { taxonomy } from '../industries/taxonomy.ts';
import { segmenter } from '../../text/segment.ts';
import { nameStart } from './boundary.ts';

/** The park word after the industry word. */
const PARK_WORD = '园区';
/** Longest and shortest industry word looked at. */
const MAX_INDUSTRY = 6;
const MIN_INDUSTRY = 2;
/** Lengths of a proper name before the industry word. */
const MIN_NAME = 2;
const MAX_NAME = 4;
/** Conjunctions and list marks a proper name does not hold: 光伏电站和某滩光伏园区. */
const JOINERS = /[和与及、]/g;
/**
 * Modifiers and deictics that stand where a name would, naming no park: 各地 (everywhere), 当地/本地
 * (local), 我省/我市/我区/我县 (our province …), 现有 (existing), 特色 (featured), 专业 (specialised),
 * 重点 (key), 省级/市级/县级/国家级 (levels), 大型, 周边, 所在, 各类, 规划, 新建, 全部, 其余, 部分.
 */
const NOT_A_NAME = /^(?:各地|当地|本地|外地|我[省市区县州旗]|本[省市区县州旗]|现有|特色|专业|重点|[省市县区]级|国家级|大型|小型|周边|所在|各类|规划|新建|全部|其余|部分|一些|若干|首批|这个|那个|低碳|零碳|近零碳)/;
/**
 * Part-of-speech tags (jieba's, ICTCLAS set) of words a proper name is not made of: verbs (认定, 出台,
 * 互补), verbal nouns (合规), locality words (沿江, 沿海). Tags: v verb, vn verbal noun, vd adverbial verb,
 * f locality (方位词).
 */
const NOT_IN_NAME_TAGS: ReadonlySet<string> = new Set(['v', 'vn', 'vd', 'f']);
/** Tag of a place name (苏州, 宁东, 大亚湾): a word of the dictionary that is a name. */
const PLACE_TAG = 'ns';

/**
 * Whether a short run reads as a proper name: not one dictionary word of another kind than a place
 * (智能, 农业, 规范, 沿江 are words; 宁东, 临港 are places; 某某滩 and unknown words are names), and
 * holding no verb or locality word (出台智能, 农光互补).
 */
function isProperName(run: string): boolean {
  const tagged = segmenter().tag(run, true);
  if (tagged.length === 1) return tagged[0]!.tag === PLACE_TAG || tagged[0]!.tag === 'x';
  return !tagged.some((t) => NOT_IN_NAME_TAGS.has(t.tag));
}

/** A region mention: its span and GB/T 2260 code. */
export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
  readonly key?: string;
}

/** A park found by this rule. */
export interface IndustryPark {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

let industryWords: ReadonlySet<string> | undefined;
/** Taxonomy names and synonyms of 2–6 characters. */
function words(): ReadonlySet<string> {
  industryWords ??= new Set(
    taxonomy().list.flatMap((i) => [i.name, ...i.synonyms]).filter((w) => w.length >= MIN_INDUSTRY && w.length <= MAX_INDUSTRY),
  );
  return industryWords;
}

/** Length of the longest industry word ending at `end`, or 0. */
function industryBefore(text: string, end: number): number {
  const set = words();
  for (let n = Math.min(MAX_INDUSTRY, end); n >= MIN_INDUSTRY; n--) if (set.has(text.slice(end - n, end))) return n;
  return 0;
}

/** True for a province-level code (two significant digits: 630000). */
const isProvince = (key: string | undefined) => key !== undefined && /^\d{2}0000$/.test(key);

/**
 * Parks named `<place or proper name><industry word>园区`.
 * @param text the clean text
 * @param places region mentions of the text
 * @param isGeneric true for a run that names no organization (the organizations stage's generic words)
 * @returns the parks, in text order
 * @example industryParks('其中某某滩光伏园区装机', [], () => false) // [{name: '某某滩光伏园区', start: 2, end: 9}]
 */
export function industryParks(text: string, places: readonly PlaceSpan[], isGeneric: (run: string) => boolean): IndustryPark[] {
  const parks: IndustryPark[] = [];
  for (let p = text.indexOf(PARK_WORD); p !== -1; p = text.indexOf(PARK_WORD, p + PARK_WORD.length)) {
    const n = industryBefore(text, p);
    if (n === 0) continue;
    const industryStart = p - n;
    const end = p + PARK_WORD.length;
    const runStart = nameStart(text, industryStart, () => false, 'park');
    if (runStart >= industryStart) continue;
    // A place (or a chain of places) right before the industry word names the park.
    const place = places.find((m) => m.end === industryStart && m.start >= runStart);
    if (place) {
      if (isProvince(place.key)) continue;
      let start = place.start;
      for (let prev = places.find((m) => m.end === start && m.start >= runStart); prev; prev = places.find((m) => m.end === start && m.start >= runStart)) {
        start = prev.start;
      }
      parks.push({ name: text.slice(start, end), start, end });
      continue;
    }
    // Else a short proper name, after the last place or joiner of the run.
    let nameFrom = runStart;
    for (const m of places) if (m.end <= industryStart && m.end > nameFrom && m.start >= runStart) nameFrom = m.end;
    const run = text.slice(nameFrom, industryStart);
    const runFrom = nameFrom;
    JOINERS.lastIndex = 0;
    for (let j = JOINERS.exec(run); j; j = JOINERS.exec(run)) nameFrom = runFrom + j.index + 1;
    // One character after a place belongs to the place's name: 某营港化工园区 (a port), 某某湾.
    const before = places.find((m) => m.end === nameFrom && m.start >= runStart);
    if (industryStart - nameFrom === 1 && before && !isProvince(before.key)) nameFrom = before.start;
    const name = text.slice(nameFrom, industryStart);
    if (name.length < MIN_NAME || name.length > MAX_NAME || NOT_A_NAME.test(name) || isGeneric(name) || !isProperName(name)) continue;
    parks.push({ name: text.slice(nameFrom, end), start: nameFrom, end });
  }
  return parks;
}
