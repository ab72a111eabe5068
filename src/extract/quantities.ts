/**
 * extract/quantities: figures of the story — value, unit, qualifier, metric, scope, year.
 *
 * 1. find number + unit runs (QUANTITY): Arabic or Chinese numerals, ranges, 多/余, 万/亿 kept in the unit;
 * 2. skip codes, ordinals, dates and words that only contain a numeral (统一, 第一);
 * 3. name the metric after a classifier (`2家示范区`) or before the number (`关联企业240家`), and read a
 *    change written before it (`产值同比增长12%` → 产值, 同比增长; quantities/change); a bare change right after a
 *    level (`产值1680亿元，增长8.7%`) is about that level's metric; 分别 shares one change among listed metrics;
 * 4. scope from entity mentions of the same sentence (region, industry, park), year when stated;
 * 5. the cells of a table flattened to lines, named and measured by their column's header (quantities/table).
 * Lines that look like lists of headlines are skipped (no clause punctuation, next to another such line;
 * or under a 相关阅读-like header).
 */
import type { Mention, QuantityFact } from '../analysis/schema.ts';
import type { ExtractContext, Span, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { BY_YEAR, CLASSIFIERS, CODE_BEFORE, HEADLINE_LINE, QUALIFIER_BEFORE, QUANTITY, RANK_BEFORE, RELATED_HEADER, RELATIVE_YEAR, TARGET, WORD_BEFORE_CN, WORD_BEFORE_YUE, YEAR } from './quantities/lexicon.ts';
import { isChineseNumeral, parseNumeral } from './quantities/numerals.ts';
import { metricAfter, metricBefore, type MetricRead } from './quantities/metric.ts';
import { tableFigures, type TableFigure } from './quantities/table.ts';
import { charTable, matchAllOf, matchesAt, positionsOf, sticky } from './sticky.ts';

const RULE = 'quantity.number-unit';
const TABLE_RULE = 'quantity.table-cell';
/** Qualifiers of a threshold (over): 超, 超过, 逾, 突破. */
const THRESHOLD_QUALIFIER = /^(?:超过?|逾|突破)$/;
// 出口 (export) followed by a list of places ending in 等 right before the number: 出口欧美、东南亚等.
const EXPORT_LIST = /出口[^，,。；;]*、[^，,。；;]*等$/;
/**
 * Where a figure can start (QUANTITY's lookahead): the first character of a qualifier (将近, 超过 …),
 * an Arabic digit or a Chinese numeral (零〇一二两三四五六七八九十百千, 万 for 近万家).
 */
const FIGURE_START = charTable([...QUALIFIER_BEFORE.split('|').map((w) => w[0]!), '0123456789', '零〇一二两三四五六七八九十百千万']);
const QUANTITY_AT = sticky(QUANTITY);
/** Metrics listed before 分别 and the change they share, handed out to the figures that follow in turn. */
interface Shared {
  readonly metrics: readonly string[];
  readonly change: string;
  next: number;
  end: number;
}
/** What joins the figures shared by 分别 (12%和15%, 12%、15%). */
const LIST_JOINT_AT = /^[和与及、，,]$/;
/** Percentage points, written after 个 (2个百分点). */
const POINTS = '百分点';
/** A comma alone between a level and the change clause after it. */
const JUST_COMMA = /^[，,]$/;

/** Quantities of a clean text: one fact and one mention per figure, in text order. */
export function extractQuantities(ctx: ExtractContext, found: Found): StageResult<QuantityFact> {
  const { text } = ctx;
  const facts: QuantityFact[] = [];
  const mentions: Mention[] = [];
  const skipLines = headlineListLines(text);
  let cutsAll: Int32Array | undefined; // sorted mention ends, built at the first figure that needs them
  const dateYear = yearOf(ctx.meta.dateline ?? ctx.meta.published);
  const scopes = new Map<Span, QuantityFact['scope']>(); // one scope per sentence
  let sentenceIx = 0;
  let floor = 0; // a metric never reaches back over the previous figure
  let level: { metric: string; end: number } | null = null; // the last level figure, which a bare change after it is about
  let shared: Shared | null = null; // 分别: metrics still to hand out

  for (const m of matchesAt(QUANTITY_AT, text, positionsOf(text, FIGURE_START))) {
    const g = m.groups!;
    // 签约两个项目, 节约30%: a 约 that closes a word is no qualifier (about); the figure starts at its number.
    const wordYue = g.q === '约' && WORD_BEFORE_YUE.test(text[m.index - 1] ?? '');
    const q = wordYue ? undefined : g.q;
    const start = m.index + (wordYue ? 1 : 0);
    // 提高2个百分点: percentage points, a unit of their own, read here (one more unit in QUANTITY costs every
    // figure's match ~10 % of the stage's CPU).
    const points = g.u === '个' && !g.p && text.startsWith(POINTS, m.index + m[0].length);
    const end = m.index + m[0].length + (points ? POINTS.length : 0);
    if (!g.n && !(g.s === '万' && q)) continue; // a bare unit; 近万家 counts, 超亿元项目 is a class of projects
    const numStart = start + (q?.length ?? 0);
    if (inSpans(skipLines, start)) continue;
    const cn = g.n ? isChineseNumeral(g.n) : false;
    const before = text[(q ? start : numStart) - 1] ?? '';
    if (g.n && !cn && CODE_BEFORE.test(before)) continue;
    if (cn && !q && WORD_BEFORE_CN.test(before)) continue;
    if (g.n && !cn && g.n.replace('.', '').length >= 7 && !g.s) continue; // phone numbers, ids
    const value = g.n ? parseNumeral(g.n) : 1;
    if (value === null) continue;
    if (g.u === '个' && (text[end] === '月' || text.startsWith('工作日', end))) continue; // 10个月, 5个工作日: a duration
    const unit = points ? POINTS : (g.s ?? '') + g.u!.replace('％', '%');
        // Chinese single digits with a classifier are mostly words (一家, 两个): keep only before a counted noun.
    const after = CLASSIFIERS.has(g.u!) && !points ? metricAfter(text, end, text[start - 1] === '等') : null;
    if (cn && value < 10 && !g.s && !after && !points) continue;
    // 其中一家深圳服务器企业: a bare 一 before a classifier is an article (a, one of), not a count.
    if (g.n === '一' && !q && !g.s && !g.a && !g.b && after) {
      floor = end + after.length; // what follows is the article's noun's own figure (一家企业投资35亿元 → 投资)
      continue;
    }
    while (sentenceIx < ctx.sentences.length - 1 && ctx.sentences[sentenceIx]!.end <= start) sentenceIx++;
    const sentence = ctx.sentences[sentenceIx] ?? { start: 0, end: text.length };
    // 首个超千亿元的产业: a qualified figure before 的 sets a threshold of a class, it counts nothing.
    if (q && THRESHOLD_QUALIFIER.test(q) && text[end] === '的') {
      floor = end;
      continue;
    }
    const head = text.slice(sentence.start, start);
    if (TARGET.test(head) || byLaterYear(text.slice(deadlineFrom(text, sentence.start), start), dateYear)) {
      floor = end;
      continue;
    }
    // 排名较上季度上升5位, 排名后五位: places in a ranking, not people counted in 位.
    if (g.u === '位' && RANK_BEFORE.test(text.slice(Math.max(sentence.start, numStart - 20), numStart))) continue;
    cutsAll ??= mentionEnds([found.regions.mentions, found.organizations.mentions, found.people.mentions]);
    const cuts = cutsBetween(cutsAll, sentence.start, start);
    const sharedNext: Shared | null = shared && shared.next < shared.metrics.length && LIST_JOINT_AT.test(text.slice(shared.end, start)) ? shared : null;
    const read: MetricRead | null = after || sharedNext ? null : metricBefore(text, Math.max(floor, sentence.start), start, cuts);
    let metric = after ?? (sharedNext ? sharedNext.metrics[sharedNext.next]! : read!.metric);
    const change = sharedNext ? sharedNext.change : (read?.change ?? null);
    if (after && /国家|地区/.test(after) && EXPORT_LIST.test(text.slice(Math.max(sentence.start, start - 30), start))) {
      metric = '出口' + after; // 出口欧美、东南亚等40多个国家和地区: the count of export markets
    }
    // 产值1680亿元，增长8.7%: a bare change right after a level is that level's change.
    if (read?.bare && level && level.end >= sentence.start && JUST_COMMA.test(text.slice(level.end, read.from))) metric = level.metric;
    floor = end + (after?.length ?? 0); // the next phrase starts after this figure and its noun
    if (sharedNext) {
      sharedNext.next++;
      sharedNext.end = end;
    } else {
      shared = read?.respectively.length && read.change ? { metrics: read.respectively, change: read.change, next: 1, end } : null;
    }
    if (!metric && !change) continue;
    level = change === null && metric ? { metric, end: floor } : null;
    const qualifier = q ?? g.a ?? g.b ?? g.p ?? null;
    const valueMax = g.x ? parseNumeral(g.x) : null;
    const fact: QuantityFact = {
      metric,
      change,
      value,
      ...(valueMax !== null ? { valueMax } : {}),
      unit,
      qualifier,
      scope: scopes.get(sentence) ?? setScope(scopes, sentence, scopeOf(found, sentence)),
      year: yearIn(text, sentence.start, start, dateYear),
      text: text.slice(start, end),
      start,
      end,
    };
    facts.push(fact);
    mentions.push({ type: 'quantity', text: text.slice(start, end), start, end, kind: unit, key: metric ?? change!, rule: RULE });
  }
  const cells = tableFigures(text);
  if (cells.length > 0) addTableCells(found, text, dateYear, cells, facts, mentions);
  return withoutHeadlineEchoes(text, ctx.meta.title, facts, mentions);
}

/** Add the figures of table cells (none inside a figure already read) to facts and mentions, kept in text order. */
function addTableCells(found: Found, text: string, dateYear: number | null, cells: readonly TableFigure[], facts: QuantityFact[], mentions: Mention[]): void {
  for (const c of cells) {
    if (facts.some((f) => c.start < f.end && f.start < c.end)) continue;
    const scope = scopeOf(found, c.row);
    const fact: QuantityFact = {
      metric: c.metric,
      change: c.change,
      value: c.value,
      unit: c.unit,
      qualifier: null,
      scope,
      year: yearIn(text, c.row.start, c.start, dateYear),
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
    };
    facts.push(fact);
    mentions.push({ type: 'quantity', text: fact.text, start: c.start, end: c.end, kind: c.unit, key: c.metric ?? c.change!, rule: TABLE_RULE });
  }
  facts.sort((a, b) => a.start - b.start);
  mentions.sort((a, b) => a.start - b.start);
}

/** How far a headline's figure may be from the body's one it rounds (常州…突破八千亿元 for 8160亿元). */
const ECHO_TOLERANCE = 0.1;

/**
 * True when a headline figure and a body figure of equal value and unit are one fact written twice and the
 * body's reading is the one to keep: both changes or both levels, one metric ends the other, and the body's is
 * not the longer of two real nouns (准东年产 over 年产, 项目 over 签约项目, 产值增长16.8% over 产值…同比增长16.8%).
 */
function sameThing(head: QuantityFact, body: QuantityFact): boolean {
  if ((head.change === null) !== (body.change === null) || !head.metric || !body.metric) return false;
  if (!head.metric.endsWith(body.metric) && !body.metric.endsWith(head.metric)) return false;
  // The shorter metric names the fact (签约项目11个 over 企业签约项目11个 keeps the headline's), unless it is a
  // bare noun of two characters (项目 under 签约项目).
  return head.metric.length >= body.metric.length || head.metric.length <= 2;
}

/**
 * The figures without the headline's echoes: a headline figure with the unit of a body figure and a value
 * near it but not equal (突破八千亿元 over 8160亿元, 首破千亿元 over 1036亿元) is the body's fact, rounded; one of
 * equal value is the body's fact when their metrics are one (sameThing). Otherwise an equal value is kept: the
 * headline may be the one that names it well (签约项目28个 over 软件和信息服务项目28个).
 */
function withoutHeadlineEchoes(text: string, title: string | null, facts: QuantityFact[], mentions: Mention[]): StageResult<QuantityFact> {
  const titleEnd = title && text.startsWith(title) ? title.length : 0;
  if (titleEnd === 0 || !facts.some((f) => f.start < titleEnd)) return { facts, mentions };
  const body = facts.filter((f) => f.start >= titleEnd);
  const echo = (f: QuantityFact) =>
    f.start < titleEnd &&
    body.some((b) => b.unit === f.unit && (b.value === f.value ? sameThing(f, b) : Math.abs(b.value - f.value) <= ECHO_TOLERANCE * f.value));
  const kept = facts.filter((f) => !echo(f));
  if (kept.length === facts.length) return { facts, mentions };
  const starts = new Set(kept.map((f) => f.start));
  return { facts: kept, mentions: mentions.filter((m) => starts.has(m.start)) };
}

function setScope(cache: Map<Span, QuantityFact['scope']>, s: Span, scope: QuantityFact['scope']): QuantityFact['scope'] {
  cache.set(s, scope);
  return scope;
}

/** The ends of every mention of `lists`, sorted ascending (a view of a shared buffer: valid until the next call). */
/** Reused buffer of `mentionEnds` (grown as needed): a new typed array per document costs more than filling it. */
let endsBuffer = new Int32Array(256);

function mentionEnds(lists: readonly (readonly Mention[])[]): Int32Array {
  let n = 0;
  for (const l of lists) n += l.length;
  if (endsBuffer.length < n) endsBuffer = new Int32Array(Math.max(n, endsBuffer.length * 2));
  const ends = endsBuffer.subarray(0, n);
  let k = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) ends[k++] = l[i]!.end;
  return ends.sort();
}

