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
  if (nonAscii === 0) return { value: 1, replacements, cjk, common };
  const value = common / nonAscii - (REPLACEMENT_WEIGHT * replacements) / nonAscii;
  return { value, replacements, cjk, common };
}
