/**
 * clean/noise/lexicon: the small language model the noise passes judge candidates with, built lazily.
 *
 * - character frequencies and known bigrams come from the jieba dictionary shipped with
 *   `@node-rs/jieba` (`dict.txt`, MIT; word + frequency + tag per line, Simplified): a character's
 *   frequency is the summed frequency of the words holding it; a bigram is known when two characters
 *   are adjacent inside a dictionary word (日报, 科技, 初创);
 * - readings come from `pinyin-pro` (handles Traditional characters and polyphones);
 * - Traditional characters are judged through their Simplified form (OpenCC `tw` → `cn`).
 *
 * Nothing here is loaded until a pass finds a candidate, so clean text never pays for it. The frequencies,
 * bigrams, common set and reverse pinyin index are built once per machine and then read from a cache
 * file as flat tables (lexicon-cache.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js/t2cn';
import { COMMON_CHAR_COUNT, MIN_WORD_FREQ, TONE_TABLE } from './constants.ts';
import { bigramFilter, bigramTable, cachedLexiconTable, filteredBigramFrequency, type LexiconTable } from './lexicon-cache.ts';

let lexicon: LexiconTable | undefined;
/** The bigram filter of the loaded lexicon (lexicon-cache.ts `bigramFilter`). */
let filter: Uint32Array = new Uint32Array(0);
let t2s: ((s: string) => string) | undefined;
const simplifiedCache = new Map<string, string>();
const commonTable = new Int8Array(0x10000); // 0 = unknown yet, 1 = common, -1 = rare
// Code unit → 1 + the code unit of its Simplified form; 0 = unknown yet, -1 = the form is not one code unit.
const simplifiedUnit = new Int32Array(0x10000);
const readingCache = new Map<string, readonly string[]>();
let syllables: Set<string> | undefined;
/** Most entries a string-keyed memo holds before it is emptied. */
const MEMO_LIMIT = 100_000;
const syllableCache = new Map<string, string>();
const hasReadingCache = new Map<string, boolean | undefined>();
const pinyinSyllableCache = new Map<string, boolean>();

/** Load (once) the lexicon: from the cache file when there is one, else built from its sources. */
function load(): LexiconTable {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const dict = require.resolve('@node-rs/jieba/dict.txt');
  // Everything the table is built from: it names the cache file.
  const inputs = {
    jieba: [packageVersion('@node-rs/jieba'), statSync(dict).size],
    pinyin: packageVersion('pinyin-pro'),
    opencc: packageVersion('opencc-js'),
    constants: [MIN_WORD_FREQ, COMMON_CHAR_COUNT],
    // The reverse index's syllables write ü as v (lv4) since 2026-12-03.
    syllables: 'v',
  };
  const table = cachedLexiconTable(inputs, () => buildTable(readFileSync(dict, 'utf8')));
  filter = bigramFilter(table.bigrams);
  lexicon = table;
  return lexicon;
}

/** The version in a package's package.json, found beside its resolved entry (not every package exports it). */
function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? '';
    } catch {
      // No package.json at this level.
    }
    const up = dirname(dir);
    if (up === dir) return '';
    dir = up;
  }
}

/**
 * Build the lexicon from the jieba dictionary text: character frequencies, bigrams, the common set,
 * and the reverse pinyin index.
 */
function buildTable(raw: string): LexiconTable {
  const charFreq = new Map<string, number>();
  const bigramCodes = new Map<number, number>();
  for (const line of raw.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const word = line.slice(0, sp);
    const freq = Number.parseInt(line.slice(sp + 1), 10) || 0;
    // Single-character entries are skipped: the dictionary lists mojibake characters (鍏, 粬, 銆) as
    // frequent one-character "words" (tag zg), while they never occur inside a real word.
    if (freq < MIN_WORD_FREQ || word.length < 2) continue;
    for (let i = 0; i < word.length; i++) {
      const c = word[i];
      charFreq.set(c, (charFreq.get(c) ?? 0) + freq);
      if (i > 0) {
        const code = ((word.charCodeAt(i - 1) << 16) | word.charCodeAt(i)) >>> 0;
        bigramCodes.set(code, (bigramCodes.get(code) ?? 0) + freq);
      }
    }
  }
  const freqTable = new Uint32Array(0x10000);
  for (const [c, f] of charFreq) freqTable[c.charCodeAt(0)] = f;
  const ranked = [...charFreq.entries()].filter(([c]) => /\p{Script=Han}/u.test(c)).sort((a, b) => b[1] - a[1]);
  const common = new Uint8Array(0x10000);
  for (const [c] of ranked.slice(0, COMMON_CHAR_COUNT)) common[c.charCodeAt(0)] = 1;
  // The reverse index (normalized syllable → common-ish characters, most frequent first).
  const reverse = new Map<string, string[]>();
  for (const [c] of ranked) {
    // The dictionary holds some Traditional characters too; candidates are kept Simplified only.
    if (simplify(c) !== c) continue;
    for (const r of readings(c)) {
      const list = reverse.get(r);
      if (list) list.push(c);
      else reverse.set(r, [c]);
    }
  }
  return { charFreq: freqTable, common, bigrams: bigramTable(bigramCodes), reverse };
}

