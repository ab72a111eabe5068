/**
 * clean/noise/pinyin: pinyin annotations glued after characters: 產(chǎn) → 產.
 * (STUB until the noise stage lands: returns the text unchanged.)
 */
import { type PassResult } from '../../text/edits.ts';

/** pinyin annotations glued after characters: 產(chǎn) → 產. */
export function removePinyinAnnotations(text: string): PassResult {
  return { text, edits: [] };
}
