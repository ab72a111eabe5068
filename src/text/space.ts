/**
 * text/space: what `\s` matches in a JavaScript regex (ECMAScript WhiteSpace and LineTerminator,
 * ECMA-262 §12.2 and §12.3), as a test on one UTF-16 code unit, for scans that must agree with a
 * regex's `\s` without running one.
 */

const JS_SPACE: ReadonlySet<number> = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * Whether the code unit `c` is matched by a regex `\s`.
 * @example isJsSpace(0x3000) // true (ideographic space)
 */
export function isJsSpace(c: number): boolean {
  return JS_SPACE.has(c);
}

/**
 * The code unit of the last character of `s` that a regex `\s` does not match, or -1 when `s` is
 * all whitespace: the character a pattern ending in `X\s*$` needs to see as X.
 * @example lastNonSpace('摄 ) ') === 0x29 // ')'
 */
export function lastNonSpace(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (!JS_SPACE.has(c)) return c;
  }
  return -1;
}
