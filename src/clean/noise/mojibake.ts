/**
 * clean/noise/mojibake: wrong-encoding or byte-shifted text re-decoded, else removed and flagged.
 *
 * Suspicious regions:
 *   A. `?` followed by a run of Chinese characters holding a rare one in its first four
 *      (?萍汲鮿: a GBK byte was lost, the decoder wrote `?` and re-paired the bytes after it);
 *   B. two rare characters at most one character apart
 *      (UTF-8 read as GBK: 鍏朵粬 was 其他; GBK read as Big5).
 * Rare = outside the ~3,500 most frequent characters of the jieba word list (lexicon.ts).
 *
 * Candidates: the run re-encoded as GB18030 and (A) prefixed with each possible lost lead byte, the
 * dangling last byte completed by the character the following pinyin annotation names; (B) decoded as
 * UTF-8, or re-encoded as Big5 and decoded as GBK. A candidate is accepted only when every character is
 * common and it forms dictionary words (bigrams) with itself and its neighbours clearly better than any
 * other candidate. Else a region with strong evidence is removed (`mojibake:removed`) and flagged.
 */
import iconv from 'iconv-lite';
import { EditBuilder, type PassResult } from '../../text/edits.ts';
import { CJK_PUNCT, MOJIBAKE_MAX_RUN, TONE_MARKS } from './constants.ts';
import { encodeHan } from './han-encode.ts';
import { bigramScoreUnits, charFrequency, hasReading, isCommonChar, isCommonUnit, normalizeSyllable } from './lexicon.ts';

const REDECODED = 'mojibake:redecoded';
const REMOVED = 'mojibake:removed';

/** The best candidate's word score must be this many times the runner-up's. */
const MARGIN = 1.5;

/** A toned pinyin annotation right at the start of a string: `(chuàng)`. */
const ANNOTATION_AHEAD = new RegExp(`^\\(([a-z${TONE_MARKS}]{1,6}[1-5]?)\\)`);

/** Characters that cannot occur in a good Chinese re-decoding. */
const HAN_OR_PUNCT = /^[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]$/u;

interface Candidate {
  readonly text: string;
  readonly score: number;
  /** Whether the candidate used (and so consumes) the pinyin annotation after the run. */
  readonly usesAnnotation: boolean;
  /** The span the candidate replaces, when not the whole region. */
  readonly start?: number;
  readonly end?: number;
}

/**
 * Re-decode (or remove) mojibake.
 * @param text the pass input
 * @returns edits `mojibake:redecoded` (replacement) and `mojibake:removed`, with findings
 * @example repairMojibake('其他').text // '其他' (clean text is left alone)
 */
export function repairMojibake(text: string): PassResult {
  // Pre-check: one scan of the code units; a text without a rare ideograph has nothing for this pass.
  let rare = nextRare(text, 0);
  if (rare < 0) return { text, edits: [] };
  const b = new EditBuilder(text);
  while (rare >= 0) {
    // The run of ideographs (HAN_RUN) holding the rare one; earlier runs end before it.
    let start = rare;
    while (start > 0 && isHanRunUnit(text.charCodeAt(start - 1))) start--;
    let end = rare + 1;
    while (end < text.length && isHanRunUnit(text.charCodeAt(end))) end++;
    const run = text.slice(start, end);
    const afterQuestion = start > 0 && text.charCodeAt(start - 1) === 0x3f; // `?`
    const rareAt: number[] = [];
    for (let i = rare - start; i < run.length; i++) if (isRare(run.charCodeAt(i))) rareAt.push(i);
    if (afterQuestion && rareAt[0] < 4) {
      repairShifted(text, start, run.slice(0, MOJIBAKE_MAX_RUN), rareAt, b);
    } else if (rareAt.some((r, i) => i > 0 && r - rareAt[i - 1] <= 2)) {
      repairWrongCodec(text, start, run, rareAt, b);
    }
    rare = nextRare(text, end);
  }
  return b.finish();
}

/** Whether a code unit belongs to a HAN_RUN (CJK ideographs, basic block and extension A). */
function isHanRunUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Per code unit: 0 = no rare ideograph, 1 = a rare one (HAN_RUN, not common), 2 = an ideograph not judged yet. */
const RARE = new Uint8Array(0x10000);
for (let c = 0x3400; c <= 0x9fff; c++) if (isHanRunUnit(c)) RARE[c] = 2;

/** Index of the first rare ideograph (of a HAN_RUN, outside the common set) at or after `from`, or -1. */
function nextRare(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (RARE[text.charCodeAt(i)] !== 0 && isRare(text.charCodeAt(i))) return i;
  return -1;
}

/** Whether a code unit is a rare ideograph of a HAN_RUN (judged once per code unit). */
function isRare(c: number): boolean {
  const state = RARE[c];
  return state === 2 ? (RARE[c] = isCommonUnit(c) ? 0 : 1) === 1 : state === 1;
}

