/**
 * extract/dates: date expressions resolved against the document's dateline and publication date.
 * A month-day without a year stays `--MM-DD` unless `published` gives the year; 昨日 needs
 * `published`; 近日 / 日前 (recently) resolve to null.
 */
import type { DocMeta, Mention } from '../analysis/schema.ts';
import { charTable, has, matchesAt, positionsOf, sticky } from './sticky.ts';

/** A date expression and what it resolves to. */
export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `YYYY-MM-DD`, `--MM-DD`, or null (vague or unresolvable). */
  readonly date: string | null;
  readonly kind: 'full' | 'month-day' | 'day' | 'relative' | 'vague';
}

/**
 * 2024年9月25日 (full), 9月25日 (month-day), 7日 + 上午/下午/晚 (day of the dateline's month),
 * 昨日/昨天 (yesterday), 今日/今天 (today), 近日/日前/近期 (recently). `讯` after a date marks a
 * dateline but is not part of it.
 */
const DATE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]|(?<![\d月])(\d{1,2})日(?=上午|下午|晚|早|凌晨|中午|[，,])|(昨日|昨天|今日|今天|前日)|(近日|日前|近期)/g;

/** Where a DATE match can start: a digit, or the first character of 昨日 今天 前日 近日 日前 …. */
const DATE_START = charTable(['0123456789', '昨今前近日']);
const DATE_AT = sticky(DATE);
/** The characters one of which a DATE match starting at a digit holds 1 to 4 characters later (2024年, 9月, 7日). */
const DATE_UNIT = charTable(['年月日']);

/**
 * The positions where a DATE match can start, ascending: 昨今前近日, and each digit with 年, 月 or 日
 * within the 4 characters after it (most digits in news are figures: 50亿元, 2.3%).
 */
function dateStarts(text: string): number[] {
  const out: number[] = [];
  for (const p of positionsOf(text, DATE_START)) {
    const c = text.charCodeAt(p);
    if (c < 0x30 || c > 0x39) out.push(p);
    else for (let k = p + 1; k <= p + 4 && k < text.length; k++) if (has(DATE_UNIT, text.charCodeAt(k))) {
      out.push(p);
      break;
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function shift(iso: string, days: number): string {
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every date expression of `text`, resolved. */
export function findDates(text: string, meta: Pick<DocMeta, 'dateline' | 'published'>): DateHit[] {
  const out: DateHit[] = [];
  const published = /^\d{4}-\d{2}-\d{2}/.test(meta.published ?? '') ? meta.published! : null;
  let anchorMonth: number | null = meta.dateline ? Number(meta.dateline.slice(-5, -3)) : null;
  for (const m of matchesAt(DATE_AT, text, dateStarts(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[2]) {
      const [mo, d] = [Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      anchorMonth = mo;
      const year = m[1] ? m[1] : yearFor(mo, d, meta.dateline, published);
      out.push({ start, end, text: m[0], kind: m[1] ? 'full' : 'month-day', date: year ? `${year}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` });
    } else if (m[4]) {
      const d = Number(m[4]);
      if (d < 1 || d > 31 || anchorMonth === null) continue;
      const year = yearFor(anchorMonth, d, meta.dateline, published);
      out.push({ start, end, text: m[0], kind: 'day', date: year ? `${year}-${pad(anchorMonth)}-${pad(d)}` : `--${pad(anchorMonth)}-${pad(d)}` });
    } else if (m[5]) {
      const delta = m[5].startsWith('昨') ? -1 : m[5] === '前日' ? -2 : 0;
      out.push({ start, end, text: m[0], kind: 'relative', date: published ? shift(published, delta) : null });
    } else {
      out.push({ start, end, text: m[0], kind: 'vague', date: null });
    }
  }
  return out;
}

/** The year of a month-day: the dateline's when it is that day, else the publication year. */
function yearFor(mo: number, d: number, dateline: string | null, published: string | null): string | null {
  if (dateline && /^\d{4}/.test(dateline) && dateline.endsWith(`-${pad(mo)}-${pad(d)}`)) return dateline.slice(0, 4);
  if (!published) return null;
  const py = Number(published.slice(0, 4));
  // A date after the publication day belongs to the year before (a December story published in January).
  const after = mo * 100 + d > Number(published.slice(5, 7)) * 100 + Number(published.slice(8, 10));
  return String(after ? py - 1 : py);
}

/** Date mentions (`type: 'date'`, key = the resolved date). */
export function dateMentions(hits: readonly DateHit[]): Mention[] {
  return hits.map((h) =>
    h.date
      ? { type: 'date', text: h.text, start: h.start, end: h.end, kind: h.kind, key: h.date, rule: `date.${h.kind}` }
      : { type: 'date', text: h.text, start: h.start, end: h.end, kind: h.kind, rule: `date.${h.kind}` },
  );
}
