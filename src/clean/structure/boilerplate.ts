/**
 * clean/structure/boilerplate: site boilerplate lines and blocks (breadcrumbs, publish/info bars,
 * share/print bars, comment counts, disclaimers, related-article lists, advertisements, contact and
 * copyright lines, credit-only trailers, navigation, leads that merely repeat the body).
 * Info bars and credit lines are parsed into fields (发布时间, 来源, 编辑, 作者, 记者 …) before
 * they are removed, so figures inside boilerplate never reach extraction but bylines are kept.
 */
import { EditBuilder, lineSpans, type PassResult } from '../../text/edits.ts';
import { classifyLine, endsSentence, lineInfo, type BoilerplateKind, type LineInfo } from './classify.ts';
import { compareKey } from './compare.ts';
import {
  AD_DATE_RANGE, AD_WORDS, BULLET_ITEM, LABELLED_HEADLINE, LEAD_LABEL, MORE_LINK, NOT_OUTLET_LABEL, PHONE,
  SIGNATURE_DATE_LINE, VENUE, YEAR,
} from './constants.ts';
import { parseFields } from './fields.ts';
import { lineCore } from './residue.ts';

export interface BoilerplateResult extends PassResult {
  /** Fields parsed from info bars and credit lines before removal: 发布时间, 来源, 编辑, 作者, 记者 ... */
  readonly fields: Readonly<Record<string, string>>;
}

/** Kinds whose lines are parsed into fields before removal. */
const FIELD_KINDS: ReadonlySet<BoilerplateKind> = new Set(['info-bar', 'editor']);

/** Longest line that can be an item of a related-article list. */
const MAX_ITEM = 90;
/** Longest line that can belong to an advertisement block. */
const MAX_AD_LINE = 40;
/** Score an advertisement block needs. */
const AD_THRESHOLD = 4;

/**
 * How strongly a line looks like a related-article item: 2 (bullet, "[详细]"), 1 (`outlet: headline`), 0.
 * Read through the line's core (residue.ts): jammer residue at its edges hides neither bullet nor label.
 */
function itemStrength(l: LineInfo): number {
  if (l.length === 0) return 0;
  const core = lineCore(l.text);
  const text = core.start === 0 && core.end === l.text.length ? l.text : l.text.slice(core.start, core.end);
  const length = text === l.text ? l.length : text.trim().length;
  if (length === 0 || length > MAX_ITEM || endsSentence(text)) return 0;
  // A "more" tail is read on the whole line: `>>` is as likely a jammer token as a link.
  if (core.bullet || BULLET_ITEM.test(text) || MORE_LINK.test(l.text)) return 2;
  const m = LABELLED_HEADLINE.exec(text);
  if (m && !NOT_OUTLET_LABEL.test(m[1])) return 1;
  return 0;
}

/** Mark runs of related-article items (blank lines inside a run are allowed); `strength[i]` = itemStrength(lines[i]). */
function markRelated(lines: readonly LineInfo[], strength: readonly number[], kinds: (BoilerplateKind | null)[]): void {
  let i = 0;
  while (i < lines.length) {
    if (strength[i] === 0) {
      i++;
      continue;
    }
    const run: number[] = [];
    let strong = 0;
    let j = i;
    for (; j < lines.length; j++) {
      if (lines[j].length === 0) continue;
      const s = strength[j];
      if (s === 0) break;
      run.push(j);
      if (s === 2) strong++;
    }
    const single = run.length === 1 && MORE_LINK.test(lines[run[0]].text);
    // `outlet: headline` lines alone are weaker evidence: they need a run of three in the second half.
    const weakRun = run.length >= 3 && lines[run[0]].position > 0.5;
    if ((run.length >= 2 && strong >= 1) || weakRun || single) for (const k of run) kinds[k] = 'related';
    i = j;
  }
}

// PHONE without the global flag, for a stateless test.
const PHONE_ONCE = new RegExp(PHONE.source);

/** Advertisement signals of a short line. */
function adScore(text: string): number {
  let s = 2 * (text.match(AD_WORDS)?.length ?? 0);
  if (AD_DATE_RANGE.test(text)) s += 2;
  else if (YEAR.test(text)) s += 1;
  if (VENUE.test(text)) s += 1;
  if (PHONE_ONCE.test(text)) s += 2;
  return s;
}

/** A bracketed reporters' credit closing a story, (记者 赵某 某台报道): never part of an advertisement. */
const CREDIT_LINE = /^\s*[(（]\s*(?:\S{0,4}记者|通讯员)[^()（）]*[)）]\s*$/;

