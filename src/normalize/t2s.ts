/**
 * normalize/t2s: Traditional → Simplified with OpenCC (phrase level, `tw` → `cn`), as edits.
 *
 * OpenCC rewrites whole strings, so to keep provenance the text is converted line by line, only
 * lines holding a character OpenCC can change are converted at all, within them only windows around
 * those characters (see `convert`), and the output is diffed back into small edits: character by character when the length is unchanged
 * (the usual case), else clause by clause.
 */
import { Converter, Locale } from 'opencc-js/t2cn';
import type { Edit } from '../text/edits.ts';
import { CJK_COMPAT, OPENCC_FROM, VARIANTS_OPENCC_KEEPS } from './constants.ts';
import { unitsToString, WindowMemo } from './window-memo.ts';
import { tw2s } from './tw2s.ts';

const REASON = 'normalize:t2s';

// Clause boundaries used when a line's converted length differs (a phrase mapped to another length).
const CLAUSE = /[^，。；：、！？,.;:!?\s]+/g;

// Ideographic description characters (U+2FF0–U+2FFF, ⿰⿱…): OpenCC reads one with the characters it
// describes as a unit, so a string holding one is converted whole, never in windows.
const IDEOGRAPHIC_DESCRIPTION_FIRST = 0x2ff0;
const IDEOGRAPHIC_DESCRIPTION_END = 0x3000;

// keyTable() values.
const KEY_FREE = 0;
const IN_KEY = 1;
const WHOLE = 2;

let converter: ((s: string) => string) | undefined;
let trigger: RegExp | undefined;
let inKey: Uint8Array | undefined;
let triggerUnits: Uint8Array | undefined;
let triggerAstral: Set<number> | undefined;

/** Windows up to this long are memoized (short words and phrases repeat across a corpus). */
const MEMO_MAX_LENGTH = 24;
/** Most memoized windows before the memo is emptied. */
const MEMO_LIMIT = 50_000;

/**
 * OpenCC's conversion, then the variants it keeps (`VARIANTS_OPENCC_KEEPS`): by the compact tries of
 * `tw2s`, or by opencc-js itself (built once, on first need) for a string holding an ideographic
 * description character, which opencc-js reads as a unit with what it describes.
 */
function opencc(s: string): string {
  const out = hasIdeographicDescription(s) ? (converter ??= Converter({ from: OPENCC_FROM, to: 'cn' }))(s) : tw2s(s);
  if (!hasVariantOpenccKeeps(out)) return out;
  let folded = '';
  for (const ch of out) folded += VARIANTS_OPENCC_KEEPS.get(ch) ?? ch;
  return folded;
}

/** First code units of the keys of `VARIANTS_OPENCC_KEEPS`. */
const VARIANT_UNITS = new Set([...VARIANTS_OPENCC_KEEPS.keys()].map((c) => c.charCodeAt(0)));

/** Whether `s` may hold a key of `VARIANTS_OPENCC_KEEPS` (one of their first code units). */
function hasVariantOpenccKeeps(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (VARIANT_UNITS.has(s.charCodeAt(i))) return true;
  return false;
}

const memo = new WindowMemo(opencc, MEMO_MAX_LENGTH, MEMO_LIMIT);

// One-code-unit windows (a sixth of all): code unit → 1 + the code unit OpenCC makes of it; 0 = not
// converted yet, -1 = the result is not one code unit (such windows go through the memo).
const singleUnit = new Int32Array(0x10000);

/** `opencc(s.slice(start, end))` for a window, memoized when short (a pure function of the window). */
function convertWindow(s: string, start: number, end: number): string {
  if (end - start === 1) {
    const code = s.charCodeAt(start);
    let hit = singleUnit[code];
    if (hit === 0) {
      const out = opencc(s[start]);
      hit = singleUnit[code] = out.length === 1 ? out.charCodeAt(0) + 1 : -1;
    }
    if (hit > 0) return String.fromCharCode(hit - 1);
  }
  return memo.get(s, start, end);
}

/** Converted code units of the line `convertLineInPlace` works on, at (position − line start), in windows. */
let lineOut = new Uint16Array(4096);

/**
 * `convertWindow(s, start, end)` written into `lineOut` from `at` when it is as long as the window.
 * @returns the length of the converted window (nothing is written when it differs from the window's)
 */
