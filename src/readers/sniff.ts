/** Cheap checks on the first bytes of a payload: binary or text, HTML or plain text. */

/** How many leading bytes the checks look at. */
export const SNIFF_BYTES = 8192;

/** Share of control bytes (other than tab, newlines, form feed, escape) above which a payload is binary. */
const MAX_CONTROL_SHARE = 0.05;

/** True when the payload starts with a UTF-16 byte-order mark (its NULs are text). */
function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/** True when the first KBs hold a NUL byte or too many control bytes to be text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i]!;
    if (c === 0) return true;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) || c === 0x7f) control++;
  }
  return head.length > 0 && control / head.length > MAX_CONTROL_SHARE;
}

/** Markup that only an HTML page starts with or carries near its top. */
const HTML_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]|<br\s*\/?>/i;

/** `html` when the first KBs look like markup, else `text`. */
export function sniffFormat(bytes: Uint8Array): 'html' | 'text' {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  return HTML_MARKERS.test(head) ? 'html' : 'text';
}

/** True when the first non-blank line of a text parses as a JSON object (a JSONL stream). */
export function looksLikeJsonl(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 20)).toString('utf8');
  const first = head.split('\n').find((l) => l.trim() !== '');
  if (!first || !first.trimStart().startsWith('{')) return false;
  try {
    return typeof JSON.parse(first) === 'object';
  } catch {
    return false;
  }
}
