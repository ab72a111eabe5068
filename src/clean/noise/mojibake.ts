/**
 * clean/noise/mojibake: wrong-encoding or byte-shifted text re-decoded, else removed and flagged.
 * (STUB until the noise stage lands: returns the text unchanged.)
 */
import { type PassResult } from '../../text/edits.ts';

/** wrong-encoding or byte-shifted text re-decoded, else removed and flagged. */
export function repairMojibake(text: string): PassResult {
  return { text, edits: [] };
}
