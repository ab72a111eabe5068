/**
 * The metric of a quantity: the noun phrase that names what is counted or measured, taken
 * after the number (`2家国家级农业标准化示范区` → 国家级农业标准化示范区) or before it
 * (`关联企业240家` → 关联企业; `去年集群产值达1580亿元` → 集群产值).
 */
import { leadingChange, readChange } from './change.ts';
import { CLAUSE_BOUNDARY, NOUN_AFTER, OPENERS, TRAILING, WORD_BEFORE_JUN, WORD_BEFORE_YUE } from './lexicon.ts';
import { has, matchAllOf, unitTable } from '../sticky.ts';

/** CLAUSE_BOUNDARY by code unit. */
const CLAUSE_BOUNDARY_UNIT = unitTable(CLAUSE_BOUNDARY);

// Function words and a level suffix left at the start of a phrase (等, 的, 和; 州/市 after a region name cut;
// 片区 after a place, 红河片区新增市场主体: a free trade zone's area).
/** A numbered list line's number at the start of a phrase: 1. 2、 (3) ⑷ are not written in a noun. */
const LIST_NUMBER = /^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])/;
const LEADING = /^(?:[等的了和及与、]|片区|[州市区县旗盟](?![场级域内外民]))+/;
// A place name at the start that no region mention covered: 莱芜市 / 海西州 + the noun (2-3 characters
// and 省/市/州, not 市场, 省级, 市域, 市内/外, 市民, 市区).
const PLACE_AT_START = /^[\u4e00-\u9fff]{2,3}[省市州](?![场级域内外民区])/;
// A town at the start (no region mention covers towns): 大集镇 + the noun (two characters and 镇, not 乡镇, 城镇).
const TOWN_AT_START = /^(?![乡城村])[\u4e00-\u9fff]{2}镇(?![区域级内外])/;
// A digit run glued to Latin letters: 5G, 4K (a name inside a noun phrase, not a figure).
const ALNUM_NAME = /\d+[A-Za-z]+/g;
// A phrase naming a starting point: 由/从 (from) ... .
const FROM = /由|从(?!业)|增长到|提高到/;

