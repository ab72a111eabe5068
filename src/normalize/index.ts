/**
 * normalize/: Traditional → Simplified (OpenCC, phrase level), full-width ASCII → half-width,
 * NBSP and odd spaces → space, CRLF → LF. Every change is an edit, so offsets map back to the original.
 */
export { normalizeText } from './normalize.ts';
export { t2sEdits, traditionalTrigger } from './t2s.ts';
export { widthEdits, spaceEdits, widthSpaceEdits } from './width.ts';