/** Sorted mention ends in (from, to], by binary search. */
function cutsBetween(sorted: ArrayLike<number>, from: number, to: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]! <= to; i++) out.push(sorted[i]!);
  return out;
}

/** Region, industry and park named in the same sentence (the last one before the figure wins). */
function scopeOf(found: Found, s: Span): QuantityFact['scope'] {
  const pick = (ms: readonly Mention[], ok: (m: Mention) => boolean) => {
    let key: string | null = null;
    for (const m of ms) if (m.start >= s.start && m.end <= s.end && ok(m)) key = m.key ?? m.text;
    return key;
  };
  return {
    region: pick(found.regions.mentions, () => true),
    industry: pick(found.industries.mentions, () => true),
    park: pick(found.organizations.mentions, (m) => m.kind === 'park'),
  };
}

/** RELATIVE_YEAR's words and offsets, in its order (listed once, not per figure). */
const RELATIVE_YEARS = Object.entries(RELATIVE_YEAR);

/** The year a figure is stated for: 2025年 in the sentence before it, or 去年/今年 against the dateline year. */
function yearIn(text: string, from: number, to: number, dateYear: number | null): number | null {
  const head = text.slice(from, to);
  let year: number | null = null;
  YEAR.lastIndex = 0;
  for (const m of matchAllOf(YEAR, head)) year = Number(m[1]);
  if (year !== null || dateYear === null) return year;
  for (const [w, d] of RELATIVE_YEARS) if (head.includes(w)) return dateYear + d;
  return null;
}

