/**
 * clean/structure/whitespace: final tidy — trailing spaces, runs of blank lines, leading/trailing blank text.
 * Read by code-unit scans (the patterns they stand for are named below): an unanchored `\s+$` is tried
 * at every whitespace run of the text.
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';
import { isJsSpace } from '../../text/space.ts';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;

/** Tidy whitespace left behind by earlier passes. */
export function tidyWhitespace(text: string): PassResult {
  const b = new EditBuilder(text);
  const n = text.length;
  // `/[ \t]+(?=\n|$)/g`: spaces/tabs at the end of a line (each maximal run followed by \n or the end).
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) continue;
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
    if (j === n || text.charCodeAt(j) === LF) b.remove(i, j, 'whitespace');
    i = j - 1;
  }
  // `/^\s+/` and `/\s+$/` (`\s` as a regex reads it): the blank text at either end.
  let lead = 0;
  while (lead < n && isJsSpace(text.charCodeAt(lead))) lead++;
  let trail = n;
  while (trail > 0 && isJsSpace(text.charCodeAt(trail - 1))) trail--;
  const hasTrail = trail < n;
  // `/\n{3,}/g`: three or more line breaks (two blank lines or more) collapse to one blank line.
  // Blank runs at the very start or end are left to the lead/trail removals below.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i)) {
    let end = i + 1;
    while (end < n && text.charCodeAt(end) === LF) end++;
    if (end - i >= 3 && !(i < lead || (hasTrail && end > trail))) b.replace(i, end, '\n\n', 'whitespace');
    i = end;
  }
  if (lead > 0) b.remove(0, lead, 'whitespace');
  if (hasTrail && trail > lead) b.remove(trail, n, 'whitespace');
  return b.finish();
}
