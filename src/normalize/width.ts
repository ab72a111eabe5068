/**
 * normalize/width: full-width ASCII forms → ASCII, and odd spaces / CR line breaks → plain ones, as edits.
 */
import type { Edit } from '../text/edits.ts';
import { CR_BREAK, FULLWIDTH_ASCII, FULLWIDTH_OFFSET, KEEP_FULLWIDTH, ODD_SPACE, ZERO_WIDTH } from './constants.ts';

/**
 * Full-width letters, digits and ASCII symbols → half-width (runs merged into one edit);
 * Chinese punctuation ，：；？！ stays.
 * @example widthEdits('ＧＤＰ增长５％') // [{start:0,end:3,replacement:'GDP',…}, {start:5,end:7,replacement:'5%',…}]
 */
export function widthEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let runStart = -1;
  let run = '';
  const flush = (end: number) => {
    if (runStart >= 0) edits.push({ start: runStart, end, replacement: run, reason: 'normalize:width' });
    runStart = -1;
    run = '';
  };
  let last = -2;
  for (const m of text.matchAll(FULLWIDTH_ASCII)) {
    const ch = m[0];
    const i = m.index!;
    if (KEEP_FULLWIDTH.has(ch)) continue;
    if (i !== last + 1) flush(last + 1);
    if (runStart < 0) runStart = i;
    run += String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET);
    last = i;
  }
  flush(last + 1);
  return edits;
}

/**
 * NBSP, typographic and ideographic spaces → ' ' (zero-width ones removed); CRLF / CR → LF.
 * @example spaceEdits('a\u3000b\r\n') // [{start:1,end:2,replacement:' ',…}, {start:3,end:5,replacement:'\n',…}]
 */
export function spaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(ODD_SPACE)) {
    const i = m.index!;
    edits.push({ start: i, end: i + 1, replacement: ZERO_WIDTH.has(m[0]) ? '' : ' ', reason: 'normalize:space' });
  }
  for (const m of text.matchAll(CR_BREAK)) {
    edits.push({ start: m.index!, end: m.index! + m[0].length, replacement: '\n', reason: 'normalize:space' });
  }
  return edits;
}
