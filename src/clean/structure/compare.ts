/**
 * clean/structure/compare: the comparison form of a line or block, used to spot repeats:
 * whitespace, punctuation and symbols removed (`胡衡华强调, 要…` and `胡衡华强调，要…` compare equal).
 */
import { lastNonSpace } from '../../text/space.ts';

// Whitespace, Unicode punctuation and symbols (both ASCII and CJK forms).
const IGNORED = /[\s\p{P}\p{S}]+/gu;
// One character of IGNORED.
const IGNORED_ONE = new RegExp(`^${IGNORED.source}$`, 'u');
// A trailing ellipsis (… or ...) marking a truncated copy.
const ELLIPSIS = /(?:…+|\.{2,})\s*$/;
const HORIZONTAL_ELLIPSIS = 0x2026; // …
const FULL_STOP = 0x2e; // .

// IGNORED as a table over the Basic Multilingual Plane (1 = ignored), built once: one array read per
// code unit instead of Unicode property tests. Surrogate pairs are still tested with IGNORED itself.
let ignoredUnits: Uint8Array | undefined;

function ignoredTable(): Uint8Array {
  if (ignoredUnits) return ignoredUnits;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue; // surrogates: judged as pairs below
    if (IGNORED_ONE.test(String.fromCharCode(c))) table[c] = 1;
  }
  ignoredUnits = table;
  return table;
}

/**
 * Comparison key: whitespace, punctuation and symbols removed; a trailing ellipsis dropped first.
 * @example compareKey('强调, 要明确…') // '强调要明确'
 */
export function compareKey(s: string): string {
  // ELLIPSIS can only match when the last non-space character is … or . (its scan of every position is skipped otherwise).
  const last = lastNonSpace(s);
  const text = last === HORIZONTAL_ELLIPSIS || last === FULL_STOP ? s.replace(ELLIPSIS, '') : s;
  const ignored = ignoredTable();
  let out = '';
  let kept = 0; // text[kept, i) is kept and not yet in `out`
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width = 0;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000 && isIgnoredPair(text.slice(i, i + 2))) width = 2;
      else if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
    } else if (ignored[c] === 1) width = 1;
    if (width === 0) continue;
    if (i > kept) out += text.slice(kept, i);
    i += width - 1;
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Whether one astral character (a surrogate pair) is whitespace, punctuation or a symbol. */
function isIgnoredPair(pair: string): boolean {
  return IGNORED_ONE.test(pair);
}
