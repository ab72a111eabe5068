/**
 * clean/noise/pinyin: pinyin annotations glued after characters: 產(chǎn) → 產.
 *
 * Some sites print the reading after every character to defeat scrapers. An annotation `(x)` is
 * removed when `x` is a pinyin syllable with a tone mark or tone digit and a reading of the character
 * before it (any reading of a polyphone; tone ignored, for tone sandhi). When pinyin-pro has no reading
 * for that character, a valid syllable is removed and a finding says so; when the character has readings
 * but none matches, the annotation is still removed (it is toned pinyin, not content) with a finding.
 * Real parentheses stay: (湖北), (2024), (chinese), (AI).
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';
import { PINYIN_PRECHECK } from './constants.ts';
import { hasReadingUnit } from './lexicon.ts';
import { isTonedPinyin, syllableAt } from './written-syllable.ts';

const REASON = 'pinyin-annotation';

/**
 * Remove pinyin annotations glued after characters.
 * @param text the pass input
 * @returns the text without annotations, one `pinyin-annotation` edit per annotation, findings for unsure ones
 * @example removePinyinAnnotations('產(chǎn)業(yè)').text // '產業'
 */
export function removePinyinAnnotations(text: string): PassResult {
  if (!PINYIN_PRECHECK.test(text)) return { text, edits: [] };
  const b = new EditBuilder(text);
  // Each `(` followed by a syllable and `)`: the matches of PINYIN_ANNOTATION, read from the code units.
  for (let start = text.indexOf('('); start >= 0; start = text.indexOf('(', start + 1)) {
    const syllable = syllableAt(text, start + 1);
    if (syllable === undefined) continue;
    const end = start + 2 + syllable.written.length;
    if (text.charCodeAt(end - 1) !== 0x29) continue; // `)`
    // Toneless syllables (`(le)`, `(chinese)`) are ordinary words far more often than annotations.
    if (!isTonedPinyin(syllable)) continue;
    const { written, norm } = syllable;
    const code = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (!isCjkIdeograph(code)) {
      // `?(bào)` is the lost-character pass's; after other text it is an orphan annotation.
      if (code === 0x3f) continue; // `?`
      b.remove(start, end, REASON);
      b.note({ rule: `${REASON}:orphan`, message: `pinyin ${written} not after a Chinese character`, start, end });
      continue;
    }
    const match = hasReadingUnit(code, norm);
    b.remove(start, end, REASON);
    if (match === true) continue;
    const before = text[start - 1];
    if (match === undefined) {
      b.note({ rule: `${REASON}:unknown-reading`, message: `no known reading for ${before}; removed ${written} as pinyin`, start, end });
    } else if (!match) {
      b.note({ rule: `${REASON}:mismatch`, message: `${written} is not a reading of ${before}`, start: start - 1, end });
    }
  }
  return b.finish();
}

/** Whether a code unit is a CJK_IDEOGRAPH (basic block, extension A, compatibility ideographs). */
function isCjkIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