function convertWindowInto(s: string, start: number, end: number, at: number): number {
  if (end - start === 1) {
    const code = s.charCodeAt(start);
    let hit = singleUnit[code];
    if (hit === 0) {
      const out = opencc(s[start]);
      hit = singleUnit[code] = out.length === 1 ? out.charCodeAt(0) + 1 : -1;
    }
    if (hit > 0) {
      lineOut[at] = hit - 1;
      return 1;
    }
  }
  const length = memo.find(s, start, end);
  if (length !== end - start) return length;
  const units = memo.valueUnits;
  const from = memo.valueAt;
  for (let i = 0; i < length; i++) lineOut[at + i] = units[from + i];
  return length;
}

/**
 * `opencc(s)`, converting only windows around the characters it can change. A character found in no
 * dictionary key (most Simplified characters, punctuation, ASCII) can neither start, end nor sit inside a
 * match, so OpenCC's longest-match scan restarts after it: the text between two such characters converts
 * on its own, and a stretch holding no trigger character converts to itself (every changing entry holds
 * one). Each trigger is widened to the nearest key-free characters, and only those windows are converted.
 */
function convert(s: string): string {
  const keys = keyTable();
  for (let i = 0; i < s.length; i++) if (keys[s.charCodeAt(i)] === WHOLE) return opencc(s);
  let out = '';
  let done = 0; // s[0, done) is already in `out`
  for (let i = nextTrigger(s, 0); i >= 0; i = nextTrigger(s, done)) {
    let start = i;
    let end = i + 1;
    while (start > done && keys[s.charCodeAt(start - 1)] !== KEY_FREE) start--;
    while (end < s.length && keys[s.charCodeAt(end)] !== KEY_FREE) end++;
    out += s.slice(done, start) + convertWindow(s, start, end);
    done = end;
  }
  return done === 0 ? s : out + s.slice(done);
}

/**
 * Index of the first character at or after `from` that `traditionalTrigger()` matches, or -1: the
 * same test through a code-unit table (a huge `u` character class is slow to scan).
 */
function nextTrigger(s: string, from: number): number {
  const units = triggerTable();
  for (let i = from; i < s.length; i++) {
    const flag = units[s.charCodeAt(i)];
    if (flag === 1) return i;
    if (flag === 2 && triggerAstral!.has(s.codePointAt(i)!)) return i;
  }
  return -1;
}

/** Whether `s` holds a character OpenCC can change (`traditionalTrigger().test(s)`). */
function hasTrigger(s: string): boolean {
  return nextTrigger(s, 0) >= 0;
}

/** Code unit → 1 (a trigger character), 2 (high surrogate of some astral trigger), 0; built once. */
function triggerTable(): Uint8Array {
  if (triggerUnits) return triggerUnits;
  const table = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const c of triggerChars()) {
    const code = c.codePointAt(0)!;
    if (code > 0xffff) {
      astral.add(code);
      table[c.charCodeAt(0)] = 2;
    } else table[code] = 1;
  }
  // CJK_COMPAT is a range in the regex: every code unit of it.
  const [lo, hi] = CJK_COMPAT.split('-').map((u) => u.charCodeAt(0));
  table.fill(1, lo, hi + 1);
  triggerAstral = astral;
  triggerUnits = table;
  return table;
}

/**
 * Per UTF-16 code unit, built once from every dictionary the converter uses (normalization,
 * segmentation, conversion): KEY_FREE when it occurs in no key; IN_KEY when it does (every surrogate
 * too, so a window never splits a pair); WHOLE when a string holding it must be converted whole — an
 * ideographic description character, or a character of a changing entry that names no trigger
 * character (the normalization of the compatibility supplement U+2F800…: converted with the rest of a
 * line that has a trigger, as before, so windows cannot be used there).
 */
function keyTable(): Uint8Array {
  if (inKey) return inKey;
  const table = new Uint8Array(0x10000);
  table.fill(IN_KEY, 0xd800, 0xe000);
  const whole: string[] = [];
  for (const dict of converterDictionaries()) {
    for (const entry of dict.split('|')) {
      const [k = '', v] = entry.split(' ');
      for (let i = 0; i < k.length; i++) table[k.charCodeAt(i)] ||= IN_KEY;
      if (v !== undefined && k !== v && !hasTrigger(k)) whole.push(k);
    }
  }
  for (const k of whole) for (let i = 0; i < k.length; i++) table[k.charCodeAt(i)] = WHOLE;
  table.fill(WHOLE, IDEOGRAPHIC_DESCRIPTION_FIRST, IDEOGRAPHIC_DESCRIPTION_END);
  inKey = table;
  return table;
}

