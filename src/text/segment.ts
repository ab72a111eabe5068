/**
 * Word segmentation (`@node-rs/jieba`, default dictionary), shared by the stages that need to know
 * whether a short lexicon hit is a word of its own or the middle of another word
 * (人参 in 负责人参加). Loaded on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

/** The shared segmenter. */
export function segmenter(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

/** Characters of context segmented on each side of a hit. */
const WINDOW = 8;

/**
 * True when the span [start, end) of `text` is not cut out of the middle of a word: no segmented
 * word of its neighbourhood starts before `start` and runs into the span, and none starts inside
 * the span and runs past `end`. A word that starts at `start` and runs on is allowed (化工 in 化工园区).
 */
export function alignsWithWords(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WINDOW));
  let at = from;
  for (const w of segmenter().cut(window, true)) {
    const wEnd = at + w.length;
    if (at < start && wEnd > start) return false;
    if (at > start && at < end && wEnd > end) return false;
    at = wEnd;
    if (at >= end) break;
  }
  return true;
}
