/**
 * clean/noise/mojibake: wrong-encoding or byte-shifted text re-decoded, else removed and flagged.
 *
 * Suspicious regions:
 *   A. `?` followed by a run of GBK double-byte characters (a GBK byte was lost, the decoder wrote `?` and
 *      re-paired the bytes after it) that holds a rare ideograph in its first four (?萍汲鮿), or a
 *      character no Chinese word holds (kana, Greek, box drawing: ?ツ昕偖a值), or ends where the shift
 *      ends: in the lone ASCII character the last trail byte decodes to, glued before Chinese text
 *      (?笔虚L周 was 副市長周: 長 = E9 4C, its 4C is `L`), or in a `?` (a last trail byte of 0x80 or more);
 *   B. two rare characters at most one character apart
 *      (UTF-8 read as GBK: 鍏朵粬 was 其他; GBK read as Big5).
 * Rare = outside the ~3,500 most frequent characters of the jieba word list (lexicon.ts).
 *
 * Candidates: the run re-encoded as GB18030 (with its closing ASCII character) and (A) prefixed with each
 * possible lost lead byte, the dangling last byte completed by the character the following pinyin
 * annotation names, or before a closing `?` by the character that reads best between its neighbours; (B) decoded as
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

/**
 * The terms of a byte-shifted run's first character (with its neighbours) must add up to this much for it
 * to be put back (a bigram seen about a hundred times): 招领, seen 12 times, does not make ?蓄I導 招領導.
 * Without its first character the run is left as it is (a run re-decoded without it glues its rest to
 * the text before: 副市長 → 市長 would read as a title).
 */
const MIN_HEAD_EVIDENCE = 2;

/** A toned pinyin annotation right at the end of a string: `軸(zhóu)`. */
const ANNOTATION_BEHIND = new RegExp(`\\([a-z${TONE_MARKS}]{1,6}[1-5]?\\)$`);

/** The character before `at`, read past a pinyin annotation glued there (軸(zhóu)?挟a → 軸). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  if (text.charCodeAt(at - 1) === 0x29) {
    const ann = ANNOTATION_BEHIND.exec(text.slice(Math.max(0, at - 10), at));
    if (ann) {
      const before = at - ann[0].length;
      return before > 0 ? text[before - 1] : '';
    }
  }
  return text[at - 1];
}

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
  // Pre-check: one scan of the code units; a text without a rare ideograph or a `?` has nothing for this pass.
  let rare = nextRare(text, 0);
  let q = text.indexOf('?');
  if (rare < 0 && q < 0) return { text, edits: [] };
  const b = new EditBuilder(text);
  // Region A: every `?` that opens a byte-shifted run (the runs read, as [start, end) pairs, in order).
  const shifted: number[] = [];
  while (q >= 0) {
    const end = readShifted(text, q, b);
    if (end > q) shifted.push(q, end);
    q = text.indexOf('?', Math.max(q + 1, end));
  }
  let k = 0;
  // Region B: rare ideographs outside the region-A runs.
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
    while (k < shifted.length && shifted[k + 1] <= rare) k += 2;
    const inShifted = k < shifted.length && shifted[k] <= rare;
    if (!afterQuestion && !inShifted && rareAt.some((r, i) => i > 0 && r - rareAt[i - 1] <= 2)) {
      repairWrongCodec(text, start, run, rareAt, b);
    }
    rare = nextRare(text, end);
  }
  return b.finish();
}

/**
 * Read the run after the `?` at `q` (region A) and repair or remove it when it is byte-shifted text.
 * @returns the end of the run read (its closing character included), or `q` when no run follows
 */
function readShifted(text: string, q: number, b: EditBuilder): number {
  const start = q + 1;
  let i = start;
  while (i < text.length && i - start < MOJIBAKE_MAX_RUN && isShiftedUnit(text.charCodeAt(i))) i++;
  let runEnd = i;
  // The shift ends in the last trail byte: an ASCII character glued before Chinese text, or a `?`.
  const c = i < text.length ? text.charCodeAt(i) : -1;
  const ascii = c >= 0x40 && c <= 0x7e && i + 1 < text.length && text.charCodeAt(i + 1) >= 0x3000;
  const question = c === 0x3f && runEnd > start;
  if (ascii) runEnd++;
  if (runEnd === start) return q;
  const run = text.slice(start, runEnd);
  const rareAt: number[] = [];
  let foreign = false;
  for (let k = 0; k < run.length; k++) {
    const u = run.charCodeAt(k);
    if (isHanRunUnit(u)) {
      if (isRare(u)) rareAt.push(k);
    } else if (u >= 0x80) foreign = true;
  }
  const strong = rareAt.length > 0 && rareAt[0] < 4;
  if (!strong && !foreign && !ascii && !question) return runEnd;
  repairShifted(text, start, run, rareAt, strong, question, b);
  return runEnd;
}

/** Per code unit: 0 = not judged yet, 1 = a GBK double-byte character a shifted run may hold, 2 = not. */
const SHIFTED = new Uint8Array(0x10000);