/** Region A: `?` + run whose bytes were re-paired after a lost byte. */
function repairShifted(text: string, runStart: number, run: string, rareAt: readonly number[], b: EditBuilder): void {
  const qStart = runStart - 1;
  const runEnd = runStart + run.length;
  const ann = ANNOTATION_AHEAD.exec(text.slice(runEnd, runEnd + 10));
  const syllable = ann ? normalizeSyllable(ann[1]) : undefined;
  const prev = qStart > 0 ? text[qStart - 1] : '';
  const annEnd = runEnd + (ann ? ann[0].length : 0);
  const bytes = encodeHan(run, 'gb18030');
  const candidates: Candidate[] = [];
  // With the lost lead byte put back, an even byte count leaves the last byte dangling: the lead byte of
  // the character the annotation names (創 = 84 93, its trail byte lost with the `(`).
  const even = (bytes.length + 1) % 2 === 0;
  const bodyEnd = even ? bytes.length : bytes.length - 1;
  // Re-paired as [lead, b0] [b1, b2] …: only the first pair depends on the lost lead byte, so the rest is
  // decoded once; a candidate needs every pair to be one acceptable character (see `pairChar`).
  let rest = '';
  for (let i = 1; i < bodyEnd; i += 2) {
    const code = pairChar(bytes[i], bytes[i + 1]);
    if (code === 0) return removeShifted(text, runStart, run, rareAt, ann, annEnd, b);
    rest += String.fromCharCode(code);
  }
  const noTail = [{ ch: '', usesAnnotation: false }];
  const completed = !even && syllable ? completeLead(bytes[bytes.length - 1], syllable) : [];
  const tails = completed.length > 0 ? completed : noTail;
  // A candidate reads prev + first + follow (rest, tail, next): only the first two terms of its word score
  // depend on the lead byte, the terms of the follow's own pairs are looked up once (and summed in order).
  const prevUnit = prev === '' ? -1 : prev.charCodeAt(0);
  const follows = tails.map((tail) => {
    const follow = rest + tail.ch + (text[tail.usesAnnotation ? annEnd : runEnd] ?? '');
    const terms: number[] = [];
    for (let i = 1; i < follow.length; i++) terms.push(pairTerm(follow.charCodeAt(i - 1), follow.charCodeAt(i)));
    return { tail, follow, terms, usable: tail.ch === '' || isAcceptable(tail.ch) };
  });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const first = pairChar(lead, bytes[0]);
    if (first === 0) continue;
    const decoded = String.fromCharCode(first) + rest;
    for (const { tail, follow, terms, usable } of follows) {
      if (!usable) continue;
      let score = 0;
      if (prevUnit >= 0) score += pairTerm(prevUnit, first);
      if (follow.length > 0) score += pairTerm(first, follow.charCodeAt(0));
      for (const t of terms) score += t;
      candidates.push({ text: decoded + tail.ch, score, usesAnnotation: tail.usesAnnotation });
    }
  }
  const best = pick(candidates, wordScore(prev, run));
  if (best) {
    const end = best.usesAnnotation ? annEnd : runEnd;
    b.replace(qStart, end, best.text, REDECODED);
    b.note({ rule: REDECODED, message: `byte-shifted GBK re-decoded as ${best.text}`, start: qStart, end });
    return;
  }
  removeShifted(text, runStart, run, rareAt, ann, annEnd, b);
}

/** Region A with no acceptable re-decoding: strong evidence (a `?` then rare characters), so drop the head. */
function removeShifted(
  text: string,
  runStart: number,
  run: string,
  rareAt: readonly number[],
  ann: RegExpExecArray | null,
  annEnd: number,
  b: EditBuilder,
): void {
  const qStart = runStart - 1;
  // Drop through the last rare character of the head.
  const lastRare = rareAt.filter((i) => i < 4).at(-1)!;
  const cut = lastRare + 1 === run.length && ann ? annEnd : runStart + lastRare + 1;
  b.remove(qStart, cut, REMOVED);
  b.note({ rule: REMOVED, message: 'unreadable byte-shifted text removed', start: qStart, end: cut });
}

