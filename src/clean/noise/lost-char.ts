/**
 * clean/noise/lost-char: lost characters written as ? + pinyin: 日?(bào)訊 → 日报訊.
 *
 * A decoder that could not map a character writes `?`; on pages that glue the reading after every
 * character, the reading survives and names the lost character. The candidates are the characters read
 * that way (reverse pinyin index); one is put back only when it clearly forms a word with its neighbours
 * (日 + 报 is a word, 日 + 暴 is not): best bigram score > 0 and at least RATIO times the runner-up.
 * The document's own words come first: when the two characters before (or after) the `?` are written
 * elsewhere in the document followed (preceded) by exactly one of the candidates, in any script, that one
 * is put back (市长王新?(wěi) beside 王新偉 → 伟, where the bigram lexicon alone would take 玮).
 * Otherwise the `?` and its reading are removed and a finding is recorded. The recovered character is
 * written in its Simplified form (the normalize stage converts the text to Simplified anyway).
 *
 * Bare `?` runs without pinyin are removed (with a finding) only in a Chinese context: after a Chinese
 * character, Chinese punctuation, a pinyin annotation or a line start, and before a Chinese character,
 * Chinese punctuation or a digit (?衛星, 規?;?、). `What?`, `index.php?id=3` and a `?` ending a line stay.
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';
import { CJK_IDEOGRAPH, CJK_PUNCT, TONE_MARKS } from './constants.ts';
import { bigramScore, bigramScoreUnits, charactersFor } from './lexicon.ts';
import { isTonedPinyin, syllableAt, type WrittenSyllable } from './written-syllable.ts';
import { tw2s } from '../../normalize/tw2s.ts';

const RECOVERED = 'lost-char';
const UNRECOVERED = 'lost-char:unrecovered';

/** The best candidate must beat the runner-up by this factor. */
const RATIO = 3;

/** A pinyin annotation ending right before a position: `(qǐng)`. */
const ANNOTATION_BEFORE = new RegExp(`\\(?[a-z${TONE_MARKS}]{1,6}[1-5]?\\)$`);

/**
 * Recover (or remove) characters lost as `?`.
 * @param text the pass input
 * @returns edits `lost-char` (replacement = recovered character) and `lost-char:unrecovered` (removal), with findings
 * @example recoverLostCharacters('日?(bào)讯').text // '日报讯'
 */
export function recoverLostCharacters(text: string): PassResult {
  if (!text.includes('?')) return { text, edits: [] };
  const b = new EditBuilder(text);
  // The character before the next unit once earlier units are resolved (a recovered character counts).
  let lastRecovered: { end: number; ch: string } | undefined;
  // Each unit: `?` + optional `(` + syllable + `)`, else a bare run of `?` (bridged by `;`/`:`).
  for (let start = text.indexOf('?'); start >= 0; ) {
    const syllable = annotatedSyllable(text, start);
    const end = syllable ? syllable.end : bareRunEnd(text, start);
    const left = leftNeighbour(text, start, lastRecovered);
    if (syllable !== undefined && isTonedPinyin(syllable.syllable)) {
      const written = syllable.syllable.written;
      const right = rightNeighbour(text, end);
      const pick = documentChoice(text, start, end, written) ?? choose(written, left.ch, right);
      if (pick) {
        b.replace(start, end, pick, RECOVERED);
        lastRecovered = { end, ch: pick };
      } else {
        b.remove(start, end, UNRECOVERED);
        b.note({ rule: UNRECOVERED, message: `lost character read ${written}: no clear candidate`, start, end });
        lastRecovered = { end, ch: left.ch };
      }
    } else {
      // A bare `?` run (a `?(word)` that is not pinyin falls here too: only its `?` is judged).
      const qEnd = syllable !== undefined ? start + 1 : end;
      const after = text[qEnd] ?? '\n';
      const leftOk = left.context;
      const rightOk = CJK_IDEOGRAPH.test(after) || CJK_PUNCT.test(after) || /[0-9;]/.test(after);
      if (leftOk && rightOk) {
        b.remove(start, qEnd, UNRECOVERED);
        b.note({ rule: UNRECOVERED, message: 'lost character without reading removed', start, end: qEnd });
        lastRecovered = { end: qEnd, ch: left.ch };
      }
    }
    start = text.indexOf('?', end);
  }
  return b.finish();
}

