/**
 * metadata/dates: the published time (from hints or info-bar fields) and the story's own date.
 *
 * The story date is read from the start of the first body paragraph (the dateline region):
 * an explicit 2024年9月25日; else a month-day (`7月7日讯`, `2月16日,`), a day with a time of day
 * (`7日下午`) or a relative day (昨日). It is resolved against `published` when that is known
 * (昨日 = published − 1 day; `7日` = day 7 of published's month, or of the month before when that
 * would fall after published; a month-day takes published's year, or the year before when it would
 * fall after published). Without `published` a year is NEVER guessed, with one careful exception:
 * the same sentence names the current period with a year — `2024年第三季度` for a story dated
 * 9月25日 (the quarter of the story's month or the one just ended), `2024年上半年` in June–August,
 * `2024年下半年` in July–December; or an event of that sentence is named with its edition year
 * (`3月18日,2025合肥…产业生态大会`). Years in other sentences, in ads or related lists never count,
 * except the same day written with its year (`2024年5月20日` in a 导读 or a later sentence: sameDayYear).
 */
import {
  DATE_TIME, DAY_ONLY, EDITION_YEAR, FULL_DATE, MONTH_DAY, PERIOD_YEAR, RELATIVE_DAY, RELATIVE_OFFSET, SIGNATURE_DATE, WIRE_DATE,
} from './constants.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** A calendar day. */
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function valid(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function iso({ y, m, d }: Ymd): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function after(a: Ymd, b: Ymd): boolean {
  return a.y * 10000 + a.m * 100 + a.d > b.y * 10000 + b.m * 100 + b.d;
}

/**
 * Normalize a date-time string to ISO 8601 in China time (`2026-01-25T13:43:00+08:00`);
 * a date without a time stays a date (`2026-01-25`). Returns null when nothing parses.
 * @example toIsoPublished('2026-01-25 13:43') // '2026-01-25T13:43:00+08:00'
 */
export function toIsoPublished(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = DATE_TIME.exec(value);
  if (!m?.groups) return fromDateString(value);
  const { y, m: mo, d, H, M, S, tz } = m.groups;
  if (!valid(+mo, +d)) return null;
  const date = `${y}-${pad(+mo)}-${pad(+d)}`;
  if (H === undefined) return date;
  const zone = tz === undefined ? '+08:00' : tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
  return `${date}T${pad(+H)}:${M}:${S ?? '00'}${zone}`;
}

/** Other date strings (HTTP/RFC 2822 `Sat, 25 Jan 2026 05:43:00 GMT`) shifted to China time. */
function fromDateString(value: string): string | null {
  if (!/[A-Za-z]{3}/.test(value)) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t + 8 * 3600 * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

/** The calendar day of an ISO published value (its local date as written). */
function publishedDay(published: string | null): Ymd | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** The sentence (up to 。！？) around `index`. */
function sentenceAround(text: string, index: number): string {
  const from = Math.max(text.lastIndexOf('。', index), text.lastIndexOf('！', index), text.lastIndexOf('？', index)) + 1;
  const rest = text.slice(index).search(/[。！？]/);
  return text.slice(from, rest < 0 ? text.length : index + rest);
}

/** The year a current-period phrase in the story's sentence gives for a story in `month` (see the header). */
function periodYear(sentence: string, month: number): number | null {
  const m = PERIOD_YEAR.exec(sentence);
  if (!m?.groups) return null;
  const quarter = Math.ceil(month / 3);
  const { y, q, qq, half } = m.groups;
  const ok =
    q !== undefined ? [quarter, quarter - 1].includes(CN_DIGIT[q] ?? +q)
      : qq !== undefined ? [quarter, quarter - 1].includes(CN_DIGIT[qq])
        : half === '上' ? month >= 6 && month <= 8
          : month >= 7;
  return ok ? +y : null;
}

/** The edition year of an event named after the story's date in its sentence (EDITION_YEAR), or null. */
function editionYear(afterDate: string): number | null {
  // Only the rest of the date's sentence counts.
  const m = EDITION_YEAR.exec(afterDate.split(/[。！？]/, 1)[0]!);
  return m?.groups ? +m.groups.y : null;
}

/**
 * The year of a yearless story date (`--MM-DD`) when the text writes that same day with a year
 * (`2024年5月20日`, in a 导读 or a later sentence) and every such writing gives the same year; else null.
 * @example sameDayYear('导读:2024年5月20日,…\n5月20日,…', '--05-20') // '2024-05-20'
 */
export function sameDayYear(text: string, monthDay: string): string | null {
  const m = +monthDay.slice(2, 4);
  const d = +monthDay.slice(5, 7);
  let year: number | null = null;
  for (const f of text.matchAll(FULL_DATES)) {
    if (+f.groups!.m !== m || +f.groups!.d !== d) continue;
    if (year !== null && year !== +f.groups!.y) return null;
    year = +f.groups!.y;
  }
  return year === null ? null : iso({ y: year, m, d });
}
// FULL_DATE for matchAll.
const FULL_DATES = new RegExp(FULL_DATE.source, 'g');

/** A reference day for resolving partial dates: a year only when known. */
interface Ref {
  readonly y: number | null;
  readonly m: number;
  readonly d: number;
}

// Leap year used to do day arithmetic on a month-day without a year (so 2月29日 stays valid).
const ANY_LEAP_YEAR = 2000;

/** Format a resolved day: ISO date with a year, `--MM-DD` without. */
function show(day: Ymd, known: boolean): string {
  return known ? iso(day) : `--${pad(day.m)}-${pad(day.d)}`;
}

/** A month-day against a reference: its year, or the year before when it would fall after it. */
function resolveMonthDay(m: number, d: number, ref: Ref | null): string | null {
  if (!valid(m, d)) return null;
  if (!ref || ref.y === null) return `--${pad(m)}-${pad(d)}`;
  const same = { y: ref.y, m, d };
  const r = { y: ref.y, m: ref.m, d: ref.d };
  return iso(after(same, addDays(r, 1)) ? { y: ref.y - 1, m, d } : same);
}

/** A day of month against a reference: the reference month, or the month before when later. */
function resolveDay(d: number, ref: Ref): string | null {
  if (d < 1 || d > 31) return null;
  const y = ref.y ?? ANY_LEAP_YEAR;
  if (d <= ref.d) return show({ y, m: ref.m, d }, ref.y !== null);
  const prev = ref.m === 1 ? { y: y - 1, m: 12, d } : { y, m: ref.m - 1, d };
  return show(prev, ref.y !== null);
}

/** The first date expression of `text` resolved against `ref`; `periodYear` may date a bare month-day. */
function resolveFirst(text: string, ref: Ref | null): string | null {
  const full = FULL_DATE.exec(text);
  const md = MONTH_DAY.exec(text);
  const rel = RELATIVE_DAY.exec(text);
  const day = DAY_ONLY.exec(text);
  // The earliest date expression wins: datelines come first in a news paragraph.
  const candidates = [full, md, rel, day].filter((m): m is RegExpExecArray => m !== null);
  if (candidates.length === 0) return null;
  const first = candidates.reduce((a, b) => (b.index < a.index ? b : a));
  if (first === full) {
    const { y, m, d } = full.groups!;
    return valid(+m, +d) ? iso({ y: +y, m: +m, d: +d }) : null;
  }
  if (first === md) {
    const m = +md.groups!.m;
    const d = +md.groups!.d;
    if (ref?.y == null && valid(m, d)) {
      const y = periodYear(sentenceAround(text, md.index), m) ?? editionYear(text.slice(md.index + md[0].length));
      if (y) return iso({ y, m, d });
    }
    return resolveMonthDay(m, d, ref);
  }
  if (!ref) return null;
  if (first === rel) {
    const base = { y: ref.y ?? ANY_LEAP_YEAR, m: ref.m, d: ref.d };
    return show(addDays(base, RELATIVE_OFFSET[rel[0]] ?? 0), ref.y !== null);
  }
  return resolveDay(+day!.groups!.d, ref);
}

/**
 * The story's date from its dateline region (`region`, the first body paragraph), resolved
 * against `published` (ISO) when known; `YYYY-MM-DD`, `--MM-DD`, or null.
 * A wire dateline's own date (`株洲日报7月21日讯`) is the paper's date: a date right after it
 * (`(记者 …)7月20日,` / `7日下午` / `昨日`) is the story's, resolved against the dateline's date.
 * @example storyDate('长沙晚报7月7日讯 7日下午,…', null) // '--07-07'
 * @example storyDate('淮安日报讯:昨日,…', '2026-01-25T13:43:00+08:00') // '2026-01-24'
 */
export function storyDate(region: string, published: string | null): string | null {
  const pub = publishedDay(published);
  const wire = WIRE_DATE.exec(region);
  if (wire?.groups) {
    const own = resolveMonthDay(+wire.groups.m, +wire.groups.d, pub);
    if (!own) return null;
    const [, y, m, d] = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(own) ?? [];
    const ref: Ref = { y: y ? +y : null, m: +m, d: +d };
    // The opening after the dateline and its credit bracket, up to the first comma.
    const after = region.slice(wire.index + wire[0].length).replace(/^\s*[(（][^)）]{0,60}[)）]/, '');
    const opening = /^[^,，。]{0,20}/.exec(after)?.[0] ?? '';
    return resolveFirst(opening, ref) ?? own;
  }
  return resolveFirst(region, pub);
}

/** The last `n` lines of `text` (as `text.split('\n')` gives them), last first, without splitting all of it. */
function lastLines(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < n) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    out.push(text.slice(nl + 1, end));
    if (nl < 0) break;
    end = nl;
  }
  return out;
}

/**
 * A signature date closing an official notice (a line that is only `2024年4月15日`), or null.
 * @example signatureDate('…\n某市经济和信息化局\n2024年4月15日') // '2024-04-15'
 */
export function signatureDate(text: string): string | null {
  for (const line of lastLines(text.trimEnd(), 4)) {
    const m = SIGNATURE_DATE.exec(line);
    if (m?.groups && valid(+m.groups.m, +m.groups.d)) return iso({ y: +m.groups.y, m: +m.groups.m, d: +m.groups.d });
  }
  return null;
}