/** Frequency of one code unit in the table (0 when the string is not one code unit). */
function unitFrequency(table: Uint32Array, s: string): number {
  return s.length === 1 ? table[s.charCodeAt(0)] : 0;
}

/** The Simplified form of one character (itself when OpenCC has no mapping). */
export function simplify(ch: string): string {
  const hit = simplifiedCache.get(ch);
  if (hit !== undefined) return hit;
  const convert = (t2s ??= Converter({ from: 'tw', to: 'cn' }));
  const out = convert(ch);
  simplifiedCache.set(ch, out);
  return out;
}

/** Whether a character is among the ~3,500 common ones (judged on its Simplified form). */
export function isCommonChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  const cached = ch.length === 1 ? commonTable[code] : 0;
  if (cached !== 0) return cached > 0;
  const s = simplify(ch);
  const ok = s.length === 1 && load().common[s.charCodeAt(0)] === 1;
  if (ch.length === 1) commonTable[code] = ok ? 1 : -1;
  return ok;
}

/** isCommonChar for one code unit, through its memo table (the pre-checks scan every code unit of a text). */
export function isCommonUnit(code: number): boolean {
  const cached = commonTable[code];
  return cached !== 0 ? cached > 0 : isCommonChar(String.fromCharCode(code));
}

/** Frequency of a character (summed over dictionary words, Simplified form); 0 when unknown. */
export function charFrequency(ch: string): number {
  return unitFrequency(load().charFreq, simplify(ch));
}

/** How strongly `a` then `b` form (part of) a dictionary word; 0 when never adjacent in one. */
export function bigramScore(a: string, b: string): number {
  if (!a || !b) return 0;
  const lex = load();
  if (a.length === 1 && b.length === 1) {
    // Fast path: both Simplified forms are one code unit, so the pair is a number key.
    const sa = simplifiedCodeUnit(a);
    const sb = simplifiedCodeUnit(b);
    if (sa >= 0 && sb >= 0) return filteredBigramFrequency(lex.bigrams, filter, sa, sb);
  }
  // Every key is a pair of code units, so only a two-unit pair of Simplified forms can be known.
  const pair = simplify(a) + simplify(b);
  return pair.length === 2 ? filteredBigramFrequency(lex.bigrams, filter, pair.charCodeAt(0), pair.charCodeAt(1)) : 0;
}

/** bigramScore of two code units: `bigramScore(String.fromCharCode(a), String.fromCharCode(b))`, without the strings. */
export function bigramScoreUnits(a: number, b: number): number {
  const ha = simplifiedUnit[a];
  const hb = simplifiedUnit[b];
  if (ha > 0 && hb > 0) return filteredBigramFrequency(load().bigrams, filter, ha - 1, hb - 1);
  return bigramScore(String.fromCharCode(a), String.fromCharCode(b));
}

/** The code unit of the Simplified form of one code unit `ch`, or -1 when that form is not one code unit. */
function simplifiedCodeUnit(ch: string): number {
  const code = ch.charCodeAt(0);
  const hit = simplifiedUnit[code];
  if (hit !== 0) return hit > 0 ? hit - 1 : -1;
  const s = simplify(ch);
  const out = s.length === 1 ? s.charCodeAt(0) : -1;
  simplifiedUnit[code] = out >= 0 ? out + 1 : -1;
  return out;
}

/**
 * Normalize a written syllable to letters + tone digit: `chǎn` → `chan3`, `chan3` → `chan3`,
 * `le` → `le` (no tone), `lǜ` → `lv4`.
 */
export function normalizeSyllable(written: string): string {
  let out = syllableCache.get(written);
  if (out === undefined) {
    // Bounded: crawled text can hold any number of distinct letter runs.
    if (syllableCache.size >= MEMO_LIMIT) syllableCache.clear();
    out = normalizeSyllableUncached(written);
    syllableCache.set(written, out);
  }
  return out;
}

function normalizeSyllableUncached(written: string): string {
  let tone = 0;
  let out = '';
  for (const ch of written.toLowerCase()) {
    const t = TONE_TABLE[ch];
    if (t) {
      out += t[0];
      if (t[1]) tone = t[1];
    } else if (ch >= '1' && ch <= '5') {
      tone = Number(ch) === 5 ? 0 : Number(ch);
    } else out += ch;
  }
  return tone ? out + tone : out;
}

