/**
 * clean/noise/han-encode: `iconv.encode` for runs of BMP ideographs, through per-character byte tables.
 *
 * The mojibake pass re-encodes every suspect run several times (GB18030, Big5; spans around the rare
 * characters). GB18030 and Big5 encode a BMP character on its own (no state carries from one character
 * to the next; only a surrogate pair would), so a run's bytes are its characters' bytes in order: each
 * character is encoded by iconv-lite once per encoding and kept.
 */
import iconv from 'iconv-lite';

const tables = new Map<string, (Uint8Array | undefined)[]>();

/** Whether `s` holds a surrogate code unit (then it is encoded whole by iconv-lite). */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return true;
  }
  return false;
}

/**
 * The bytes of `s` in `encoding`, equal to `iconv.encode(s, encoding)` for a stateless double-byte
 * encoding (`gb18030`, `big5`).
 * @example encodeHan('中', 'gb18030') // <Buffer d6 d0>
 */
export function encodeHan(s: string, encoding: 'gb18030' | 'big5'): Buffer {
  if (hasSurrogate(s)) return iconv.encode(s, encoding);
  let table = tables.get(encoding);
  if (!table) tables.set(encoding, (table = new Array(0x10000)));
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let bytes = table[code];
    if (bytes === undefined) table[code] = bytes = new Uint8Array(iconv.encode(s[i], encoding));
    length += bytes.length;
  }
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const bytes = table[s.charCodeAt(i)]!;
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}
