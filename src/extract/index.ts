/**
 * extract/: gazetteers + rules over the clean Simplified text → facts and mentions.
 * Stages run in order; each reads the document context and what earlier stages found.
 * (STUB until the extraction stages land.)
 */
import type { DocMeta, Extraction } from '../analysis/schema.ts';

/** Extract every fact from a clean text. */
export function extract(text: string, meta: DocMeta): Extraction {
  void text;
  void meta;
  return { regions: [], people: [], organizations: [], industries: [], quantities: [], events: [], directives: [], mentions: [] };
}
