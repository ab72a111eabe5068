/**
 * metadata/metadata: read title, outlet, reporters, published and the story's date from the
 * clean text plus hints (HTML/container title and time, info-bar fields from the boilerplate pass).
 */
import type { DocMeta } from '../analysis/schema.ts';
import { agencyCredit, bracketCredits, closingCredit, datelineOutlet, reportedFromCredit, researchOutlet, splitNames } from './credits.ts';
import { sameDayYear, signatureDate, storyDate, toIsoPublished } from './dates.ts';
import { BRACKETED_LINE, BYLINE_LINE, BYLINE_LINES, MAX_TITLE, PUBLISHED_KEYS, SHARE_BYLINE_LINE, TITLE_LABEL } from './constants.ts';

/** What the pipeline knows besides the text. */
export interface MetadataHints {
  /** Fields from info bars (发布时间, 来源, 编辑, 作者 ...) found by the boilerplate pass. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Title/published from HTML or the container. */
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
}

/** How many body lines form the dateline region (outlet, credits, story date). */
const DATELINE_LINES = 2;
/** How many characters of a body line the story date is looked for in. */
const DATELINE_CHARS = 120;

/** A body line: long, punctuated prose that is not a bracketed caption. */
function isBody(line: string): boolean {
  const t = line.trim();
  return t.length >= 30 && /[，,。；]/.test(t) && !BRACKETED_LINE.test(t);
}

/**
 * The first lines of `text` (as `text.split('\n')` gives them) that pass `keep`, at most `max`:
 * only the head of a long text is read when the fields live there.
 */
function linesWhere(text: string, keep: (line: string) => boolean, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < max) {
    const nl = text.indexOf('\n', start);
    const line = nl < 0 ? text.slice(start) : text.slice(start, nl);
    if (keep(line)) out.push(line);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const ANY_LINE = (): boolean => true;
const NOT_BLANK = (line: string): boolean => line.trim() !== '';

/** Whether a line reads as a headline: short, not closed by sentence punctuation. */
function isHeadline(line: string): boolean {
  return line.length <= MAX_TITLE && !/[。！？]$/.test(line);
}

/** Least share of the longer headline's characters two copies of one headline have in common. */
const SAME_HEADLINE_SHARE = 0.6;

/** Whether two lines are copies of one headline, one of them damaged (轴挟a业 / 轴承产业): most characters shared. */
function sameHeadline(a: string, b: string): boolean {
  const pool = [...b];
  let shared = 0;
  for (const ch of a) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return shared >= SAME_HEADLINE_SHARE * Math.max([...a].length, [...b].length);
}

/** The title: the hint, else the first line (labels such as 摘要: stripped) when headline-like, else its first sentence. */
function readTitle(text: string, hint: string | undefined): string | null {
  if (hint?.trim()) return hint.trim().replace(TITLE_LABEL, '');
  const [line, next] = linesWhere(text, NOT_BLANK, 2).map((l) => l.trim());
  let first = line?.replace(TITLE_LABEL, '');
  if (!first) return null;
  // A labelled copy of the headline (摘要:…) over the headline itself: the headline is the page's own.
  if (first !== line && next && isHeadline(next) && sameHeadline(first, next)) first = next;
  if (isHeadline(first)) return first;
  const sentence = /^[^。！？]{4,80}[。！？]/.exec(first)?.[0];
  return sentence ?? null;
}

/** Fewest characters an outlet's name has: a single character left of a mojibake'd 来源 (`站`) names none. */
const MIN_OUTLET_CHARS = 2;

/** The outlet a 来源 field names, or undefined when too little of it is left to name one. */
function sourceField(value: string | undefined): string | undefined {
  return value !== undefined && [...value.trim()].length >= MIN_OUTLET_CHARS ? value : undefined;
}

/**
 * Read the document's metadata from its clean text and hints.
 * @example extractMetadata('标题\n随州日报讯(记者 张三)2月16日,会议召开。').dateline // '--02-16'
 */
export function extractMetadata(text: string, hints: MetadataHints = {}): DocMeta {
  const fields = hints.fields ?? {};
  const region = linesWhere(text, isBody, DATELINE_LINES);

  // A share page's byline (`赣南日报  2025-07-15 08:30  发表于江西`) gives the publish time after the hint and the info bar.
  const share = linesWhere(text, ANY_LINE, BYLINE_LINES).map((l) => SHARE_BYLINE_LINE.exec(l)?.groups).find(Boolean);
  const published =
    toIsoPublished(hints.published) ?? toIsoPublished(PUBLISHED_KEYS.map((k) => fields[k]).find(Boolean)) ?? toIsoPublished(share?.time);

  // A byline line under the headline (`某某网 研究员 张三`).
  const byline = linesWhere(text, ANY_LINE, BYLINE_LINES).map((l) => BYLINE_LINE.exec(l)?.groups).find(Boolean);

  // Outlet: a dateline, else a byline line, else the 来源 field, else a research-outlet lead.
  const dateline = region.map(datelineOutlet).find((d) => d !== null) ?? null;
  // (中央社记者某某厦门9日专电): an agency's credit names the outlet and the reporters at once.
  const agency = region.map(agencyCredit).find((a) => a !== null) ?? null;
  const outlet =
    dateline?.outlet ?? agency?.outlet ?? byline?.outlet ?? share?.outlet ?? sourceField(fields['来源']) ?? researchOutlet(linesWhere(text, isBody, Infinity).join('\n')) ?? null;

  // Reporters: bracketed credits in the dateline region, a byline line, then credit fields.
  const credits = bracketCredits(region.join('\n'));
  const reporters = [
    ...new Set([...credits.reporters, ...splitNames(byline?.names ?? ''), ...splitNames(fields['记者'] ?? '')]),
  ];
  // 【某报讯】记者王某某合肥报道: an unbracketed credit with the place reported from.
  if (reporters.length === 0) reporters.push(...(region.map((l) => reportedFromCredit(l, text)).find((r) => r.length > 0) ?? []));
  if (reporters.length === 0 && agency) reporters.push(...agency.reporters);
  // A broadcast transcript credits its reporters in a closing line: (记者 赵某婷 杨某 某台报道).
  if (reporters.length === 0) reporters.push(...closingCredit(text, BRACKETED_LINE));
  const correspondents = [...new Set([...credits.correspondents, ...splitNames(fields['通讯员'] ?? '')])];

  // Story date: the dateline region, first line first.
  let date: string | null = null;
  for (const line of region) {
    date = storyDate(line.slice(0, DATELINE_CHARS), published);
    if (date) break;
  }
  // An official notice states its date in the signature at the end.
  date ??= signatureDate(text);
  // A yearless story date takes the year the text writes that same day with (never a guessed one).
  if (date?.startsWith('--')) date = sameDayYear(text, date) ?? date;

  const extra: Record<string, string> = { ...fields };
  if (correspondents.length > 0) extra['通讯员'] = correspondents.join('、');
  return {
    title: readTitle(text, hints.title),
    outlet,
    reporters,
    published,
    dateline: date,
    extra,
  };
}
