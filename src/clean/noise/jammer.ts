/**
 * clean/noise/jammer: anti-scraping jammer strings of ASCII noise.
 *
 * Some sites sprinkle random short ASCII tokens between sentences or at line edges to spoil copies:
 * `; x/ \`# V; F0 A#`, `8 N. s+ e, P0 X`. Every printable-ASCII stretch of a line is split into
 * space-separated tokens; runs of consecutive short tokens (1–3 letters, digits, symbols) are scored
 * (symbol token 1, letter+digit token 0.5, lone letter or digit 0.25) and removed when they are at
 * least JAMMER_MIN_TOKENS long, score JAMMER_MIN_SCORE on average, hold two symbol tokens and one of
 * the symbols is a strong one (`#$%&*+/\~|^@[]{}'"`…) — or, for a stretch set off by spaces between two Han
 * characters and made of nothing but such a run (`市 e- V V_ 政府`), two symbol tokens of any kind. Words, URLs, e-mails, model numbers (CR929),
 * `5G`, dates (2021.5.19-22) and numbers with units are tokens longer than three characters or short
 * tokens without symbols, so they break or never reach a run. A line left empty (or holding only `|`)
 * is removed whole.
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';
import {
  BAR_ONLY_LINE,
  JAMMER_MIN_SCORE,
  JAMMER_MIN_TOKENS,
  JAMMER_STRONG_SYMBOLS,
  JAMMER_SYMBOLS,
  JAMMER_TOKEN,
} from './constants.ts';

const REASON = 'jammer';

/** A number (with at most two letters: 5G) glued to the Han text after it starts that text (4月, 5G网络). */
const GLUED_START = /^\d+[A-Za-z]{0,2}$/;

