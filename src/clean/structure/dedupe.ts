/**
 * clean/structure/dedupe: duplicated paragraphs and blocks kept once
 * (a lead repeating the first paragraph, a headline block printed twice).
 * (STUB until the structure stage lands.)
 */
import { type PassResult } from '../../text/edits.ts';

/** Keep each paragraph/block once. */
export function dedupeBlocks(text: string): PassResult {
  return { text, edits: [] };
}
