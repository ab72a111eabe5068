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
import { CJK_IDEOGRAPH, PINYIN_ANNOTATION, PINYIN_PRECHECK } from './constants.ts';
import { hasReading, isPinyinSyllable, normalizeSyllable } from './lexicon.ts';

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
  for (const m of text.matchAll(PINYIN_ANNOTATION)) {
    const start = m.index;
    const written = m[1];
    const norm = normalizeSyllable(written);
    // Toneless syllables (`(le)`, `(chinese)`) are ordinary words far more often than annotations.
    if (!/[1-4]$/.test(norm)) continue;
    if (!isPinyinSyllable(norm)) continue;
    const before = start > 0 ? text[start - 1] : '';
    const end = start + m[0].length;
    if (!before || !CJK_IDEOGRAPH.test(before)) {
      // `?(bào)` is the lost-character pass's; after other text it is an orphan annotation.
      if (before === '?') continue;
      b.remove(start, end, REASON);
      b.note({ rule: `${REASON}:orphan`, message: `pinyin ${written} not after a Chinese character`, start, end });
      continue;
    }
    const match = hasReading(before, norm);
    b.remove(start, end, REASON);
    if (match === undefined) {
      b.note({ rule: `${REASON}:unknown-reading`, message: `no known reading for ${before}; removed ${written} as pinyin`, start, end });
    } else if (!match) {
      b.note({ rule: `${REASON}:mismatch`, message: `${written} is not a reading of ${before}`, start: start - 1, end });
    }
  }
  return b.finish();
}
