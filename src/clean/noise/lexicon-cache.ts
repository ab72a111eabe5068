/**
 * clean/noise/lexicon-cache: the noise lexicon as compact typed tables, kept in a file between processes.
 *
 * Building the lexicon splits and parses the whole jieba dictionary (5 MB) and asks pinyin-pro and OpenCC
 * about ~7,000 characters: ~1 s of CPU in every process (and every ingest worker) that meets one noisy
 * character. The result depends only on those packages and two constants, so it is built once per
 * machine and saved as one binary file named by a hash of those inputs (package versions, dictionary
 * size, constants, format); later processes read the file (a few ms). A missing, partial or foreign file
 * is rebuilt; a folder that cannot be written only costs the rebuild. `ATLAS_LEXICON_CACHE=off` disables
 * the file, `ATLAS_LEXICON_CACHE=<folder>` moves it (default: `<tmpdir>/cluster-atlas`).
 *
 * File layout (little-endian, every section 4-byte aligned): a header of four uint32 (MAGIC, FORMAT,
 * bigram slots, byte length of the reverse index), `charFreq` (65,536 uint32), `bigrams` (2 × slots
 * uint32), `common` (65,536 bytes), then the reverse index as UTF-8 lines `syllable\tcharacters`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The lexicon the noise passes judge candidates with, as flat tables (see lexicon.ts for the meaning). */
export interface LexiconTable {
  /** Summed word frequency per Simplified code unit (0 = in no dictionary word). */
  readonly charFreq: Uint32Array;
  /** 1 for the code units of the most frequent Han characters, else 0. */
  readonly common: Uint8Array;
  /**
   * Open-addressing hash of adjacent code-unit pairs: slot i holds key `first << 16 | second` at 2i
   * (0 = empty; no dictionary pair is two U+0000) and the summed frequency at 2i + 1.
   */
  readonly bigrams: Uint32Array;
  /** Normalized syllable (`chan3`) → characters read so, Simplified, most frequent first. */
  readonly reverse: ReadonlyMap<string, readonly string[]>;
}

const MAGIC = 0x4c455831; // "LEX1"
/** Bump when the layout or the meaning of a table changes. */
const FORMAT = 1;
const UNITS = 0x10000;
const HEADER_BYTES = 16;

/** Slot of `key` in a bigram table of `slots` (a power of two) entries, or of the empty slot ending its probe. */
function slotOf(table: Uint32Array, slots: number, key: number): number {
  // Fibonacci hashing: the high bits of the product (the low ones depend on the low bits of the key only).
  let i = Math.imul(key, 0x9e3779b1) >>> (Math.clz32(slots) + 1);
  for (;;) {
    const k = table[2 * i];
    if (k === key || k === 0) return i;
    i = (i + 1) & (slots - 1);
  }
}

/** A bigram table holding `pairs` (key → frequency). */
export function bigramTable(pairs: ReadonlyMap<number, number>): Uint32Array {
  let slots = 1024;
  while (3 * slots < 4 * pairs.size) slots *= 2; // at most three quarters full
  const table = new Uint32Array(2 * slots);
  for (const [key, freq] of pairs) {
    const i = slotOf(table, slots, key);
    table[2 * i] = key;
    table[2 * i + 1] = freq;
  }
  return table;
}

/** The frequency stored for the pair `first`, `second` (code units), 0 when absent. */
export function bigramFrequency(table: Uint32Array, first: number, second: number): number {
  const key = ((first << 16) | second) >>> 0;
  if (key === 0) return 0;
  const i = slotOf(table, table.length >> 1, key);
  return table[2 * i] === key ? table[2 * i + 1] : 0;
}

/** log2 of the bits of a bigram filter: 2^21 bits = 256 KiB, small enough to stay in a core's cache. */
const FILTER_BITS = 21;

/**
 * A one-hash Bloom filter over the keys of a bigram table: a clear bit proves a pair absent, so most
 * lookups of pairs that form no word (the usual case when candidates are tried) never touch the big
 * table. Derived from the table when it is loaded (~2 ms), not stored.
 */