// A short noun (2-4 characters) running to the end of its clause (项目现场。 / 检测，), not a clause of its own.
const SHORT_NOUN_TO_END = /^([^\s\d，,。；;：:、（）()“”"！？!?的]{2,4})(?=[，,。；;！？!?\n]|$)/;

/** Longest noun phrase read before a number. */
const MAX_BEFORE = 24;
/** Longest metric kept; a longer phrase is not a metric but a clause. */
const MAX_METRIC = 16;

/** Longest quoted term read as part of a noun phrase (“小巨人”). */
const MAX_QUOTED = 6;

/**
 * The index of the “ opening a short quoted term that closes at `close` and runs on into a noun
 * (“小巨人”企业: a character, no boundary, right after the ”), or -1.
 */
function quotedTermStart(text: string, close: number, floor: number): number {
  if (!/[\u4e00-\u9fff]/.test(text[close + 1] ?? '')) return -1;
  for (let j = close - 1; j >= Math.max(floor, close - MAX_QUOTED - 1); j--) {
    if (text[j] === '“') return j > close - 2 ? -1 : j;
    if (has(CLAUSE_BOUNDARY_UNIT, text.charCodeAt(j))) return -1;
  }
  return -1;
}

/** The noun phrase right after a classifier, or null: `国家级农业标准化示范区和…` → 国家级农业标准化示范区. */
export function metricAfter(text: string, from: number, afterList = false): string | null {
  const window = text.slice(from, from + 20);
  if (afterList) {
    // After an enumeration (甲、乙等600余项检测), the whole short noun that follows is the metric.
    const m = SHORT_NOUN_TO_END.exec(window);
    if (m) return m[1]!;
  }
  const m = NOUN_AFTER.exec(window);
  return m ? m[0] : null;
}

/** What the words before a number say about it: its metric and its change. */
export interface MetricRead {
  /** What the figure is about (营业收入 in 营业收入同比增长9%), or null when nothing names it. */
  readonly metric: string | null;
  /** The normalized change written right before the figure (quantities/change.ts), or null for a level. */
  readonly change: string | null;
  /** The metrics listed before 分别 (产值和税收分别增长12%和15% → 产值, 税收), in order; empty otherwise. */
  readonly respectively: readonly string[];
  /** Where the phrase read starts: after the clause boundary (or `floor`). */
  readonly from: number;
  /** True when the clause holds only change and linking words (，同比增长12.5%): the figure of a change named before it. */
  readonly bare: boolean;
}

const NOTHING = (from: number): MetricRead => ({ metric: null, change: null, respectively: [], from, bare: false });

// The joints of a list of metrics before 分别: 和, 与, 及, 、.
const LIST_JOINT = /和|与|及|、/;

/**
 * The noun phrase before a number, from the clause start (or `floor`) to `to`, with opening
 * words (time, totals, verbs of having) cut, linking verbs stripped and a change read off its end
 * (`营业收入同比增长9%` → 营业收入 and 同比增长; `，增长11.3%` → no metric, 增长).
 * `cuts` are ends of entity mentions (regions, organizations) inside the phrase: a metric starts after them.
 */
export function metricBefore(text: string, floor: number, to: number, cuts: readonly number[]): MetricRead {
  let start = Math.max(floor, to - MAX_BEFORE);
  for (let i = to - 1; i >= start; i--) {
    if (!has(CLAUSE_BOUNDARY_UNIT, text.charCodeAt(i))) continue;
    // A short quoted term inside the noun (专精特新“小巨人”企业) is part of it, not a boundary.
    const open = text[i] === '”' ? quotedTermStart(text, i, start) : -1;
    if (open >= 0) {
      i = open;
      continue;
    }
    start = i + 1;
    break;
  }
  for (const c of cuts) if (c > start && c < to) start = c; // a mention ending at the number is the metric itself
  const from = start;
  let phrase = text.slice(start, to);
  // Strip linking words from the end, reading a change once.
  let growth: string | null = null;
  let respectively = false;
  for (let changed = true; changed && phrase; ) {
    changed = false;
    for (const w of TRAILING) {
      if (!phrase.endsWith(w)) continue;
      // 签约50亿元: the 约 of 签约 is part of the metric, not a qualifier written apart.
      const prev = phrase[phrase.length - 2] ?? '';
      if (!(w === '约' && WORD_BEFORE_YUE.test(prev)) && !(w === '均' && WORD_BEFORE_JUN.test(prev))) {
        phrase = phrase.slice(0, -w.length);
        changed = true;
        break;
      }
    }
    if (!changed && growth === null) {
      const c = readChange(phrase);
      if (c) {
        growth = c.change;
        respectively = c.respectively;
        phrase = c.rest;
        changed = true;
      }
    }
  }
  const bare = growth !== null && phrase === '';
  // Cut everything up to the last opening word.
  let cut = 0;
  OPENERS.lastIndex = 0;
  for (const m of matchAllOf(OPENERS, phrase)) {
    // An opener that would leave nothing is part of the noun (项目现场), unless a growth word names the figure.
    if (growth || m.index + m[0].length < phrase.length) cut = m.index + m[0].length;
  }
  phrase = phrase.slice(cut);
  // 1.年产5GW…项目: the number of a numbered list line is no part of the noun.
  phrase = phrase.replace(LIST_NUMBER, '');
  // 正极材料、负极材料、电解液、隔膜等配套企业: a list of kinds before 等 names what the head noun after it counts.
  const etc = phrase.lastIndexOf('等');
  if (etc > 0 && phrase.lastIndexOf('、', etc) >= 0 && phrase.length - etc - 1 >= 2) phrase = phrase.slice(etc + 1);
  phrase = phrase.replace(LEADING, '');
  if (PLACE_AT_START.test(phrase) && phrase.replace(PLACE_AT_START, '').length >= 2) phrase = phrase.replace(PLACE_AT_START, '');
  if (TOWN_AT_START.test(phrase) && phrase.replace(TOWN_AT_START, '').length >= 2) phrase = phrase.replace(TOWN_AT_START, '');
  // A change is named by what changes (产值增长11.3% → 产值, 收入同比增长9% → 收入); nothing may name it (，增长11.3%).
  const read = (metric: string | null, list: readonly string[] = []): MetricRead => ({ metric, change: growth, respectively: list, from, bare });
  if (!phrase) return read(null);
  if (FROM.test(phrase)) return NOTHING(from); // 由400亿元增长到…: a starting value, not a figure of its own
  // A digit leaves a clause, not a noun — unless it is part of a name like 5G (新建5G基站).
  if (phrase.length > MAX_METRIC || /\d/.test(phrase.replace(ALNUM_NAME, ''))) return growth ? read(null) : NOTHING(from);
  if (!growth) {
    const lead = leadingChange(phrase); // 减少二氧化碳排放约300万吨: the verb opens the phrase
    if (lead) return { metric: lead.rest, change: lead.change, respectively: [], from, bare: false };
  }
  if (respectively) {
    const list = phrase.split(LIST_JOINT).filter((p) => p.length >= 2);
    if (list.length >= 2) return read(list[0]!, list);
  }
  return read(phrase);
}
