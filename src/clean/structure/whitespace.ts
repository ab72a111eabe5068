/**
 * clean/structure/whitespace: final tidy — trailing spaces, runs of blank lines, leading/trailing blank text.
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';

// Spaces/tabs at the end of a line.
const TRAILING_SPACE = /[ \t]+(?=\n|$)/g;
// Three or more line breaks (two blank lines or more) collapse to one blank line.
const BLANK_RUN = /\n{3,}/g;

/** Tidy whitespace left behind by earlier passes. */
export function tidyWhitespace(text: string): PassResult {
  const b = new EditBuilder(text);
  for (const m of text.matchAll(TRAILING_SPACE)) b.remove(m.index!, m.index! + m[0].length, 'whitespace');
  const lead = /^\s+/.exec(text);
  const trail = /\s+$/.exec(text);
  // Blank runs at the very start or end are left to the lead/trail removals below.
  for (const m of text.matchAll(BLANK_RUN)) {
    const end = m.index! + m[0].length;
    if (m.index! < (lead?.[0].length ?? 0) || (trail && end > trail.index)) continue;
    b.replace(m.index!, end, '\n\n', 'whitespace');
  }
  if (lead) b.remove(0, lead[0].length, 'whitespace');
  if (trail && trail.index > (lead?.[0].length ?? 0)) b.remove(trail.index, text.length, 'whitespace');
  return b.finish();
}
