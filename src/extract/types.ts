/**
 * Shared shapes of the extract stages: the document context every stage reads,
 * and the result every stage returns (facts plus the mentions that support them).
 */
import type { DocMeta, Mention } from '../analysis/schema.ts';
import { has, matchAllOf, unitTable } from './sticky.ts';

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

// Sentence ends: full stop, exclamation, question mark, semicolon (full and half width) and line breaks.
const SENTENCE_END = /[。！？；!?;]+[”」』）)]*|\n+/g;

/** White space as `trim` removes it (`\s` is the same set of code units). */
const SPACE = unitTable(/\s/);

/** True when `text[start, end)` holds something besides white space (`slice(start, end).trim()` is not empty). */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!has(SPACE, text.charCodeAt(i))) return true;
  return false;
}

/** Build the context: split sentences once for all stages. */
export function createContext(text: string, meta: DocMeta): ExtractContext {
  const sentences: Span[] = [];
  let start = 0;
  for (const m of matchAllOf(SENTENCE_END, text)) {
    const end = m.index! + m[0].length;
    if (hasContent(text, start, end)) sentences.push({ start, end });
    start = end;
  }
  if (hasContent(text, start, text.length)) sentences.push({ start, end: text.length });
  return { text, meta, sentences };
}
