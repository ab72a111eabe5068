/**
 * clean/noise/lost-char: lost characters written as ? + pinyin: 日?(bào)讯 → 日报讯.
 * (STUB until the noise stage lands: returns the text unchanged.)
 */
import { type PassResult } from '../../text/edits.ts';

/** lost characters written as ? + pinyin: 日?(bào)讯 → 日报讯. */
export function recoverLostCharacters(text: string): PassResult {
  return { text, edits: [] };
}