/** At a `?`: `(`? + syllable + `)` after it (LOST_CHAR), with the end of that unit, else undefined. */
function annotatedSyllable(text: string, q: number): { syllable: WrittenSyllable; end: number } | undefined {
  const at = text.charCodeAt(q + 1) === 0x28 ? q + 2 : q + 1; // `(`
  const syllable = syllableAt(text, at);
  if (syllable === undefined) return undefined;
  const close = at + syllable.written.length;
  return text.charCodeAt(close) === 0x29 ? { syllable, end: close + 1 } : undefined; // `)`
}

/** End of the bare run of `?` starting at `q` (BARE_QUESTION_RUN: `?`, `??`, `?;?`, `?:?`). */
function bareRunEnd(text: string, q: number): number {
  let p = q + 1;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 0x3f) p++;
    else if ((c === 0x3b || c === 0x3a) && text.charCodeAt(p + 1) === 0x3f) p += 2;
    else return p;
  }
}

/**
 * The Chinese character left of `pos` (skipping one pinyin annotation), and whether the left side is a
 * Chinese context (character, punctuation, annotation, line start).
 */
function leftNeighbour(text: string, pos: number, last: { end: number; ch: string } | undefined): { ch: string; context: boolean } {
  if (last && last.end === pos) return { ch: last.ch, context: true };
  let p = pos;
  // ANNOTATION_BEFORE ends in `)`: only then is the regex worth running.
  const ann = text.charCodeAt(p - 1) === 0x29 ? ANNOTATION_BEFORE.exec(text.slice(Math.max(0, p - 9), p)) : null;
  if (ann) p -= ann[0].length;
  const ch = p > 0 ? text[p - 1] : '';
  if (!ch || ch === '\n' || ch === '\r') return { ch: '', context: true };
  if (CJK_IDEOGRAPH.test(ch)) return { ch, context: true };
  return { ch: '', context: Boolean(ann) || CJK_PUNCT.test(ch) };
}

/** The Chinese character right after `pos`, or ''. */
function rightNeighbour(text: string, pos: number): string {
  const ch = text[pos] ?? '';
  return CJK_IDEOGRAPH.test(ch) ? ch : '';
}

/** The candidate read `written` that clearly forms words with its neighbours, else undefined. */
function choose(written: string, left: string, right: string): string | undefined {
  if (!left && !right) return undefined;
  let best = '';
  let bestScore = 0;
  let second = 0;
  const l = left.length === 1 ? left.charCodeAt(0) : -1;
  const r = right.length === 1 ? right.charCodeAt(0) : -1;
  for (const c of charactersFor(written)) {
    // bigramScore(left, c) + bigramScore(c, right), on code units when all three are one ('' scores 0).
    const s =
      c.length === 1 && (l >= 0 || left === '') && (r >= 0 || right === '')
        ? (l >= 0 ? bigramScoreUnits(l, c.charCodeAt(0)) : 0) + (r >= 0 ? bigramScoreUnits(c.charCodeAt(0), r) : 0)
        : bigramScore(left, c) + bigramScore(c, right);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = c;
    } else if (s > second) second = s;
  }
  return bestScore > 0 && bestScore >= RATIO * second ? best : undefined;
}

/** Characters of context around a lost character that must recur in the document for it to vote. */
const CONTEXT = 2;

/**
 * The one candidate read `written` that the document itself writes in the lost character's context
 * (the CONTEXT characters before `start`, or after `end`), compared in Simplified; else undefined.
 */
function documentChoice(text: string, start: number, end: number, written: string): string | undefined {
  const before = text.slice(start - CONTEXT, start);
  const after = text.slice(end, end + CONTEXT);
  const leftOk = start >= CONTEXT && isIdeographs(before);
  const rightOk = isIdeographs(after);
  if (!leftOk && !rightOk) return undefined;
  const candidates = new Set(charactersFor(written));
  const found = new Set<string>();
  const vote = (ch: string | undefined) => {
    if (ch === undefined || !CJK_IDEOGRAPH.test(ch)) return;
    const simplified = candidates.has(ch) ? ch : tw2s(ch);
    if (candidates.has(simplified)) found.add(simplified);
  };
  if (leftOk) for (let i = text.indexOf(before); i >= 0; i = text.indexOf(before, i + 1)) if (i !== start - CONTEXT) vote(text[i + CONTEXT]);
  if (rightOk) for (let i = text.indexOf(after); i >= 0; i = text.indexOf(after, i + 1)) if (i !== end && i > 0) vote(text[i - 1]);
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether `s` is all CJK ideographs (one code unit each). */
function isIdeographs(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!CJK_IDEOGRAPH.test(ch)) return false;
  return true;
}
