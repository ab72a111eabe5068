/**
 * The change of a quantity: the words written right before a figure saying it is a change, not a
 * level — 增长12% (growth), 同比下降3% (year on year), 比上年增加17家, 增速达8%, 提高2个百分点 —
 * normalized to the small set of QUANTITY_CHANGE (analysis/schema.ts). A level reached after a change word (增长到400亿元,
 * 提高到55%) is not a change: quantities/lexicon.ts TRAILING strips those words before this is asked.
 */

/**
 * Directions as written → normalized, longest first: 增长 (grow; also 增速/增幅 rate of growth, 上涨),
 * 下降 (fall; also 下滑, 回落, 降幅), 提高 (rise; also 提升, 上升), 降低 (lower), 增加 (increase by), 减少 (decrease by).
 * 增 alone (年增7.2%, 同比增12%) is read only after a comparator or 年.
 */
const DIRECTIONS: readonly (readonly [string, string])[] = [
  ['增长', '增长'], ['增速', '增长'], ['增幅', '增长'], ['上涨', '增长'],
  ['下降', '下降'], ['下滑', '下降'], ['回落', '下降'], ['降幅', '下降'],
  ['提高', '提高'], ['提升', '提高'], ['上升', '提高'],
  ['降低', '降低'], ['增加', '增加'], ['减少', '减少'],
];

/**
 * Comparators written before a direction → normalized prefix, longest first: 同比 and its long forms
 * (比上年 / 较去年同期 …: against the same period of last year), 环比 (against the previous period:
 * 比上月, 较上季度), 年均 (average per year), 年 (年增: yearly, no prefix).
 */
const COMPARATORS: readonly (readonly [string, string])[] = [
  ['比去年同期', '同比'], ['较去年同期', '同比'], ['比上年同期', '同比'], ['较上年同期', '同比'],
  ['比上季度', '环比'], ['较上季度', '环比'], ['比上月', '环比'], ['较上月', '环比'],
  ['比上年', '同比'], ['较上年', '同比'], ['比去年', '同比'], ['较去年', '同比'],
  ['同比', '同比'], ['环比', '环比'], ['年均', '年均'],
];

/** 分别 (respectively): one change word shared by a list of metrics and a list of figures (产值和税收分别增长12%和15%). */
const RESPECTIVELY = '分别';

/** A change read off the end of a noun phrase. */
export interface ChangeRead {
  /** The normalized change (matches QUANTITY_CHANGE of analysis/schema.ts). */
  readonly change: string;
  /** The phrase before the change words. */
  readonly rest: string;
  /** True when 分别 was written: the change is shared by several metrics and figures. */
  readonly respectively: boolean;
}

/**
 * The change words at the end of `phrase`, or null.
 * @example readChange('营业收入同比增长') // { change: '同比增长', rest: '营业收入', respectively: false }
 */
export function readChange(phrase: string): ChangeRead | null {
  let p = phrase.endsWith('了') ? phrase.slice(0, -1) : phrase;
  let direction: string | null = null;
  for (const [w, n] of DIRECTIONS) {
    if (p.endsWith(w)) {
      direction = n;
      p = p.slice(0, -w.length);
      break;
    }
  }
  // 增 alone: only 年增 / 同比增 (a bare 增 ends many nouns: 新增, 增).
  const bareZeng = direction === null && p.endsWith('增');
  if (bareZeng) {
    direction = '增长';
    p = p.slice(0, -1);
  }
  if (direction === null) return null;
  let respectively = false;
  if (p.endsWith(RESPECTIVELY)) {
    respectively = true;
    p = p.slice(0, -RESPECTIVELY.length);
  }
  let prefix = '';
  for (const [w, n] of COMPARATORS) {
    if (p.endsWith(w)) {
      prefix = n;
      p = p.slice(0, -w.length);
      break;
    }
  }
  if (bareZeng && !prefix) {
    if (!p.endsWith('年')) return null;
    p = p.slice(0, -1); // 年增7.2%: grew by 7.2 % over the year
  }
  if (!respectively && p.endsWith(RESPECTIVELY)) {
    respectively = true; // 同比分别增长 and 分别同比增长 both
    p = p.slice(0, -RESPECTIVELY.length);
  }
  return { change: prefix + direction, rest: p, respectively };
}

// A change verb opening a metric phrase, before what it changes (减少二氧化碳排放约300万吨, 提高生产效率30%);
// not 增加值 (value added, a noun) nor a level reached (提高到).
const LEADING_VERB = /^(增加|减少|提高|提升|降低)(?![值到至])/;

/**
 * A change verb written before what it changes, at the start of a metric phrase, or null.
 * @example leadingChange('减少二氧化碳排放') // { change: '减少', rest: '二氧化碳排放', respectively: false }
 */
export function leadingChange(phrase: string): ChangeRead | null {
  const m = LEADING_VERB.exec(phrase);
  if (!m || phrase.length - m[0].length < 2) return null;
  const direction = DIRECTIONS.find(([w]) => w === m[1])![1];
  return { change: direction, rest: phrase.slice(m[0].length), respectively: false };
}

/**
 * The change named by a table column's header (同比增长(%), 增速(%)), or null.
 * @example changeOfColumn('同比增长') // '同比增长'
 */
export function changeOfColumn(name: string): string | null {
  const r = readChange(name);
  return r && r.rest === '' ? r.change : null;
}
