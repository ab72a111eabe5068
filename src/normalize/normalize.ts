/**
 * normalize/normalize: the normalize stage — script (Traditional → Simplified), width and spaces.
 * The three edit sets touch disjoint characters (CJK ideographs, the full-width block, spaces and
 * CR), so they are all computed against the same input and applied once.
 */
import { applyEdits, type Edit, type PassResult } from '../text/edits.ts';
import { t2sEdits } from './t2s.ts';
import { widthSpaceEdits } from './width.ts';

/**
 * Normalize script, width and spaces. Every change is an edit (`normalize:t2s`, `normalize:width`,
 * `normalize:space`), so offsets map back to the input.
 * @example normalizeText('發展１２３\u3000').text // '发展123 '
 */
export function normalizeText(text: string): PassResult {
  if (text.length === 0) return { text, edits: [] };
  const script = t2sEdits(text);
  const layout = widthSpaceEdits(text);
  return applyEdits(text, mergeByStart(script, layout));
}

/** Two edit lists, each in text order and touching disjoint characters, merged into one in text order. */
function mergeByStart(a: readonly Edit[], b: readonly Edit[]): readonly Edit[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start <= b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
