/**
 * clean/noise/jammer: anti-scraping jammer strings of ASCII noise.
 *
 * Some sites sprinkle random short ASCII tokens between sentences or at line edges to spoil copies:
 * `; x/ \`# V; F0 A#`, `8 N. s+ e, P0 X`. Every printable-ASCII stretch of a line is split into
 * space-separated tokens; runs of consecutive short tokens (1–3 letters, digits, symbols) are scored
 * (symbol token 1, letter+digit token 0.5, lone letter or digit 0.25) and removed when they are at
 * least JAMMER_MIN_TOKENS long, score JAMMER_MIN_SCORE on average, hold two symbol tokens and one of
 * the symbols is a strong one (`#$%&*+/\~|^@[]{}'"`…). Words, URLs, e-mails, model numbers (CR929),
 * `5G`, dates (2021.5.19-22) and numbers with units are tokens longer than three characters or short
 * tokens without symbols, so they break or never reach a run. A line left empty (or holding only `|`)
 * is removed whole.
 */
import { EditBuilder, type LineSpan, type PassResult } from '../../text/edits.ts';
import {
  ASCII_SEGMENT,
  BAR_ONLY_LINE,
  JAMMER_MIN_SCORE,
  JAMMER_MIN_TOKENS,
  JAMMER_STRONG_SYMBOLS,
  JAMMER_SYMBOLS,
  JAMMER_TOKEN,
} from './constants.ts';

const REASON = 'jammer';

/** Quick pre-check: a strong jammer symbol somewhere, or a line holding only `|`. */
const PRECHECK = /[`#$%&*+/\\~|^@[\]{}'"]/;
/** PRECHECK, global: finds the lines worth reading (a line without such a symbol has no jammer). */
const PRECHECK_ALL = new RegExp(PRECHECK.source, 'g');

/** A number (with at most two letters: 5G) glued to the Han text after it starts that text (4月, 5G网络). */
const GLUED_START = /^\d+[A-Za-z]{0,2}$/;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Remove jammer strings.
 * @param text the pass input
 * @returns the text without jammer runs (and lines they emptied), edits with reason `jammer`
 * @example removeJammers('发展。* y* [7 }, Q: q3 s; g\n').text // '发展。\n'
 */
export function removeJammers(text: string): PassResult {
  if (!PRECHECK.test(text)) return { text, edits: [] };
  const b = new EditBuilder(text);
  for (const line of linesWithSymbols(text)) {
    const removed: [number, number][] = [];
    for (const seg of line.text.matchAll(ASCII_SEGMENT)) {
      // A run needs JAMMER_MIN_TOKENS space-separated tokens and a strong symbol.
      if (!hasSpaces(seg[0], JAMMER_MIN_TOKENS - 1) || !PRECHECK.test(seg[0])) continue;
      const base = line.start + seg.index;
      const next = line.text.charCodeAt(seg.index + seg[0].length);
      for (const [s, e] of jammerRuns(seg[0], next >= 0x3400 && next <= 0x9fff)) removed.push([base + s, base + e]);
    }
    if (removed.length === 0 && !(line.text.trim() === '|')) continue;
    if (lineLeftEmpty(text, line, removed)) {
      // Take the line with its break.
      const lineEnd = text.startsWith('\r\n', line.end) ? line.end + 2 : line.end < text.length ? line.end + 1 : line.end;
      b.remove(line.start, lineEnd, REASON);
      continue;
    }
    for (const [s, e] of removed) b.remove(s, e, REASON);
  }
  return b.finish();
}

/**
 * The lines (as `lineSpans` splits them: `\r\n`, `\n`, `\r`) that hold a PRECHECK symbol, in order: the
 * only lines that can hold a jammer run or be a `|`-only line.
 */
function* linesWithSymbols(text: string): Generator<LineSpan> {
  const re = new RegExp(PRECHECK_ALL);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    let start = at;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    yield { start, end, text: text.slice(start, end) };
    re.lastIndex = end + 1;
  }
}

/** Whether `s` holds at least `n` ASCII spaces. */
function hasSpaces(s: string, n: number): boolean {
  if (n <= 0) return true;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) if (--n === 0) return true;
  return false;
}

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Whether removing `removed` from the line leaves only spaces and `|`. */
function lineLeftEmpty(text: string, line: { start: number; end: number }, removed: readonly [number, number][]): boolean {
  let rest = '';
  let cursor = line.start;
  for (const [s, e] of removed) {
    rest += text.slice(cursor, s);
    cursor = e;
  }
  rest += text.slice(cursor, line.end);
  return BAR_ONLY_LINE.test(rest) && (removed.length > 0 || rest.includes('|'));
}

/**
 * Spans (in the segment) of jammer runs, with the spaces around them when they reach the segment edge.
 * @param hanAfter whether a Han character follows the segment right away
 */
function jammerRuns(seg: string, hanAfter: boolean): [number, number][] {
  const tokens: Token[] = [];
  for (const m of seg.matchAll(/\S+/g)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!JAMMER_TOKEN.test(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && JAMMER_TOKEN.test(tokens[j].text)) j++;
    // A last token of letters or digits glued to the text after the segment starts that text (`& ! 4月17日`: 4月).
    const gluedNext = hanAfter && j === tokens.length && j - i > 1 && tokens[j - 1].end === seg.length && GLUED_START.test(tokens[j - 1].text);
    const run = tokens.slice(i, gluedNext ? j - 1 : j);
    if (isJammer(run)) {
      let s = run[0].start;
      let e = run[run.length - 1].end;
      // At the segment edges the run takes the spaces between it and the Chinese text with it.
      if (i === 0) s = 0;
      if (j === tokens.length) e = gluedNext ? tokens[j - 1].start : seg.length;
      out.push([s, e]);
    }
    i = j;
  }
  return out;
}

/** Score a run of short tokens. */
function isJammer(run: readonly Token[]): boolean {
  if (run.length < JAMMER_MIN_TOKENS) return false;
  let score = 0;
  let symbolTokens = 0;
  let strong = false;
  for (const t of run) {
    let hasSymbol = false;
    let letters = 0;
    let digits = 0;
    for (const ch of t.text) {
      if (JAMMER_SYMBOLS.includes(ch)) {
        hasSymbol = true;
        if (JAMMER_STRONG_SYMBOLS.includes(ch)) strong = true;
      } else if (ch >= '0' && ch <= '9') digits++;
      else letters++;
    }
    if (hasSymbol) {
      score += 1;
      symbolTokens++;
    } else if (letters && digits) score += 0.5;
    else if (t.text.length <= 2) score += 0.25;
  }
  return strong && symbolTokens >= 2 && score / run.length >= JAMMER_MIN_SCORE;
}