/**
 * Mark blocks of short, unpunctuated lines after the body starts whose ad signals add up.
 * A reporters' credit and a notice's signature date end a block: the signature block above an
 * advertisement (附件 / issuer / 2024年5月20日) is the document's, not the ad's.
 */
function markAdvertisements(lines: readonly LineInfo[], strength: readonly number[], kinds: (BoilerplateKind | null)[]): void {
  const bodyStart = lines.findIndex((l) => l.sentenceLike);
  if (bodyStart < 0) return;
  // Lines already found to be other boilerplate end a block; a phone line (contact) may belong to it.
  const candidate = (l: LineInfo, k: number) =>
    l.length > 0 && l.length <= MAX_AD_LINE && !endsSentence(l.text) && !l.sentenceLike && !CREDIT_LINE.test(l.text) &&
    !SIGNATURE_DATE_LINE.test(l.text) &&
    (kinds[k] === null || kinds[k] === 'contact') && strength[k] < 2;
  let i = bodyStart + 1;
  while (i < lines.length) {
    if (!candidate(lines[i], i)) {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (lines[j].length === 0) continue;
      if (!candidate(lines[j], j)) break;
      run.push(j);
    }
    const score = run.reduce((s, k) => s + adScore(lines[k].text), 0);
    if (run.length >= 2 && score >= AD_THRESHOLD) for (const k of run) kinds[k] = 'advertisement';
    i = j;
  }
}

/** Mark labelled leads (导读/摘要: …) whose prose is repeated later in the document (jammer residue at the line's end aside). */
function markLeads(text: string, lines: readonly LineInfo[], kinds: (BoilerplateKind | null)[]): void {
  lines.forEach((l, i) => {
    if (kinds[i]) return;
    const m = LEAD_LABEL.exec(l.text);
    if (!m || m[0].trim().length === 0) return;
    // Compared through the line's core: jammer residue at its end would make the key differ from the body's.
    const core = lineCore(l.text);
    const content = l.text.slice(m[0].length, Math.max(m[0].length, core.end));
    const key = compareKey(content);
    // A headline-like label line (short, unpunctuated) is a title, not a lead: dedupe and metadata handle it.
    if (key.length < 20 || !/[，,。；;]/.test(content)) return;
    if (compareKey(text.slice(l.end)).includes(key)) kinds[i] = 'lead';
  });
}

/** A line opening with its 来源 (source) label. */
const SOURCE_LINE = /^\s*(?:文章|信息)?来源\s*[:：]/;

/**
 * Remove boilerplate; runs on normalized (Simplified, half-width) text.
 * @returns the text without boilerplate lines, one edit per line (`boilerplate:<kind>`), and the
 *   fields parsed from info bars and credit lines (first value of a label wins).
 * @example removeBoilerplate('首页 > 新闻 > 本地\n正文。').text // '正文。'
 */
export function removeBoilerplate(text: string): BoilerplateResult {
  const spans = lineSpans(text);
  const lines = spans.map((s, i) => lineInfo(s.start, s.end, s.text, i, spans.length));
  const kinds = lines.map(classifyLine);
  const strength = lines.map(itemStrength);
  markRelated(lines, strength, kinds);
  markAdvertisements(lines, strength, kinds);
  markLeads(text, lines, kinds);

  const fields: Record<string, string> = {};
  let sourceLine = false; // the 来源 field came from a line of its own (来源:某报 …), not from a site's bar
  const b = new EditBuilder(text);
  lines.forEach((l, i) => {
    const kind = kinds[i];
    if (!kind) return;
    if (FIELD_KINDS.has(kind)) {
      for (const [k, v] of Object.entries(parseFields(l.text))) {
        // A line of its own opening with 来源 names the story's source; a site's bar before it (发布时间 … 来源:某某网
        // 关注度 …) names the host that carries it.
        const own = k === '来源' && SOURCE_LINE.test(l.text);
        if (!(k in fields) || (own && !sourceLine)) fields[k] = v;
        if (own) sourceLine = true;
      }
    }
    // The line and its line break go; a last line takes the break before it instead.
    const end = l.end < text.length ? l.end + 1 : l.end;
    const start = end === l.end && l.start > 0 && !kinds[i - 1] ? l.start - 1 : l.start;
    b.remove(start, end, `boilerplate:${kind}`);
  });
  return { ...b.finish(), fields };
}
