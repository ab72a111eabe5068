/**
 * extract/sticky: run a global pattern only where a match can start. Many patterns of the stages
 * start with one of a few characters (a province abbreviation, a numeral); a global scan still tries
 * every position of the text, while most texts hold few of those characters. Given the positions of
 * the possible first characters, a sticky copy of the pattern tried there finds exactly the matches
 * `text.matchAll(re)` finds. Also the cheap forms of per-character class tests (code-unit tables) and
 * of `matchAll` itself (an `exec` loop).
 */

/**
 * A set of UTF-16 code units as a bitset (bit c of word c >>> 5): 8 KB, where a byte table would take
 * 64 KB. The stages read many such sets and several automata per document, which then stay in cache.
 */
export type CodeUnitSet = Int32Array;

/** True when code unit `c` (0…0xFFFF) is in `set`. */
export function has(set: CodeUnitSet, c: number): boolean {
  return (set[c >>> 5]! & (1 << (c & 31))) !== 0;
}

function add(set: CodeUnitSet, c: number): void {
  set[c >>> 5]! |= 1 << (c & 31);
}

/** The set of each code unit of `chars`. */
export function charTable(chars: Iterable<string>): CodeUnitSet {
  const set = new Int32Array(0x10000 >>> 5);
  for (const s of chars) for (let i = 0; i < s.length; i++) add(set, s.charCodeAt(i));
  return set;
}

/**
 * The set of each code unit `c` for which `re.test(String.fromCharCode(c))` holds: `has(set,
 * text.charCodeAt(i))` gives exactly `re.test(text[i])` for a pattern without the g or y flag (no
 * lastIndex) and an index inside the text, one array read instead of a regex call per character.
 */
export function unitTable(re: RegExp): CodeUnitSet {
  if (re.global || re.sticky) throw new Error(`Expected a pattern without the g or y flag, got /${re.source}/${re.flags}`);
  const set = new Int32Array(0x10000 >>> 5);
  for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) add(set, c);
  return set;
}

/** The positions of `text` whose code unit is in `table`, ascending. */
export function positionsOf(text: string, table: CodeUnitSet): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (has(table, text.charCodeAt(i))) out.push(i);
  return out;
}

/** A sticky copy of a (global) pattern, to be tried at chosen positions only. */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/**
 * The matches `text.matchAll(re)` gives for a global pattern whose every match is non-empty and
 * starts at one of `positions` (ascending): `stickyRe` (from `sticky(re)`) is tried there only,
 * skipping positions inside the previous match.
 */
export function matchesAt(stickyRe: RegExp, text: string, positions: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const p of positions) {
    if (p < after) continue;
    stickyRe.lastIndex = p;
    const m = stickyRe.exec(text);
    if (m) {
      out.push(m);
      after = p + m[0].length;
    }
  }
  return out;
}

/**
 * `[...s.matchAll(re)]` for a global pattern, by an `exec` loop: the same matches from the same start
 * (`re.lastIndex`), and `re.lastIndex` left as it was, without `matchAll`'s copy of the pattern and its
 * iterator (about 7× the cost of the loop on short strings). An empty match moves on by one character,
 * as `matchAll` does.
 */
export function matchAllOf(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`Expected a global pattern, got /${re.source}/${re.flags}`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = saved;
  return out;
}

/** The index after `i` in `s`: one code unit, or one code point in unicode mode. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