/** Region B: a run decoded with the wrong codec. */
function repairWrongCodec(text: string, start: number, run: string, rareAt: readonly number[], b: EditBuilder): void {
  const end = start + run.length;
  const prev = start > 0 ? text[start - 1] : '';
  const next = text[end] ?? '';
  const candidates: Candidate[] = [];
  const tries: ['gb18030' | 'big5', string][] = [
    ['gb18030', 'utf-8'], // UTF-8 bytes read as GBK
    ['big5', 'gb18030'], // GBK bytes read as Big5
    ['gb18030', 'big5'], // Big5 bytes read as GBK
  ];
  // The mis-decoded stretch may be part of a longer run: try spans around the rare characters.
  const first = rareAt[0];
  const last = rareAt[rareAt.length - 1];
  for (let s = Math.max(0, first - 2); s <= first; s++) {
    for (let e = last + 1; e <= Math.min(run.length, last + 3); e++) {
      const span = run.slice(s, e);
      const before = s > 0 ? run[s - 1] : prev;
      const after = e < run.length ? run[e] : next;
      for (const [from, to] of tries) {
        const decoded = decodeStrict(encodeHan(span, from), to, true);
        if (!decoded) continue;
        if (![...decoded].every((c) => HAN_OR_PUNCT.test(c) && (CJK_PUNCT.test(c) || isCommonChar(c)))) continue;
        candidates.push({
          text: decoded,
          score: wordScore(before, decoded, after) - wordScore(before, span, after),
          usesAnnotation: false,
          start: start + s,
          end: start + e,
        });
      }
    }
  }
  const best = pick(candidates, 0);
  if (best) {
    const s = best.start ?? start;
    const e = best.end ?? end;
    b.replace(s, e, best.text, REDECODED);
    b.note({ rule: REDECODED, message: `mis-decoded text re-decoded as ${best.text}`, start: s, end: e });
    return;
  }
  // Two rare characters side by side are often a real name (劭劼): remove only denser, longer stretches.
  const span = last - first + 1;
  if (rareAt.length >= 3 && rareAt.length / span >= 0.5) {
    b.remove(start + first, start + last + 1, REMOVED);
    b.note({ rule: REMOVED, message: 'unreadable text removed', start: start + first, end: start + last + 1 });
  } else {
    b.note({ rule: 'mojibake:suspect', message: 'rare characters left in place', start: start + first, end: start + last + 1 });
  }
}

/** Whether a character may stand in a good Chinese re-decoding: CJK punctuation, or a common ideograph. */
function isAcceptable(c: string): boolean {
  return HAN_OR_PUNCT.test(c) && (CJK_PUNCT.test(c) || isCommonChar(c));
}

/**
 * Two-byte GB18030 pair → its character code when the pair alone decodes to one acceptable character
 * (`isAcceptable`), else 0; filled lazily, -1 = not computed yet. A whole-buffer strict decode of
 * n bytes yields n/2 acceptable characters exactly when every aligned pair does (any other byte sequence
 * gives U+FFFD, an ASCII or single-byte character, or a four-byte character that shortens the string),
 * so candidates are decoded pair by pair through this table instead of one iconv call per lead byte.
 */
const PAIR_CHARS = new Int32Array(0x10000).fill(-1);

function pairChar(lead: number, trail: number): number {
  const key = (lead << 8) | trail;
  let code = PAIR_CHARS[key];
  if (code < 0) {
    const ch = decodeStrict(Buffer.from([lead, trail]), 'gb18030');
    code = ch !== undefined && ch.length === 1 && isAcceptable(ch) ? ch.charCodeAt(0) : 0;
    PAIR_CHARS[key] = code;
  }
  return code;
}

/** Characters with GBK lead byte `lead` whose reading is `syllable` (the character the annotation names). */
function completeLead(lead: number, syllable: string): { ch: string; usesAnnotation: boolean }[] {
  const out: { ch: string; usesAnnotation: boolean; f: number }[] = [];
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue;
    const ch = decodeStrict(Buffer.from([lead, trail]), 'gb18030');
    if (!ch || ch.length !== 1 || !HAN_OR_PUNCT.test(ch)) continue;
    if (hasReading(ch, syllable)) out.push({ ch, usesAnnotation: true, f: charFrequency(ch) });
  }
  out.sort((a, c) => c.f - a.f);
  return out.slice(0, 1).map(({ ch, usesAnnotation }) => ({ ch, usesAnnotation }));
}

/** Decode bytes, or undefined when any byte sequence is invalid (a cut-off last character may be dropped). */
function decodeStrict(bytes: Buffer, encoding: string, dropCutTail = false): string | undefined {
  let s = iconv.decode(bytes, encoding);
  if (dropCutTail) s = s.replace(/\ufffd$/, '');
  return s.includes('\ufffd') || s.length === 0 ? undefined : s;
}

/**
 * Sum of log bigram scores over adjacent code units of `a + b + c` (summed left to right, without building
 * the string): how much the string reads as known words.
 */
function wordScore(a: string, b = '', c = ''): number {
  let score = 0;
  let last = -1;
  for (const part of [a, b, c]) {
    for (let i = 0; i < part.length; i++) {
      const unit = part.charCodeAt(i);
      if (last >= 0) score += pairTerm(last, unit);
      last = unit;
    }
  }
  return score;
}

/** One pair's term of a word score: log10(bigram frequency + 1), 0 for a pair never seen in a word. */
function pairTerm(a: number, b: number): number {
  const f = bigramScoreUnits(a, b);
  return f > 0 ? Math.log10(f + 1) : 0;
}

/** The clearly best candidate: better than the original text and MARGIN times the runner-up. */
function pick(candidates: readonly Candidate[], originalScore: number): Candidate | undefined {
  const sorted = [...candidates].sort((a, c) => c.score - a.score);
  const [best, second] = sorted;
  if (!best || best.score <= originalScore + 1) return undefined;
  if (second && second.text !== best.text && best.score < MARGIN * second.score) return undefined;
  return best;
}
