/**
 * normalize/width: full-width ASCII forms → ASCII, and odd spaces / CR line breaks → plain ones, as edits.
 * One scan over the code units finds both kinds (the character classes are those of constants.ts).
 */
import type { Edit } from '../text/edits.ts';
import { FULLWIDTH_OFFSET, KEEP_FULLWIDTH, ODD_SPACE, ZERO_WIDTH } from './constants.ts';

const WIDTH_REASON = 'normalize:width';
const SPACE_REASON = 'normalize:space';

// Code unit → what the scan does with it (built once from the constants).
const OTHER = 0;
const FULLWIDTH = 1; // a full-width form made ASCII (U+FF01–FF5E without KEEP_FULLWIDTH)
const SPACE = 2; // an odd space made ' '
const ZERO = 3; // a zero-width character removed
const CR = 4; // a carriage return: CRLF or a lone CR made LF

const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0xff01; c <= 0xff5e; c++) if (!KEEP_FULLWIDTH.has(String.fromCharCode(c))) table[c] = FULLWIDTH;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (ODD_SPACE.test(ch)) table[c] = ZERO_WIDTH.has(ch) ? ZERO : SPACE;
  }
  table[0x0d] = CR;
  return table;
})();

/** Which edits a scan collects. */
interface Kinds {
  readonly width: boolean;
  readonly space: boolean;
}

/** Width and/or space edits of `text`, in text order (runs of full-width forms merged into one edit). */
function scan(text: string, kinds: Kinds, edits: Edit[]): Edit[] {
  for (let i = 0; i < text.length; i++) {
    const kind = CLASS[text.charCodeAt(i)];
    if (kind === OTHER) continue;
    if (kind === FULLWIDTH) {
      if (!kinds.width) continue;
      let end = i + 1;
      while (end < text.length && CLASS[text.charCodeAt(end)] === FULLWIDTH) end++;
      let run = '';
      for (let j = i; j < end; j++) run += String.fromCharCode(text.charCodeAt(j) - FULLWIDTH_OFFSET);
      edits.push({ start: i, end, replacement: run, reason: WIDTH_REASON });
      i = end - 1;
    } else if (kinds.space) {
      if (kind === CR) {
        const end = text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
        edits.push({ start: i, end, replacement: '\n', reason: SPACE_REASON });
        i = end - 1;
      } else edits.push({ start: i, end: i + 1, replacement: kind === ZERO ? '' : ' ', reason: SPACE_REASON });
    }
  }
  return edits;
}

const WIDTH_ONLY: Kinds = { width: true, space: false };
const SPACE_ONLY: Kinds = { width: false, space: true };
const BOTH: Kinds = { width: true, space: true };

/**
 * Full-width letters, digits and ASCII symbols → half-width (runs merged into one edit);
 * Chinese punctuation ，：；？！ stays.
 * @example widthEdits('ＧＤＰ增长５％') // [{start:0,end:3,replacement:'GDP',…}, {start:5,end:7,replacement:'5%',…}]
 */
export function widthEdits(text: string): Edit[] {
  return scan(text, WIDTH_ONLY, []);
}

/**
 * NBSP, typographic and ideographic spaces → ' ' (zero-width ones removed); CRLF / CR → LF.
 * @example spaceEdits('a\u3000b\r\n') // [{start:1,end:2,replacement:' ',…}, {start:3,end:5,replacement:'\n',…}]
 */
export function spaceEdits(text: string): Edit[] {
  return scan(text, SPACE_ONLY, []);
}

/**
 * `widthEdits` and `spaceEdits` of `text` together, in text order (they never overlap), from one scan.
 * @example widthSpaceEdits('Ａ\u3000') // [{start:0,end:1,replacement:'A',…}, {start:1,end:2,replacement:' ',…}]
 */
export function widthSpaceEdits(text: string): Edit[] {
  return scan(text, BOTH, []);
}
