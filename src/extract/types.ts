/**
 * Shared shapes of the extract stages: the document context every stage reads,
 * and the result every stage returns (facts plus the mentions that support them).
 */
import type { DocMeta, Mention } from '../analysis/schema.ts';
import { has, unitTable } from './sticky.ts';

/** A span of the clean text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What every extract stage can read about the document. */
export interface ExtractContext {
  /** Clean, Simplified text. */
  readonly text: string;
  readonly meta: DocMeta;
  /** Sentence spans (split at 。！？；and line breaks), in order. */
  readonly sentences: readonly Span[];
}

/** What every extract stage returns. */
export interface StageResult<T> {
  readonly facts: readonly T[];
  readonly mentions: readonly Mention[];
}

/**
 * Sentence ends: full stop, exclamation, question mark, semicolon (full and half width) with the closing
 * quotes after them, and line breaks — the matches of `/[。！？；!?;]+[”」』）)]*|\n+/g`, read by code unit.
 */
const END_MARK = unitTable(/[。！？；!?;]/);
const CLOSER = unitTable(/[”」』）)]/);
const NEWLINE = 0x0a;

/**
 * The end of the sentence-end match starting at `i`, or -1 when none starts there: a run of end marks
 * and the closing quotes after it, or a run of line breaks (what the global pattern matches, greedily).
 */
function sentenceEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === NEWLINE) {
    while (text.charCodeAt(++i) === NEWLINE);
    return i;
  }
  if (!has(END_MARK, c)) return -1;
  while (i + 1 < text.length && has(END_MARK, text.charCodeAt(i + 1))) i++;
  while (i + 1 < text.length && has(CLOSER, text.charCodeAt(i + 1))) i++;
  return i + 1;
}

/** White space as `trim` removes it (`\s` is the same set of code units). */
const SPACE = unitTable(/\s/);

/** True when `text[start, end)` holds something besides white space (`slice(start, end).trim()` is not empty). */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!has(SPACE, text.charCodeAt(i))) return true;
  return false;
}

/**
 * Build the context: split sentences once for all stages, at the sentence ends (found by a code-unit
 * scan, `sentenceEndAt`: the same spans as a global pattern, without a match array per sentence).
 */
export function createContext(text: string, meta: DocMeta): ExtractContext {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const end = sentenceEndAt(text, i);
    if (end < 0) {
      i++;
      continue;
    }
    if (hasContent(text, start, end)) sentences.push({ start, end });
    start = i = end;
  }
  if (hasContent(text, start, text.length)) sentences.push({ start, end: text.length });
  return { text, meta, sentences };
}
