/**
 * clean/noise/jammer: anti-scraping jammer strings of ASCII noise.
 * (STUB until the noise stage lands: returns the text unchanged.)
 */
import { type PassResult } from '../../text/edits.ts';

/** anti-scraping jammer strings of ASCII noise. */
export function removeJammers(text: string): PassResult {
  return { text, edits: [] };
}
