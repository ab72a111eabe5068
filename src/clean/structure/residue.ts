/**
 * clean/structure/residue: the core of a line without jammer residue at its edges.
 *
 * The jammer pass (noise stage) runs before structure and removes only runs it is sure of: a run of
 * short ASCII tokens with a strong symbol (`#$%&*+/\~|^@…`). A weaker run (`b) , w`, `H= w< c? e;`)
 * stays in the line, and the boilerplate patterns, anchored at the line's start or end, no longer see
 * the bullet of a related-article item (`b) , w - 周明远:…`) or a list header (`相关阅读u e H_ b`,
 * `; x/ V; F0 A#相关阅读` glued). When the jammer pass does remove a leading run it takes the bullet
 * `- ` with it (a lone `-` is a jammer token), so an item written with a bullet may reach structure
 * without one. Structure reads list headers and items through their core: the line without a run of
 * two or more short ASCII tokens (1–3 printable characters, space-separated) at its start or end; a
 * `-` ending or opening the leading run is the item's bullet (`b) , w - 周…`, `- b) , w 周…`).
 */

/** Longest token of a residue run (as the jammer pass's JAMMER_TOKEN). */
const MAX_TOKEN = 3;
/** Fewest tokens that make a residue run (one short token may be a list number or `5G`). */
const MIN_TOKENS = 2;

/** The core of a line: `[start, end)` in the line, and whether a leading residue run ended in a bullet `-`. */
export interface LineCore {
  readonly start: number;
  readonly end: number;
  readonly bullet: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isPrintableAscii = (c: number) => c > 0x20 && c < 0x7f;

/**
 * The core of a line without jammer residue at its edges.
 * @param text one line (no line break)
 * @returns the core span; the whole line when it has no residue
 * @example lineCore('b) , w - 周明远:2025年…') // {start: 9, end: 17, bullet: true}
 */
export function lineCore(text: string): LineCore {
  let start = 0;
  let bullet = false;
  // Leading run: tokens each followed by a space or by the non-ASCII text they are glued to.
  {
    let i = 0;
    let tokens = 0;
    let firstToken = '';
    let lastToken = '';
    let coreAt = 0;
    for (;;) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const t = i;
      while (i < text.length && isPrintableAscii(text.charCodeAt(i))) i++;
      if (i === t || i - t > MAX_TOKEN) break;
      if (i === text.length) {
        tokens = 0; // a line of nothing but short tokens has no core to find
        break;
      }
      tokens++;
      lastToken = text.slice(t, i);
      if (tokens === 1) firstToken = lastToken;
      coreAt = i;
      if (!isSpace(text.charCodeAt(i))) break; // glued to the text after it
    }
    // A bullet ends the run (jammer, then `- `) or opens it (`- `, then a jammer before the headline).
    const dashes = (lastToken === '-' ? 1 : 0) + (firstToken === '-' && tokens > 1 ? 1 : 0);
    if (tokens - dashes >= MIN_TOKENS) {
      start = coreAt;
      bullet = dashes > 0;
      while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    }
  }
  // Trailing run: tokens each preceded by a space or by the non-ASCII text they are glued to.
  let end = text.length;
  {
    let i = text.length;
    let tokens = 0;
    let coreEnd = text.length;
    for (;;) {
      while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
      const t = i;
      while (i > start && isPrintableAscii(text.charCodeAt(i - 1))) i--;
      if (i === t || t - i > MAX_TOKEN) break;
      if (i === start) {
        tokens = 0;
        break;
      }
      tokens++;
      coreEnd = i;
      if (!isSpace(text.charCodeAt(i - 1))) break; // glued to the text before it
    }
    if (tokens >= MIN_TOKENS) {
      end = coreEnd;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    }
  }
  return { start, end, bullet };
}
