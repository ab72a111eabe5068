/**
 * decode/findings: bytes decoding could not read, as a finding for the document's warnings (the count
 * alone, `encoding.invalidBytes`, does not say where). One finding a document, `decode:invalid-bytes`,
 * spanning the first U+FFFD, with the count in its message.
 *
 * Private-use characters (U+E000–U+F8FF) are not flagged here: GB18030 maps GBK's user-defined areas
 * there by standard, and in real pages they are icon-font glyphs or parts of mojibake runs, which the
 * noise stage judges.
 */
import type { Finding } from '../text/edits.ts';
import type { Decoded } from './index.ts';

/**
 * The finding about bytes decoding could not read, in the decoded text's coordinates.
 * @param decoded a `decode` result
 * @returns one finding when the text holds U+FFFD, else none
 * @example decodeFindings(decode(bytes)) // [{rule: 'decode:invalid-bytes', message: '2 undecodable …', start: 5, end: 6}]
 */
export function decodeFindings(decoded: Decoded): Finding[] {
  const first = decoded.text.indexOf('\uFFFD');
  if (first === -1) return [];
  let count = 0;
  for (let i = first; i !== -1; i = decoded.text.indexOf('\uFFFD', i + 1)) count++;
  const { name } = decoded.encoding;
  const message = `${count} undecodable byte sequence${count === 1 ? '' : 's'} in ${name}, written as U+FFFD`;
  return [{ rule: 'decode:invalid-bytes', message, start: first, end: first + 1 }];
}