/**
 * Whether a code unit can be one character of a byte-shifted GBK run: a character GBK writes in two bytes
 * (ideographs, kana, Greek, symbols), not the sentence punctuation that ends a run (，。、；：？！“”‘’《》（）).
 */
function isShiftedUnit(c: number): boolean {
  if (c < 0x80 || (c >= 0xd800 && c < 0xe000)) return false;
  let state = SHIFTED[c];
  if (state === 0) {
    const ch = String.fromCharCode(c);
    const ok = !SENTENCE_PUNCT.test(ch) && encodeHan(ch, 'gb18030').length === 2 && iconv.decode(encodeHan(ch, 'gb18030'), 'gbk') === ch;
    SHIFTED[c] = state = ok ? 1 : 2;
  }
  return state === 1;
}

/** Sentence punctuation that ends a shifted run (a decoded pair is hardly ever one of these). */
const SENTENCE_PUNCT = /[\u3000-\u3002\uff0c\uff1b\uff1a\uff1f\uff01\u201c\u201d\u2018\u2019\u300a\u300b\uff08\uff09]/;

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

/**
 * Region A: `?` + run whose bytes were re-paired after a lost byte.
 * @param strong whether the run is certainly not Chinese text (a rare ideograph in its head, or a
 *   character no word holds): then, with no acceptable re-decoding, its head is removed
 * @param closedByQuestion whether a `?` (the lost last trail byte) closes the run
 */
function repairShifted(
  text: string,
  runStart: number,
  run: string,
  rareAt: readonly number[],
  strong: boolean,
  closedByQuestion: boolean,
  b: EditBuilder,
): void {
  const qStart = runStart - 1;
  const runEnd = runStart + run.length;
  const ann = closedByQuestion ? null : ANNOTATION_AHEAD.exec(text.slice(runEnd, runEnd + 10));
  const syllable = ann ? normalizeSyllable(ann[1]) : undefined;
  const prev = charBefore(text, qStart);
  const annEnd = runEnd + (ann ? ann[0].length : 0);
  const bytes = encodeHan(run, 'gb18030');
  const candidates: Candidate[] = [];
  // With the lost lead byte put back, an even byte count leaves the last byte dangling: the lead byte of
  // the character the annotation names (創 = 84 93, its trail byte lost with the `(`).
  const even = (bytes.length + 1) % 2 === 0;
  const bodyEnd = even ? bytes.length : bytes.length - 1;
  const fail = () => (strong ? removeShifted(text, runStart, run, rareAt, ann, annEnd, b) : undefined);
  // Re-paired as [lead, b0] [b1, b2] …: only the first pair depends on the lost lead byte, so the rest is
  // decoded once; a candidate needs every pair to be one acceptable character (see `pairChar`).
  let rest = '';
  if (bytes.length === 0) return;
  for (let i = 1; i < bodyEnd; i += 2) {
    const code = pairChar(bytes[i], bytes[i + 1]);
    if (code === 0) return fail();
    rest += String.fromCharCode(code);
  }
  const noTail = [{ ch: '', usesAnnotation: false }];
  const completed = !even && syllable ? completeLead(bytes[bytes.length - 1], syllable) : [];
  const tails = completed.length > 0 ? completed : noTail;
  // A candidate reads prev + first + follow (rest, tail, next): only the first two terms of its word score
  // depend on the lead byte, the terms of the follow's own pairs are looked up once (and summed in order).
  const prevUnit = prev === '' ? -1 : prev.charCodeAt(0);
  const follows = tails.map((tail) => {
    const follow = rest + tail.ch + (closedByQuestion ? '' : (text[tail.usesAnnotation ? annEnd : runEnd] ?? ''));
    const terms: number[] = [];
    for (let i = 1; i < follow.length; i++) terms.push(pairTerm(follow.charCodeAt(i - 1), follow.charCodeAt(i)));
    return { tail, follow, terms, usable: tail.ch === '' || isAcceptable(tail.ch) };
  });
  // A one-character run closed by `?` has nothing after its first character but the lost last one: the
  // first is judged with the best completion of that one (lead byte known) and the text after the `?`.
  const lastLead = closedByQuestion && !even && rest === '' && bytes.length > 1 ? bytes[bytes.length - 1] : -1;
  const nextUnit = runEnd + 1 < text.length ? text.charCodeAt(runEnd + 1) : -1;
  const lastChars = lastLead >= 0 ? completions(lastLead, nextUnit) : undefined;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const first = pairChar(lead, bytes[0]);
    if (first === 0) continue;
    const decoded = String.fromCharCode(first) + rest;
    for (const { tail, follow, terms, usable } of follows) {
      if (!usable) continue;
      let score = 0;
      if (prevUnit >= 0) score += pairTerm(prevUnit, first);
      if (follow.length > 0) score += pairTerm(first, follow.charCodeAt(0));
      else if (lastChars) score += bestCompletion(lastChars, first);
      for (const t of terms) score += t;
      candidates.push({ text: decoded + tail.ch, score, usesAnnotation: tail.usesAnnotation });
    }
  }
  // Terms every candidate shares (the follow's own pairs) do not tell candidates apart: the margin is
  // judged on the rest.
  const shared = Math.min(...follows.map((f) => f.terms.reduce((x, y) => x + y, 0)));
  const original = wordScore(prev, run);
  const best = pick(candidates, original, shared, prev !== '' && isHanRunUnit(prev.charCodeAt(0)));
  let end: number;
  let repaired: string;
  if (best && best.score - shared >= MIN_HEAD_EVIDENCE) {
    end = best.usesAnnotation ? annEnd : runEnd;
    repaired = best.text;
  } else return fail();
  if (closedByQuestion && !even && isHanRunUnit(text.charCodeAt(runEnd + 1))) {
    // The `?` stands for the last character's lost trail byte: its lead byte is the run's last byte; it is
    // put back only between two ideographs (报应 alone must not make 日報?(記者 日报应).
    const last = completeFromContext(bytes[bytes.length - 1], repaired.at(-1) ?? prev, text[runEnd + 1]);
    if (last) {
      repaired += last;
      end = runEnd + 1;
    }
  }
  b.replace(qStart, end, repaired, REDECODED);
  b.note({ rule: REDECODED, message: `byte-shifted GBK re-decoded as ${repaired}`, start: qStart, end });
}