/** Where a deadline can govern a figure from: the sentence start, or the start of the clauses it shares (；) with earlier ones. */
function deadlineFrom(text: string, from: number): number {
  let i = from;
  while (i > 0 && (text[i - 1] === '；' || text[i - 1] === ';')) {
    i--;
    while (i > 0 && !'。！？!?；;\n'.includes(text[i - 1]!)) i--;
  }
  return i;
}

/** True when `head` opens a clause with a deadline later than the story's year (到2027年 in a 2025 story): a target. */
function byLaterYear(head: string, storyYear: number | null): boolean {
  if (storyYear === null || !head.includes('年')) return false;
  BY_YEAR.lastIndex = 0;
  for (const m of matchAllOf(BY_YEAR, head)) if (Number(m[1]) > storyYear) return true;
  return false;
}

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})-/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** Spans of lines that look like a list of headlines: a punctuation-free line next to another one, or lines under a related-links header. */
function headlineListLines(text: string): Span[] {
  const lines: { span: Span; bare: boolean }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    lines.push({ span: { start, end: start + line.length }, bare: t !== '' && HEADLINE_LINE.test(t) });
    start += line.length + 1;
  }
  const out: Span[] = [];
  // Lines under a related-links header, up to the next line with a full stop.
  let underHeader = false;
  for (const l of lines) {
    const t = text.slice(l.span.start, l.span.end).trim();
    if (underHeader && t.includes('。')) underHeader = false;
    if (underHeader) out.push(l.span);
    if (RELATED_HEADER.test(t)) underHeader = true;
  }
  const nonEmpty = lines.filter((l) => l.span.end > l.span.start && text.slice(l.span.start, l.span.end).trim());
  for (let i = 0; i < nonEmpty.length; i++) {
    const l = nonEmpty[i]!;
    if (l.bare && (nonEmpty[i - 1]?.bare || nonEmpty[i + 1]?.bare)) out.push(l.span);
  }
  return out;
}

function inSpans(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}
