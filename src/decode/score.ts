/**
 * How Chinese a candidate decoding looks. The right codec yields text dense in frequent characters
 * and free of U+FFFD; a wrong CJK codec yields rare characters (Big5 read as GBK) or replacement
 * characters (GBK read as Big5, GBK read as UTF-8).
 */
import { COMMON_CJK_TABLE } from './common-chars.ts';

/** The score of one decoding; higher is better. */
export interface DecodingScore {
  readonly value: number;
  readonly replacements: number;
  readonly cjk: number;
  readonly common: number;
}

/** Weight of one U+FFFD against the share of frequent characters. */
const REPLACEMENT_WEIGHT = 20;

/** Score a decoded sample: share of frequent characters among CJK ones, minus replacement density. */
export function scoreDecoding(text: string): DecodingScore {
  let replacements = 0;
  let cjk = 0;
  let common = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) replacements++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      common += COMMON_CJK_TABLE[c]!;
    }
  }
  return scoreOf(replacements, cjk, common, nonAscii);
}

function scoreOf(replacements: number, cjk: number, common: number, nonAscii: number): DecodingScore {
  if (nonAscii === 0) return { value: 1, replacements, cjk, common };
  const value = common / nonAscii - (REPLACEMENT_WEIGHT * replacements) / nonAscii;
  return { value, replacements, cjk, common };
}

/**
 * `scoreDecoding` of the bytes' UTF-8 decoding (WHATWG, non-fatal: TextDecoder's), read from the bytes
 * without building the string: detection meets only bytes that are not valid UTF-8, where that string
 * is mostly U+FFFD and costs more to make than to score. Follows the Encoding Standard's UTF-8 decoder
 * (https://encoding.spec.whatwg.org/#utf-8-decoder): one U+FFFD per maximal invalid subpart, and one
 * for a sequence cut off at the end.
 */
export function scoreUtf8(bytes: Uint8Array): DecodingScore {
  let replacements = 0;
  let cjk = 0;
  let common = 0;
  let nonAscii = 0;
  let needed = 0; // continuation bytes still needed by the sequence being read
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        else if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        else if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x7;
      } else {
        nonAscii++;
        replacements++;
      }
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence is broken: one U+FFFD, and this byte is read again as a new start.
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xbf;
      nonAscii++;
      replacements++;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen < needed) continue;
    needed = seen = 0;
    if (cp > 0xffff) nonAscii += 2; // a surrogate pair: two code units, neither CJK nor U+FFFD
    else {
      nonAscii++;
      if (cp === 0xfffd) replacements++;
      else if (cp >= 0x4e00 && cp <= 0x9fff) {
        cjk++;
        common += COMMON_CJK_TABLE[cp]!;
      }
    }
  }
  if (needed !== 0) {
    nonAscii++;
    replacements++;
  }
  return scoreOf(replacements, cjk, common, nonAscii);
}