/**
 * The characters GBK writes with lead byte `lead` (acceptable ones, see `pairChar`), each with its term
 * before `after`: what `bestCompletion` scores, read once per run.
 */
function completions(lead: number, after: number): { codes: number[]; right: number[] } {
  const codes: number[] = [];
  const right: number[] = [];
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue;
    const code = pairChar(lead, trail);
    if (code === 0) continue;
    codes.push(code);
    right.push(after >= 0 ? pairTerm(code, after) : 0);
  }
  return { codes, right };
}

/** The best score of one of the `completions` after the code unit `before`. */
function bestCompletion(c: { codes: number[]; right: number[] }, before: number): number {
  let best = 0;
  for (let i = 0; i < c.codes.length; i++) {
    const score = pairTerm(before, c.codes[i]) + c.right[i];
    if (score > best) best = score;
  }
  return best;
}

/**
 * The character with GBK lead byte `lead` that reads clearly best between `before` and `after` (a word
 * with each: bigram score), or undefined when none does (score 0, or under MARGIN times the runner-up).
 */
function completeFromContext(lead: number, before: string, after: string): string | undefined {
  let best = '';
  let bestScore = 0;
  let second = 0;
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue;
    const code = pairChar(lead, trail);
    if (code === 0) continue;
    let score = 0;
    if (before !== '') score += pairTerm(before.charCodeAt(0), code);
    if (after !== '') score += pairTerm(code, after.charCodeAt(0));
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = String.fromCharCode(code);
    } else if (score > second) second = score;
  }
  return bestScore >= MIN_HEAD_EVIDENCE && clearlyAhead(bestScore, second) ? best : undefined;
}

/**
 * Region A with no acceptable re-decoding: strong evidence (a `?` then rare or foreign characters), so drop
 * the head: through the last such character of the first four (or of the run).
 */
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
  const bad: number[] = [...rareAt];
  for (let i = 0; i < run.length; i++) {
    const u = run.charCodeAt(i);
    if (u >= 0x80 && !isHanRunUnit(u)) bad.push(i);
  }
  bad.sort((x, y) => x - y);
  const head = bad.filter((i) => i < 4);
  const last = (head.length > 0 ? head : bad).at(-1);
  if (last === undefined) return;
  const cut = last + 1 === run.length && ann ? annEnd : runStart + last + 1;
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

/**
 * The clearly best candidate: better than the original text and MARGIN times the runner-up, both counted
 * without `shared` (score terms every candidate has).
 */
function pick(candidates: readonly Candidate[], originalScore: number, shared?: number, inText = false): Candidate | undefined {
  const sorted = [...candidates].sort((a, c) => c.score - a.score);
  const [best, second] = sorted;
  if (!best || best.score <= originalScore + 1) return undefined;
  if (second && second.text !== best.text) {
    if (shared === undefined) return best.score < MARGIN * second.score ? undefined : best;
    if (!clearlyAhead(best.score - shared, second.score - shared, inText)) return undefined;
  }
  return best;
}

/**
 * Whether a byte-shifted run's best first character is clearly ahead of the runner-up: MARGIN times its
 * score, or, inside a sentence (an ideograph on either side), ten times as frequent in words (a log10 score
 * one more: 企业 38,439 beats 大业 1,424). At a line or field start a name is too likely (来源:?… is no
 * place for 随州 3,673 over 沧州 298).
 */
function clearlyAhead(best: number, second: number, inText = true): boolean {
  return best >= MARGIN * second || (inText && best - second >= 1);
}