export function bigramFilter(table: Uint32Array): Uint32Array {
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  for (let i = 0; i < table.length; i += 2) {
    const key = table[i];
    if (key === 0) continue;
    const h = Math.imul(key, 0x85ebca6b) >>> (32 - FILTER_BITS);
    filter[h >>> 5] |= 1 << (h & 31);
  }
  return filter;
}

/** bigramFrequency, answered from the filter when it proves the pair absent. */
export function filteredBigramFrequency(table: Uint32Array, filter: Uint32Array, first: number, second: number): number {
  const key = ((first << 16) | second) >>> 0;
  const h = Math.imul(key, 0x85ebca6b) >>> (32 - FILTER_BITS);
  if ((filter[h >>> 5] & (1 << (h & 31))) === 0) return 0;
  return bigramFrequency(table, first, second);
}

/** Serialize a table (layout in the header comment). */
function encode(t: LexiconTable): Buffer {
  const lines: string[] = [];
  for (const [syllable, chars] of t.reverse) lines.push(`${syllable}\t${chars.join('')}`);
  const reverse = Buffer.from(lines.join('\n'), 'utf8');
  const header = new Uint32Array([MAGIC, FORMAT, t.bigrams.length >> 1, reverse.length]);
  return Buffer.concat([
    new Uint8Array(header.buffer),
    new Uint8Array(t.charFreq.buffer, t.charFreq.byteOffset, t.charFreq.byteLength),
    new Uint8Array(t.bigrams.buffer, t.bigrams.byteOffset, t.bigrams.byteLength),
    t.common,
    reverse,
  ]);
}

/** Read a serialized table, or null when the bytes are not one (truncated, other format). */
function decode(bytes: Buffer): LexiconTable | null {
  if (bytes.length < HEADER_BYTES) return null;
  // One aligned copy: typed views need 4-byte aligned offsets, which a Buffer's need not have.
  const buf = new Uint8Array(bytes).buffer;
  const [magic, format, slots, reverseBytes] = new Uint32Array(buf, 0, 4);
  if (magic !== MAGIC || format !== FORMAT || slots === 0 || (slots & (slots - 1)) !== 0) return null;
  const freqAt = HEADER_BYTES;
  const bigramAt = freqAt + 4 * UNITS;
  const commonAt = bigramAt + 8 * slots;
  const reverseAt = commonAt + UNITS;
  if (bytes.length !== reverseAt + reverseBytes) return null;
  const reverse = new Map<string, readonly string[]>();
  for (const line of Buffer.from(buf, reverseAt, reverseBytes).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) reverse.set(line.slice(0, tab), [...line.slice(tab + 1)]);
  }
  return {
    charFreq: new Uint32Array(buf, freqAt, UNITS),
    bigrams: new Uint32Array(buf, bigramAt, 2 * slots),
    common: new Uint8Array(buf, commonAt, UNITS),
    reverse,
  };
}

/** The cache file for `inputs` (what the table is built from), or null when the cache is off. */
function cachePath(inputs: unknown): string | null {
  const setting = process.env.ATLAS_LEXICON_CACHE;
  if (setting === 'off') return null;
  const key = createHash('sha256').update(JSON.stringify([FORMAT, inputs])).digest('hex').slice(0, 16);
  return join(setting || join(tmpdir(), 'cluster-atlas'), `noise-lexicon-${key}.bin`);
}

/**
 * The table for `inputs`: read from the cache file, else built by `build` and saved.
 * @param inputs everything the table depends on (versions, sizes, constants); it names the file
 * @param build builds the table from its sources
 */
export function cachedLexiconTable(inputs: unknown, build: () => LexiconTable): LexiconTable {
  const path = cachePath(inputs);
  if (path) {
    try {
      const table = decode(readFileSync(path));
      if (table) return table;
      rmSync(path, { force: true }); // a foreign or partial file: rebuild it below
    } catch {
      // No file yet.
    }
  }
  const table = build();
  if (path) {
    try {
      mkdirSync(join(path, '..'), { recursive: true });
      const part = `${path}.${process.pid}-${threadId}.part`; // ingest workers share a pid
      writeFileSync(part, encode(table));
      renameSync(part, path); // atomic: a reader sees the whole file or none
    } catch {
      // No writable folder: the next process builds the table again.
    }
  }
  return table;
}
