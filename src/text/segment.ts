/**
 * Word segmentation (`@node-rs/jieba`, default dictionary), shared by the stages that need to know
 * whether a short lexicon hit is a word of its own or the middle of another word
 * (人参 in 负责人参加). Loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);

let jieba: Jieba | undefined;

/**
 * The shared segmenter, made on first use. The native module and its dictionary are loaded only then
 * (an ingest's main thread never segments), and the dictionary file is read here rather than through
 * `@node-rs/jieba/dict.js`, which also reads the 6 MB IDF table and keeps both buffers for the life of
 * the thread (~11 MB on every thread that imports it) although jieba copies the dictionary natively.
 */
export function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const dictFile = join(dirname(require.resolve('@node-rs/jieba/dict.js')), 'dict.txt');
    jieba = JiebaClass.withDict(readFileSync(dictFile));
  }
  return jieba;
}

/** Characters of context segmented on each side of a hit. */
const WINDOW = 8;

/** How many window verdicts are remembered; the memo is emptied when full (bounded memory). */
const MEMO_LIMIT = 50_000;
/** Verdicts by window text and the span's offsets in it: the same window always segments the same way. */
const memo = new Map<string, boolean>();

/**
 * True when the span [start, end) of `text` is not cut out of the middle of a word: no segmented
 * word of its neighbourhood starts before `start` and runs into the span, and none starts inside
 * the span and runs past `end`. A word that starts at `start` and runs on is allowed (化工 in 化工园区).
 * Verdicts are memoized by window (segmenting costs ~5-20 µs a call; news repeats its phrases).
 */
export function alignsWithWords(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WINDOW));
  const key = `${start - from},${end - from},${window}`;
  let verdict = memo.get(key);
  if (verdict === undefined) {
    verdict = segmentAligns(window, start - from, end - from);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, verdict);
  }
  return verdict;
}

/** `alignsWithWords` on the window itself: segment it and compare word edges with [start, end). */
function segmentAligns(window: string, start: number, end: number): boolean {
  let at = 0;
  for (const w of segmenter().cut(window, true)) {
    const wEnd = at + w.length;
    if (at < start && wEnd > start) return false;
    if (at > start && at < end && wEnd > end) return false;
    at = wEnd;
    if (at >= end) break;
  }
  return true;
}
