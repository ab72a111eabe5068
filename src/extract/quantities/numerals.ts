/**
 * Numerals: Arabic (`240`, `1.2`) and Chinese (`二十`, `两`, `二百`, `千`) into numbers.
 * 万 and 亿 are not parsed here: they stay in the unit (`1.2万家` → 1.2 万家), as the
 * annotation guidelines (corpus/README.md) and the Analysis schema ask.
 */

// Chinese digits 零〇一二两三四五六七八九 → 0..9.
const DIGITS: Readonly<Record<string, number>> = Object.freeze({
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
});
// Chinese small multipliers 十 (10), 百 (100), 千 (1000).
const MULTIPLIERS: Readonly<Record<string, number>> = Object.freeze({ 十: 10, 百: 100, 千: 1000 });

/** True when `s` is written with Chinese numeral characters only. */
export function isChineseNumeral(s: string): boolean {
  return /^[零〇一二两三四五六七八九十百千]+$/.test(s);
}

/**
 * Parse a numeral below 万: `240` → 240, `1.5` → 1.5, `二十` → 20, `十二` → 12, `二百` → 200,
 * `千` → 1000, `两` → 2. Returns null when the string is not a numeral.
 * @example parseNumeral('三百五十') // 350
 */
export function parseNumeral(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (!s || !isChineseNumeral(s)) return null;
  let total = 0;
  let digit = -1; // -1: no pending digit
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // Digit runs without multipliers (一二〇) read positionally.
      digit = digit >= 0 && digit !== 0 ? digit * 10 + d : d;
      continue;
    }
    const m = MULTIPLIERS[ch]!;
    total += (digit < 0 ? 1 : digit) * m; // 十二: a bare 十 means 一十
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}
