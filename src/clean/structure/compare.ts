/**
 * clean/structure/compare: the comparison form of a line or block, used to spot repeats:
 * whitespace, punctuation and symbols removed (`胡衡华强调, 要…` and `胡衡华强调，要…` compare equal).
 */

// Whitespace, Unicode punctuation and symbols (both ASCII and CJK forms).
const IGNORED = /[\s\p{P}\p{S}]+/gu;
// A trailing ellipsis (… or ...) marking a truncated copy.
const ELLIPSIS = /(?:…+|\.{2,})\s*$/;

/**
 * Comparison key: whitespace, punctuation and symbols removed; a trailing ellipsis dropped first.
 * @example compareKey('强调, 要明确…') // '强调要明确'
 */
export function compareKey(s: string): string {
  return s.replace(ELLIPSIS, '').replace(IGNORED, '');
}