/** Every dictionary (`key value|key value…`) of the `tw` → `cn` converter's configuration, all chains. */
function converterDictionaries(): string[] {
  const configs = (Locale as unknown as { configs?: Record<string, Record<string, unknown>> }).configs;
  const config = configs?.[`${OPENCC_FROM}2s`];
  const chains: unknown[] = config ? Object.values(config) : [...dictionaryGroups()];
  return chains.flat(4).filter((d): d is string => typeof d === 'string');
}

/** The dictionary groups the converter applies, in order (`tw` → OpenCC standard, then → `cn`). */
function dictionaryGroups(): readonly (readonly unknown[])[] {
  return [...(Locale.from as Record<string, readonly (readonly unknown[])[]>)[OPENCC_FROM], ...Locale.to.cn];
}

/**
 * A regex matching any character OpenCC's `tw`→`cn` dictionaries can change: every source
 * character of a one-character entry that maps elsewhere, and for phrase entries the characters
 * that differ position by position (乾 of 乾淨 → 干净). Built once from the dictionaries themselves.
 */
export function traditionalTrigger(): RegExp {
  if (trigger) return trigger;
  const escaped = [...triggerChars()].map((c) => (/[\\\]\-^]/.test(c) ? `\\${c}` : c)).join('');
  trigger = new RegExp(`[${escaped}${CJK_COMPAT}]`, 'u');
  return trigger;
}

let triggerSet: Set<string> | undefined;

/** The characters of `traditionalTrigger()` (without the CJK_COMPAT range), built once. */
function triggerChars(): Set<string> {
  if (triggerSet) return triggerSet;
  const chars = new Set<string>();
  for (const group of dictionaryGroups()) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [k, v] = entry.split(' ');
        if (!k || v === undefined || k === v) continue;
        const K = [...k];
        const V = [...v];
        K.forEach((c, i) => {
          if (K.length === V.length ? c !== V[i] : !V.includes(c)) chars.add(c);
        });
      }
    }
  }
  for (const c of VARIANTS_OPENCC_KEEPS.keys()) chars.add(c);
  triggerSet = chars;
  return chars;
}

/** Diff two equal-length strings into merged edits at `offset` (never splitting a surrogate pair). */
function diffSameLength(src: string, out: string, offset: number, edits: Edit[]): void {
  let i = 0;
  const n = src.length;
  while (i < n) {
    if (src.charCodeAt(i) === out.charCodeAt(i)) {
      i++;
      continue;
    }
    let s = i;
    if (s > 0 && isLowSurrogate(src.charCodeAt(s))) s--;
    let e = i + 1;
    while (e < n && src.charCodeAt(e) !== out.charCodeAt(e)) e++;
    if (e < n && isLowSurrogate(src.charCodeAt(e))) e++;
    edits.push({ start: offset + s, end: offset + e, replacement: out.slice(s, e), reason: REASON });
    i = e;
  }
}

function hasIdeographicDescription(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= IDEOGRAPHIC_DESCRIPTION_FIRST && c < IDEOGRAPHIC_DESCRIPTION_END) return true;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Convert one span of the input and push its edits. */
function convertSpan(src: string, offset: number, edits: Edit[]): void {
  const out = convert(src);
  if (out === src) return;
  if (out.length === src.length) return diffSameLength(src, out, offset, edits);
  // Length changed: fall back to clauses, replacing a whole clause when its length changed.
  for (const m of src.matchAll(CLAUSE)) {
    const clause = m[0];
    const c = convert(clause);
    if (c === clause) continue;
    if (c.length === clause.length) diffSameLength(clause, c, offset + m.index!, edits);
    else edits.push({ start: offset + m.index!, end: offset + m.index! + clause.length, replacement: c, reason: REASON });
  }
}

// Windows of the line being converted in place: start, end (their converted units are in `lineOut`); the
// first `windowCount` entries are the current line's (a count, not `length = 0`: truncating an array is a
// runtime call, once per line).
const windowStarts: number[] = [];
const windowEnds: number[] = [];
let windowCount = 0;

