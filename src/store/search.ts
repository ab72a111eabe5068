/**
 * Search tokens: `@node-rs/jieba` words of a text, for the `documents.search` tsvector
 * (config `simple`). Queries must be segmented with the same function.
 */
import { segmenter } from '../text/segment.ts';

/** A token that carries no word: only spaces, punctuation or symbols. */
const NO_WORD = /^[\s\p{P}\p{S}]*$/u;

/** PostgreSQL caps a tsvector at 1 MB; stay well below (characters, ~3 bytes each for CJK). */
const MAX_TSV_CHARS = 200_000;

/**
 * Segment text into search words (jieba, HMM on), dropping punctuation-only tokens.
 * @example searchTokens('工程机械产业') // ['工程机械', '产业']
 */
export function searchTokens(text: string): string[] {
  // The segmenter the extract stages use: one jieba dictionary (~45 MB) per thread, not two.
  return segmenter().cut(text, true).filter((t) => !NO_WORD.test(t)).map((t) => t.trim());
}

/**
 * Index words of a text: jieba's search-engine mode, which adds the words inside long words
 * (动力电池 → 动力, 电池, 动力电池), so a query for 电池 finds a page that only says 动力电池.
 */
export function indexTokens(text: string): string[] {
  return segmenter().cutForSearch(text, true).filter((t) => !NO_WORD.test(t)).map((t) => t.trim());
}

/**
 * The string to feed `to_tsvector('simple', $1)`: index words (see `indexTokens`) joined by spaces. Very long texts keep
 * each distinct word once (positions are lost, matches are not) so the tsvector fits.
 */
export function searchDocument(title: string | null, text: string): string {
  const tokens = indexTokens(`${title ?? ''}\n${text}`);
  const joined = tokens.join(' ');
  if (joined.length <= MAX_TSV_CHARS) return joined;
  let out = '';
  for (const t of new Set(tokens)) {
    if (t.length > 200) continue; // tsvector lexemes are capped at 2 KB
    if (out.length + t.length + 1 > MAX_TSV_CHARS) break;
    out += (out ? ' ' : '') + t;
  }
  return out;
}
