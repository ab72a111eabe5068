/**
 * clean/noise/written-syllable: the pinyin syllable written at a position of a text, read from its code
 * units and interned.
 *
 * Pages that annotate every character repeat a few hundred syllables thousands of times. Reading one as a
 * regex group allocates a substring, and every memo keyed by it hashes that new string again. Here the
 * syllable (`[a-z${TONE_MARKS}]{1,6}[1-5]?`, as in constants.ts) is scanned with a code-unit table, looked
 * up by a hash of its code units, and returned as one shared record per distinct spelling, normalized once:
 * later lookups keyed by `norm` hit a string whose hash is already computed.
 */
import { TONE_MARKS } from './constants.ts';
import { isPinyinSyllable, normalizeSyllable } from './lexicon.ts';

/** A written syllable (`chǎn`, `chan3`, `le`) and its normalized form (`chan3`, `le`). */
export interface WrittenSyllable {
  readonly written: string;
  readonly norm: string;
  /** Whether `norm` ends in a tone 1–4 (marked or digit): only such syllables can be annotations. */
  readonly toned: boolean;
}

interface Entry extends WrittenSyllable {
  /** The next entry with the same hash. */
  readonly next: Entry | undefined;
  /** isPinyinSyllable(norm), once asked (it loads the lexicon, so not before). */
  pinyin: boolean | undefined;
}

/** Most syllables kept before the table is emptied (crawled text can hold any number of letter runs). */
const LIMIT = 50_000;
/** Most letters of a syllable, as in the SYLLABLE pattern. */
const MAX_LETTERS = 6;

/** 1 for the code units of a syllable letter: `a`–`z` and the tone-marked vowels of TONE_MARKS. */
const LETTER = new Uint8Array(0x10000);
for (let c = 0x61; c <= 0x7a; c++) LETTER[c] = 1;
for (let i = 0; i < TONE_MARKS.length; i++) LETTER[TONE_MARKS.charCodeAt(i)] = 1;

const table = new Map<number, Entry>();

/** Whether a code unit is a syllable letter (`a`–`z` or a tone-marked vowel). */
export function isSyllableLetter(code: number): boolean {
  return LETTER[code] === 1;
}

/**
 * The syllable written at `start`: the longest run of at most six letters, then one tone digit 1–5 if
 * there is one (the greedy reading of `[a-z…]{1,6}[1-5]?`). The caller checks what follows it.
 * @returns the interned syllable (its length is `written.length`), or undefined when no letter is at `start`
 * @example syllableAt('產(chǎn)', 2)?.norm // 'chan3'
 */
export function syllableAt(text: string, start: number): WrittenSyllable | undefined {
  let end = start;
  let hash = 0x811c9dc5;
  const limit = Math.min(text.length, start + MAX_LETTERS);
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (LETTER[c] !== 1) break;
    hash = Math.imul(hash ^ c, 0x01000193);
    end++;
  }
  if (end === start) return undefined;
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (c >= 0x31 && c <= 0x35) {
      hash = Math.imul(hash ^ c, 0x01000193);
      end++;
    }
  }
  const length = end - start;
  for (let e = table.get(hash); e !== undefined; e = e.next) {
    if (e.written.length === length && text.startsWith(e.written, start)) return e;
  }
  if (table.size >= LIMIT) table.clear();
  const written = text.slice(start, end);
  const norm = normalizeSyllable(written);
  const last = norm.charCodeAt(norm.length - 1);
  const entry: Entry = { written, norm, toned: last >= 0x31 && last <= 0x34, next: table.get(hash), pinyin: undefined };
  table.set(hash, entry);
  return entry;
}

/** Whether a written syllable is toned Mandarin pinyin: `toned` and `isPinyinSyllable(norm)`, memoized on it. */
export function isTonedPinyin(syllable: WrittenSyllable): boolean {
  if (!syllable.toned) return false;
  const entry = syllable as Entry;
  return (entry.pinyin ??= isPinyinSyllable(entry.norm));
}
