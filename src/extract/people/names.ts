/**
 * extract/people/names: where a Chinese personal name starting at a position ends (2–3 characters,
 * 4 with a compound surname), decided by what follows it (胡衡华强调 → 胡衡华, 克克主持 → 克克,
 * 韩正在湘 → 韩正).
 */
import { AFTER_NAME, NON_NAME_CHAR, NOT_NAMES, WEAK_THIRD, type PeopleLexicon } from './lexicon.ts';

/** True when a name may end right before `text[q]`. */
export function boundaryAt(text: string, q: number): boolean {
  AFTER_NAME.lastIndex = q;
  return AFTER_NAME.test(text);
}

/** True when `s` can be a personal name (with a known surname when `requireSurname`). */
export function plausibleName(s: string, lex: PeopleLexicon, requireSurname: boolean): boolean {
  if (s.length < 2 || s.length > 4 || NON_NAME_CHAR.test(s) || NOT_NAMES.has(s)) return false;
  const compound = lex.compoundSurnames.has(s.slice(0, 2));
  if (s.length === 4 && !compound) return false;
  return !requireSurname || compound || lex.surnames.has(s[0]!);
}

/**
 * Length of the name starting at `text[p]`, or 0 when there is none.
 * @param requireSurname names not introduced by a title must start with a known surname
 */
export function nameLengthAt(text: string, p: number, lex: PeopleLexicon, requireSurname: boolean): number {
  const long = lex.compoundSurnames.has(text.slice(p, p + 2)) ? 4 : 3;
  for (let len = long; len >= 2; len--) {
    const s = text.slice(p, p + len);
    if (s.length < len || !plausibleName(s, lex, requireSurname)) continue;
    if (!boundaryAt(text, p + len)) continue;
    // 韩正在湘: 3 characters fit, but the third is a function word and 2 fit as well.
    if (len > 2 && WEAK_THIRD.test(s[len - 1]!) && boundaryAt(text, p + len - 1) && plausibleName(s.slice(0, -1), lex, requireSurname)) continue;
    return len;
  }
  return 0;
}
