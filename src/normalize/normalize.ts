/**
 * normalize/normalize: the normalize stage — script (Traditional → Simplified), width and spaces.
 * The three edit sets touch disjoint characters (CJK ideographs, the full-width block, spaces and
 * CR), so they are all computed against the same input and applied once.
 */
import { applyEdits, type PassResult } from '../text/edits.ts';
import { t2sEdits } from './t2s.ts';
import { spaceEdits, widthEdits } from './width.ts';

/**
 * Normalize script, width and spaces. Every change is an edit (`normalize:t2s`, `normalize:width`,
 * `normalize:space`), so offsets map back to the input.
 * @example normalizeText('發展１２３\u3000').text // '发展123 '
 */
export function normalizeText(text: string): PassResult {
  if (text.length === 0) return { text, edits: [] };
  return applyEdits(text, [...t2sEdits(text), ...widthEdits(text), ...spaceEdits(text)]);
}
