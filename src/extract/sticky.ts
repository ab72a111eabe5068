/**
 * extract/sticky: run a global pattern only where a match can start. Many patterns of the stages
 * start with one of a few characters (a province abbreviation, a numeral); a global scan still tries
 * every position of the text, while most texts hold few of those characters. Given the positions of
 * the possible first characters, a sticky copy of the pattern tried there finds exactly the matches
 * `text.matchAll(re)` finds.
 */

/** A table of UTF-16 code units: 1 for each code unit of `chars`. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const s of chars) for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)] = 1;
  return table;
}

/**
 * A table of UTF-16 code units: 1 for each code unit `c` for which `re.test(String.fromCharCode(c))`
 * holds. Reading it at `text.charCodeAt(i)` gives exactly `re.test(text[i])` for a pattern without
 * the g or y flag (no lastIndex), one array read instead of a regex call per character.
 */
export function unitTable(re: RegExp): Uint8Array {
  if (re.global || re.sticky) throw new Error(`Expected a pattern without the g or y flag, got /${re.source}/${re.flags}`);
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** The positions of `text` whose code unit is in `table`, ascending. */
export function positionsOf(text: string, table: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) out.push(i);
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
