/** Cheap looks at the first bytes: byte-order marks and an HTML page's declared charset. */

/** A byte-order mark found at the start: its codec label and length in bytes. */
export interface Bom {
  readonly label: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly length: number;
}

/** The byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): Bom | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return undefined;
}

/** How far into a page to look for `<meta charset>` (the HTML standard prescans 1024 bytes; pages are sloppier). */
const META_SCAN_BYTES = 4096;

/**
 * `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`:
 * the label inside either form.
 */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)/i;

/** The charset an HTML page declares in its first KBs (ASCII-compatible encodings only). */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, META_SCAN_BYTES);
  // latin1 maps every byte to one char, so ASCII markup reads the same whatever the real codec.
  const ascii = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  return META_CHARSET.exec(ascii)?.[1];
}
