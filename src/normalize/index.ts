/**
 * normalize/: Traditional → Simplified (OpenCC, phrase level), full-width ASCII → half-width,
 * NBSP and odd spaces → space. Every change is an edit, so offsets map back to the original.
 * (STUB until the normalize stage lands.)
 */
import { type PassResult } from '../text/edits.ts';

/** Normalize script, width and spaces. */
export function normalizeText(text: string): PassResult {
  return { text, edits: [] };
}