/** Strip the tone digit of a normalized syllable: `chan3` → `chan`. */
export function toneless(syllable: string): string {
  return syllable.replace(/[0-5]$/, '');
}

/** Readings of one character as normalized syllables (`chan3`, `le`); empty when pinyin-pro does not know it. */
export function readings(ch: string): readonly string[] {
  const hit = readingCache.get(ch);
  if (hit) return hit;
  const r = pinyin(ch, { multiple: true, type: 'array', toneType: 'num' }) as string[];
  // pinyin-pro writes ü (lü4, nü3); a normalized syllable writes v, as normalizeSyllable makes lǜ lv4.
  const out = r.length === 0 || r[0] === ch ? [] : r.map((s) => s.replace(/0$/, '').replace(/ü/g, 'v'));
  readingCache.set(ch, out);
  return out;
}

/** The reverse index (normalized syllable → common-ish characters, most frequent first). */
function reverseIndex(): ReadonlyMap<string, readonly string[]> {
  return load().reverse;
}

/** Every toneless syllable of the reverse index (`chan`, `lv`), built once. */
function syllableSet(): Set<string> {
  if (syllables) return syllables;
  syllables = new Set();
  for (const r of reverseIndex().keys()) syllables.add(toneless(r));
  return syllables;
}

/**
 * Characters (Simplified, most frequent first) read as `syllable`. With a tone, exact tone first;
 * without one, every tone.
 */
export function charactersFor(syllable: string): readonly string[] {
  const idx = reverseIndex();
  const norm = normalizeSyllable(syllable);
  if (/[1-4]$/.test(norm)) return idx.get(norm) ?? [];
  const out: string[] = [];
  for (const t of ['', '1', '2', '3', '4']) out.push(...(idx.get(norm + t) ?? []));
  return out;
}

/** Whether a toneless syllable (`chan`, `lv`) is a syllable of Mandarin pinyin. */
export function isPinyinSyllable(syllable: string): boolean {
  let out = pinyinSyllableCache.get(syllable);
  if (out === undefined) {
    if (pinyinSyllableCache.size >= MEMO_LIMIT) pinyinSyllableCache.clear();
    out = syllableSet().has(toneless(normalizeSyllable(syllable)));
    pinyinSyllableCache.set(syllable, out);
  }
  return out;
}

// hasReading results per syllable, then per code unit of a one-unit character: 1 = true, 2 = false, 3 = undefined.
const HAS_READING = [undefined, true, false, undefined] as const;
const unitReadingCache = new Map<string, Map<number, number>>();
let unitReadingEntries = 0;

/** Whether the character has `syllable` among its readings (tone ignored when the syllable has none). */
export function hasReading(ch: string, syllable: string): boolean | undefined {
  return ch.length === 1 ? hasReadingUnit(ch.charCodeAt(0), syllable) : hasReadingByKey(ch, syllable);
}

/** hasReading of the one-code-unit character `code` (no string for the character unless it is new). */
export function hasReadingUnit(code: number, syllable: string): boolean | undefined {
  const hit = unitReadingCache.get(syllable)?.get(code);
  if (hit !== undefined) return HAS_READING[hit];
  const out = readingMatches(String.fromCharCode(code), syllable);
  // Bounded like the other memos: start over when full.
  if (unitReadingEntries >= MEMO_LIMIT) {
    unitReadingCache.clear();
    unitReadingEntries = 0;
  }
  let perUnit = unitReadingCache.get(syllable);
  if (perUnit === undefined) unitReadingCache.set(syllable, (perUnit = new Map()));
  perUnit.set(code, out === undefined ? 3 : out ? 1 : 2);
  unitReadingEntries++;
  return out;
}

/** hasReading for a character of more than one code unit, memoized by a string key. */
function hasReadingByKey(ch: string, syllable: string): boolean | undefined {
  const key = `${ch}\u0000${syllable}`;
  if (hasReadingCache.has(key)) return hasReadingCache.get(key);
  if (hasReadingCache.size >= MEMO_LIMIT) hasReadingCache.clear();
  const out = readingMatches(ch, syllable);
  hasReadingCache.set(key, out);
  return out;
}

/** hasReading, uncached. */
function readingMatches(ch: string, syllable: string): boolean | undefined {
  const rs = readings(ch);
  let out: boolean | undefined;
  if (rs.length > 0) {
    const norm = normalizeSyllable(syllable);
    const bare = toneless(norm);
    out = rs.some((r) => r === norm || toneless(r) === bare);
  }
  return out;
}
