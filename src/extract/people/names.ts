/**
 * extract/people/names: where a Chinese personal name starting at a position ends (2–3 characters,
 * 4 with a compound surname), decided by what follows it (胡衡华强调 → 胡衡华, 克克主持 → 克克,
 * 韩正在湘 → 韩正).
 */
import { AFTER_NAME, DOTTED_NAME, NON_NAME_CHAR, NOT_NAMES, WEAK_THIRD, type PeopleLexicon } from './lexicon.ts';

/** True when a name may end right before `text[q]`. */
export function boundaryAt(text: string, q: number): boolean {
  AFTER_NAME.lastIndex = q;
  return AFTER_NAME.test(text);
}

/** Length of the name-ending word at `text[q]` (陪同 → 2, 同 → 1), 0 when none. */
function boundaryWordLength(text: string, q: number): number {
  AFTER_NAME.lastIndex = q;
  return AFTER_NAME.exec(text)?.[0].length ?? 0;
}

/** True when `s` can be a personal name (with a known surname when `requireSurname`). */
export function plausibleName(s: string, lex: PeopleLexicon, requireSurname: boolean): boolean {
  if (s.length < 2 || s.length > 4 || NON_NAME_CHAR.test(s) || NOT_NAMES.has(s) || NOT_NAMES.has(s.slice(0, 2))) return false;
  const compound = lex.compoundSurnames.has(s.slice(0, 2));
  if (s.length === 4 && !compound) return false;
  return !requireSurname || compound || lex.surnames.has(s[0]!);
}

/**
 * Length of the name starting at `text[p]`, or 0 when there is none.
 * @param requireSurname names not introduced by a title must start with a known surname
 */
export function nameLengthAt(text: string, p: number, lex: PeopleLexicon, requireSurname: boolean): number {
  const dotted = dottedNameLengthAt(text, p);
  if (dotted > 0) return dotted;
  const long = lex.compoundSurnames.has(text.slice(p, p + 2)) ? 4 : 3;
  for (let len = long; len >= 2; len--) {
    const s = text.slice(p, p + len);
    if (s.length < len || !plausibleName(s, lex, requireSurname)) continue;
    if (!boundaryAt(text, p + len)) continue;
    // 韩正在湘: 3 characters fit, but the third is a function word and 2 fit as well.
    if (len > 2 && WEAK_THIRD.test(s[len - 1]!) && boundaryAt(text, p + len - 1) && plausibleName(s.slice(0, -1), lex, requireSurname)) continue;
    // 赵某陪同: a two-word verb (陪同, 主持, 出席) starting at the third character wins over 同 after it.
    if (len > 2 && boundaryWordLength(text, p + len - 1) >= 2 && plausibleName(s.slice(0, -1), lex, requireSurname)) continue;
    return len;
  }
  // 格桑多吉表示: a four-character name (Tibetan, Mongolian) when no shorter reading ends at a boundary;
  // not before a line break or the end (李德明出⏎ is a cut-off 出席).
  const four = text.slice(p, p + 4);
  if (!requireSurname && longReading(text, p, 4, lex)) return 4;
  // 乌云毕力格出席: five characters (Mongolian names) under the same conditions.
  if (!requireSurname && longReading(text, p, 5, lex)) return 5;
  return 0;
}

/** True when the `len` characters at `text[p]` read as a long transliterated name after a title. */
function longReading(text: string, p: number, len: number, lex: PeopleLexicon): boolean {
  const s = text.slice(p, p + len);
  return (
    s.length === len &&
    /[^\s]/.test(text[p + len] ?? ' ') &&
    !NON_NAME_CHAR.test(s) &&
    !NOT_NAMES.has(s) &&
    !NOT_NAMES.has(s.slice(0, 2)) &&
    boundaryAt(text, p + len) &&
    !NOT_NAME_END.test(s) &&
    !NOT_IN_FOUR.test(s) &&
    !lex.titleEnd.test(s)
  );
}

// The last character of a four-character reading that is a verb or function word, not a name's end.
const NOT_NAME_END = /[到作要赴说率带主会]$/;
// Characters of organization, title and place words (领导小组组长, 工作委员会, 约谈园区) never in a four-character name.
const NOT_IN_FOUR = /[组委会局厅部处办室长员队区园]/;

/** Length of a dotted transliterated name at `text[p]` (阿不都热依木·买买提主持 → 10), or 0. */
export function dottedNameLengthAt(text: string, p: number): number {
  DOTTED_NAME.lastIndex = p;
  const m = DOTTED_NAME.exec(text);
  if (!m) return 0;
  // Trim the last part back to the first point where a name may end (买买提主持会议 → 买买提).
  const lastDot = m[0].lastIndexOf('·');
  for (let len = lastDot + 2; len <= m[0].length; len++) if (boundaryAt(text, p + len)) return len;
  return 0;
}

/** True when a credited token is a name: 2–5 Han characters (巴音其其格) or a dotted name, no staff word. */
export function plausibleCreditName(s: string): boolean {
  if (s.includes('·')) return /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}$/.test(s);
  return /^[\u4e00-\u9fff]{2,5}$/.test(s) && !NOT_NAMES.has(s);
}
