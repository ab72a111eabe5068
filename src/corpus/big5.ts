/**
 * corpus/big5: what a Big5 site can write. OpenCC's Traditional output uses forms such as 峯, 衞 (which
 * Big5 holds only in the Hong Kong HKSCS extension, and a Big5 decoder drops) and 閲, 説, 鋭, 税 (which
 * Big5 lacks altogether). A real Big5 page writes 峰, 衛, 閱, 說 instead, so before a Traditional text is
 * encoded as Big5 each such character falls back to a form Big5 holds: the character of the Taiwan
 * conversion, then of the Hong Kong conversion, then the Simplified original (峰 is both).
 *
 * "Big5 holds it" means: code page 950 (the Big5 of Windows, what Taiwanese sites write) encodes it.
 */
import iconv from 'iconv-lite';

// A UTF-16 surrogate: half of a character outside the BMP, never checked on its own.
const SURROGATE = /[\ud800-\udfff]/;

const held = new Map<string, boolean>();

/**
 * Whether Big5 (code page 950) can encode one character.
 * @param char one UTF-16 code unit outside the surrogate range
 * @returns true when encoding gives bytes other than the replacement `?`
 * @example big5Holds('峰') // true; big5Holds('峯') // false
 */
export function big5Holds(char: string): boolean {
  let ok = held.get(char);
  if (ok === undefined) {
    ok = char === '?' || iconv.encode(char, 'cp950').toString('latin1') !== '?';
    held.set(char, ok);
  }
  return ok;
}

/**
 * Replace every character of a Traditional text that Big5 cannot encode with the first Big5-encodable
 * character at the same place in the alternatives (e.g. the Taiwan and Hong Kong conversions, then the
 * Simplified original). A place where no alternative helps keeps its character (and the encoder's `?`).
 * @param trad the Traditional text to write
 * @param alternatives texts aligned with `trad` unit for unit; one of another length is ignored
 * @returns `trad` with the fallbacks applied (the same string when nothing needed one)
 * @example big5Writable('羅雲峯', ['羅雲峰', '罗云峰']) // '羅雲峰'
 */
export function big5Writable(trad: string, alternatives: readonly string[]): string {
  const aligned = alternatives.filter((a) => a.length === trad.length);
  let out = '';
  let from = 0;
  for (let i = 0; i < trad.length; i++) {
    const c = trad[i]!;
    if (c < '\u0080' || SURROGATE.test(c) || big5Holds(c)) continue;
    const alt = aligned.map((a) => a[i]!).find((a) => !SURROGATE.test(a) && big5Holds(a));
    if (alt === undefined) continue;
    out += trad.slice(from, i) + alt;
    from = i + 1;
  }
  return from === 0 ? trad : out + trad.slice(from);
}