let scanUnits: Uint8Array | undefined;

/**
 * `keyTable()` and `triggerTable()` in one table, for the line scan (one load per code unit): the key
 * value in the low two bits, the trigger flag in the next two.
 */
function scanTable(): Uint8Array {
  if (scanUnits) return scanUnits;
  const keys = keyTable();
  const units = triggerTable();
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = keys[c] | (units[c] << 2);
  scanUnits = table;
  return table;
}

/**
 * The edits `convertSpan` makes for the line `text[start, end)`, found without slicing the line or
 * building its converted copy: each window (see `convert`) is converted on its own and diffed where
 * it lies. Returns false, having pushed nothing, when this shortcut would not give exactly
 * `convertSpan`'s edits — the line must be converted whole (a `WHOLE` character), a window changes
 * length (the clause fallback), or a diff would reach past its window (a lone surrogate at its edge).
 */
function convertLineInPlace(text: string, start: number, end: number, edits: Edit[]): boolean {
  const table = scanTable();
  windowCount = 0;
  if (lineOut.length < end - start) lineOut = new Uint16Array(Math.max(end - start, 2 * lineOut.length));
  let done = start; // text[start, done) is converted (or holds no trigger)
  let run = start; // first character of the current run of characters found in keys
  // One scan: a WHOLE character anywhere sends the line to `convertSpan`; each trigger is widened
  // back to the run it sits in (not before `done`) and forward to the next key-free character.
  for (let i = start; i < end; i++) {
    const both = table[text.charCodeAt(i)];
    const key = both & 3;
    if (key === WHOLE) return false;
    const flag = both >> 2;
    if (flag === 0 || (flag === 2 && !triggerAstral!.has(text.codePointAt(i)!))) {
      if (key === KEY_FREE) run = i + 1;
      continue;
    }
    const from = Math.max(run, done);
    let to = i + 1;
    for (; to < end; to++) {
      const k = table[text.charCodeAt(to)] & 3;
      if (k === KEY_FREE) break;
      if (k === WHOLE) return false;
    }
    if (convertWindowInto(text, from, to, from - start) !== to - from) return false;
    const last = windowCount - 1;
    if (last >= 0 && windowEnds[last] === from) {
      // Adjacent windows (a key-free trigger, such as 衞, right after a window) diff as one: their
      // changes merge into one edit, as in the converted line.
      windowEnds[last] = to;
    } else {
      windowStarts[windowCount] = from;
      windowEnds[windowCount++] = to;
    }
    done = run = to;
    i = to - 1;
  }
  const before = edits.length;
  for (let w = 0; w < windowCount; w++) {
    if (!diffWindow(text, windowStarts[w], windowEnds[w], start, end, edits)) {
      edits.length = before;
      return false;
    }
  }
  return true;
}

/**
 * `diffSameLength` of the line `[lineStart, lineEnd)` restricted to one window `[from, to)`, converted
 * into `lineOut` (outside the windows the converted line equals the input). False when an edit would
 * start or end outside the window (only a lone surrogate at the window's edge can cause that).
 */
function diffWindow(text: string, from: number, to: number, lineStart: number, lineEnd: number, edits: Edit[]): boolean {
  const out = lineOut;
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) === out[i - lineStart]) {
      i++;
      continue;
    }
    const s = i > lineStart && isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i;
    let e = i + 1;
    while (e < to && text.charCodeAt(e) !== out[e - lineStart]) e++;
    if (e < lineEnd && isLowSurrogate(text.charCodeAt(e))) e++;
    if (s < from || e > to) return false;
    edits.push({ start: s, end: e, replacement: unitsToString(out, s - lineStart, e - lineStart), reason: REASON });
    i = e;
  }
  return true;
}

/**
 * Traditional → Simplified edits for `text` (offsets into `text`).
 * @example t2sEdits('發展') // [{start: 0, end: 2, replacement: '发展', reason: 'normalize:t2s'}]
 */
export function t2sEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // Only lines holding a trigger are converted: find the next trigger, then its line.
  for (let at = nextTrigger(text, 0); at >= 0; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (!convertLineInPlace(text, start, end, edits)) convertSpan(text.slice(start, end), start, edits);
    at = end < text.length ? nextTrigger(text, end + 1) : -1;
  }
  return edits;
}
