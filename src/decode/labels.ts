/**
 * Charset labels as found in the wild (HTTP headers, `<meta charset>`, JSONL fields) mapped to the
 * decoder that reads them. GB2312 and GBK pages are decoded with GB18030, their superset (real
 * pages declared GB2312 often use GBK-only characters); the reported name stays the declared family.
 */

import iconv from 'iconv-lite';

/** Prefix of decoder labels served by iconv-lite (charsets ICU's TextDecoder does not know, e.g. `big5hkscs`, `cp949`). */
export const ICONV_PREFIX = 'iconv:';

/** A decoder choice: `decoder` is the WHATWG label given to TextDecoder (or `iconv:<label>`), `name` what we report. */
export interface Codec {
  readonly name: string;
  readonly decoder: string;
}

const ALIASES: Readonly<Record<string, Codec>> = {
  'utf-8': { name: 'utf-8', decoder: 'utf-8' },
  utf8: { name: 'utf-8', decoder: 'utf-8' },
  gb2312: { name: 'gbk', decoder: 'gb18030' },
  gbk: { name: 'gbk', decoder: 'gb18030' },
  cp936: { name: 'gbk', decoder: 'gb18030' },
  'x-gbk': { name: 'gbk', decoder: 'gb18030' },
  gb18030: { name: 'gb18030', decoder: 'gb18030' },
  big5: { name: 'big5', decoder: 'big5' },
  'big5-hkscs': { name: 'big5', decoder: 'big5' },
  cp950: { name: 'big5', decoder: 'big5' },
  'utf-16le': { name: 'utf-16le', decoder: 'utf-16le' },
  'utf-16be': { name: 'utf-16be', decoder: 'utf-16be' },
  'utf-16': { name: 'utf-16le', decoder: 'utf-16le' },
};

/** The codec for a declared label (TextDecoder first, then iconv-lite), or undefined when neither knows it. */
export function codecFor(label: string | undefined): Codec | undefined {
  if (!label) return undefined;
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const known = ALIASES[key];
  if (known) return known;
  try {
    // Every WHATWG label of big5 (cn-big5, csbig5, x-x-big5) reads through our big5 decoder (HKSCS included).
    if (new TextDecoder(key).encoding === 'big5') return ALIASES.big5;
    return { name: key, decoder: key };
  } catch {
    return iconv.encodingExists(key) ? { name: key, decoder: ICONV_PREFIX + key } : undefined;
  }
}