/** Quick pre-check: a jammer symbol somewhere (a strong one, or a weak one of a run between Han characters). */
const PRECHECK = /[`#$%&*+/\\~|^@[\]{};:'"!(),.\-=_<>?]/;

/**
 * What each code unit is to this pass (the text is read through this table, never through a regex):
 * printable ASCII (ASCII_SEGMENT) is a space, a letter or digit, or a symbol (JAMMER_SYMBOLS), a STRONG one
 * among them (JAMMER_STRONG_SYMBOLS); a CHECK symbol makes its line worth reading (PRECHECK); TOKEN marks the
 * characters a JAMMER_TOKEN is made of.
 */
const PRINTABLE = 1;
const SPACE = 2;
const DIGIT = 4;
const SYMBOL = 8;
const STRONG = 16;
const TOKEN = 32;
const CHECK = 64;
const KIND = new Uint8Array(0x80);
for (let c = 0x20; c <= 0x7e; c++) {
  const ch = String.fromCharCode(c);
  let kind = PRINTABLE;
  if (c === 0x20) kind |= SPACE;
  else if (JAMMER_TOKEN.test(ch)) kind |= TOKEN;
  if (ch >= '0' && ch <= '9') kind |= DIGIT;
  if (JAMMER_SYMBOLS.includes(ch)) kind |= SYMBOL;
  if (JAMMER_STRONG_SYMBOLS.includes(ch)) kind |= STRONG;
  if (PRECHECK.test(ch)) kind |= CHECK;
  KIND[c] = kind;
}

/** The KIND bits of a code unit (0 outside printable ASCII). */
function kindOf(code: number): number {
  return code < 0x80 ? KIND[code] : 0;
}

/**
 * Remove jammer strings.
 * @param text the pass input
 * @returns the text without jammer runs (and lines they emptied), edits with reason `jammer`
 * @example removeJammers('发展。* y* [7 }, Q: q3 s; g\n').text // '发展。\n'
 */
export function removeJammers(text: string): PassResult {
  // Only a line holding a PRECHECK symbol can hold a jammer run or be a `|`-only line.
  let at = nextCheck(text, 0);
  if (at < 0) return { text, edits: [] };
  const b = new EditBuilder(text);
  while (at >= 0) {
    let start = at;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    readLine(text, start, end, b);
    at = nextCheck(text, end + 1);
  }
  return b.finish();
}

/** Find the jammer runs of the line `[start, end)` and record their removal (or the whole line's). */
function readLine(text: string, start: number, end: number, b: EditBuilder): void {
  const removed: [number, number][] = [];
  // Each maximal stretch of printable ASCII (ASCII_SEGMENT).
  for (let s = start; s < end; ) {
    if (!(kindOf(text.charCodeAt(s)) & PRINTABLE)) {
      s++;
      continue;
    }
    let e = s;
    let spaces = 0;
    let strong = false;
    for (let k; e < end && (k = kindOf(text.charCodeAt(e))) & PRINTABLE; e++) {
      if (k & SPACE) spaces++;
      if (k & STRONG) strong = true;
    }
    // A run needs JAMMER_MIN_TOKENS space-separated tokens and a strong symbol, unless the stretch stands
    // between two Han characters set off by spaces (then weak symbols do, for a run that is the whole stretch).
    const next = e < end ? text.charCodeAt(e) : -1;
    const hanAfter = isHan(next);
    const between = !strong && hanAfter && s > start && isHan(text.charCodeAt(s - 1)) && text.charCodeAt(s) === 0x20 && text.charCodeAt(e - 1) === 0x20;
    if (spaces >= JAMMER_MIN_TOKENS - 1 && (strong || between)) {
      jammerRuns(text, e < end ? sentenceStart(text, s) : s, e, hanAfter, between, removed);
    }
    s = e;
  }
  if (removed.length === 0 && !isBarLine(text, start, end)) return;
  if (lineLeftEmpty(text, start, end, removed)) {
    // Take the line with its break.
    const lineEnd = text.startsWith('\r\n', end) ? end + 2 : end < text.length ? end + 1 : end;
    b.remove(start, lineEnd, REASON);
    return;
  }
  for (const [s, e] of removed) b.remove(s, e, REASON);
}

/**
 * Where the jammer part of the ASCII segment at `s` may start: after a `,` `;` or `:` glued to the Chinese
 * text before it and followed by a space, which is that sentence's own punctuation written half-width
 * (市领导李建国、杨晓梅, ~[ ; H Z 三江新区…: the comma stays between the names). Only for a segment with
 * text after it on its line: a jammer ending a line may itself open with a comma.
 */
function sentenceStart(text: string, s: number): number {
  const c = text.charCodeAt(s);
  const before = s > 0 ? text.charCodeAt(s - 1) : 0;
  const glued = (before >= 0x3400 && before <= 0x9fff) || (before >= 0x3000 && before <= 0x303f) || (before >= 0xff01 && before <= 0xff5e);
  return glued && (c === 0x2c || c === 0x3b || c === 0x3a) && text.charCodeAt(s + 1) === 0x20 ? s + 1 : s;
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Index of the first PRECHECK symbol at or after `from`, or -1. */
function nextCheck(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (kindOf(text.charCodeAt(i)) & CHECK) return i;
  return -1;
}

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Whether the line `[start, end)` is `|` with only white space around it. */
function isBarLine(text: string, start: number, end: number): boolean {
  const bar = text.indexOf('|', start);
  return bar >= 0 && bar < end && text.slice(start, end).trim() === '|';
}

/** Whether removing `removed` from the line `[start, end)` leaves only spaces and `|`. */
function lineLeftEmpty(text: string, start: number, end: number, removed: readonly [number, number][]): boolean {
  let rest = '';
  let cursor = start;
  for (const [s, e] of removed) {
    rest += text.slice(cursor, s);
    cursor = e;
  }
  rest += text.slice(cursor, end);
  return BAR_ONLY_LINE.test(rest) && (removed.length > 0 || rest.includes('|'));
}

/**
 * Push the spans of the jammer runs of the ASCII segment `[segStart, segEnd)`: its tokens are its
 * space-separated parts, a run is a stretch of consecutive short tokens (JAMMER_TOKEN: at most three
 * characters) judged by `closeRun`; a run reaching a segment edge takes the spaces up to that edge.
 * @param hanAfter whether a Han character follows the segment right away
 * @param between whether the segment stands between two Han characters, set off by spaces, with no strong
 *   symbol: a run of weak symbols counts only when it is the whole segment
 */
function jammerRuns(text: string, segStart: number, segEnd: number, hanAfter: boolean, between: boolean, out: [number, number][]): void {
  const run: Run = { tokens: 0, start: 0, end: 0, atStart: false, score: 0, symbolTokens: 0, strong: false, lastStart: 0, before: { end: 0, score: 0, symbolTokens: 0, strong: false } };
  let first = true;
  let oddTokens = 0;
  for (let p = segStart; ; ) {
    while (p < segEnd && text.charCodeAt(p) === 0x20) p++;
    if (p >= segEnd) break;
    const tokenStart = p;
    let all = TOKEN;
    let digits = 0;
    let symbols = 0;
    let strong = false;
    for (; p < segEnd && text.charCodeAt(p) !== 0x20; p++) {
      const k = KIND[text.charCodeAt(p)];
      all &= k;
      if (k & DIGIT) digits++;
      else if (k & SYMBOL) {
        symbols++;
        if (k & STRONG) strong = true;
      }
    }
    const length = p - tokenStart;
    if (length <= 3 && all & TOKEN) {
      if (run.tokens === 0) {
        run.start = tokenStart;
        run.atStart = first;
        run.score = 0;
        run.symbolTokens = 0;
        run.strong = false;
      }
      // The run as it was before this token (a last token glued to the text after is not part of it).
      run.lastStart = tokenStart;
      run.before.end = run.end;
      run.before.score = run.score;
      run.before.symbolTokens = run.symbolTokens;
      run.before.strong = run.strong;
      run.tokens++;
      run.end = p;
      if (strong) run.strong = true;
      if (between && symbols > 0 && symbols < length && oddToken(text, tokenStart, p)) oddTokens++;
      // Symbol token 1, letter+digit token 0.5, lone letter or digit (or two) 0.25.
      if (symbols > 0) {
        run.score += 1;
        run.symbolTokens++;
      } else if (digits > 0 && length - digits > 0) run.score += 0.5;
      else if (length <= 2) run.score += 0.25;
    } else if (run.tokens > 0) {
      if (between) return; // a long token: the segment is not one run
      closeRun(run, segStart, -1, out);
    }
    first = false;
  }
  if (run.tokens === 0) return;
  // A last token of letters or digits glued to the text after the segment starts that text (`& ! 4月17日`: 4月).
  if (between) {
    if (run.atStart && oddTokens >= 2) closeRun(run, segStart, segEnd, out, true);
    return;
  }
  if (hanAfter && run.tokens > 1 && run.end === segEnd && GLUED_START.test(text.slice(run.lastStart, run.end))) {
    const lastStart = run.lastStart;
    run.tokens--;
    run.end = run.before.end;
    run.score = run.before.score;
    run.symbolTokens = run.before.symbolTokens;
    run.strong = run.before.strong;
    closeRun(run, segStart, lastStart, out);
  } else closeRun(run, segStart, segEnd, out);
}

/**
 * Whether the token `[start, end)` (letters or digits with weak symbols) is no word of real text: a weak symbol
 * other than punctuation ending it (`e-`, `V_`, `a=b`, `x.1`; not `A,` `1.` `B)` of a list) and no bracket.
 */
function oddToken(text: string, start: number, end: number): boolean {
  let odd = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x29) return false; // ( )
    if (!(KIND[c] & SYMBOL)) continue;
    const ending = i === end - 1 && TRAILING_PUNCTUATION.includes(text[i]!);
    if (!ending) odd = true;
  }
  return odd;
}

/** Half-width punctuation that ends a word of real text (`A, B, C`, `1. 2.`). */
const TRAILING_PUNCTUATION = ',.;:!?';

/** A run of short tokens being read. */
interface Run {
  tokens: number;
  start: number;
  end: number;
  /** Whether the run starts with the segment's first token. */
  atStart: boolean;
  score: number;
  symbolTokens: number;
  strong: boolean;
  /** Where the run's last token starts, and the run's figures before that token. */
  lastStart: number;
  readonly before: { end: number; score: number; symbolTokens: number; strong: boolean };
}

/**
 * End a run: push its span when it is a jammer (at least JAMMER_MIN_TOKENS tokens, two symbol tokens, a
 * strong symbol — or `weak` allowed, for a whole segment between Han characters —, mean score
 * JAMMER_MIN_SCORE). `edge` is where the span ends when the run reached the segment end (the segment end, or the
 * start of a glued last token), else -1.
 */
function closeRun(run: Run, segStart: number, edge: number, out: [number, number][], weak = false): void {
  if (run.tokens >= JAMMER_MIN_TOKENS && (run.strong || weak) && run.symbolTokens >= 2 && run.score / run.tokens >= JAMMER_MIN_SCORE) {
    out.push([run.atStart ? segStart : run.start, edge >= 0 ? edge : run.end]);
  }
  run.tokens = 0;
}
