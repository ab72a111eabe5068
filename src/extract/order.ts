/**
 * extract/order: putting spans in text order without sorting what is already in order.
 *
 * The stages sort their mentions by start (and longer first at the same start); most of those lists are in
 * order already, and `Array.prototype.sort` still copies every list it sorts into a work array.
 * `inTextOrder` gives exactly what the (stable) sort gives, sorting only a list that is out of order.
 */

/** A span of the text with its start and end. */
interface Spanned {
  readonly start: number;
  readonly end: number;
}

/** By start. */
export const byStart = (a: Spanned, b: Spanned): number => a.start - b.start;

/** By start, the longer first at the same start. */
export const byStartLongestFirst = (a: Spanned, b: Spanned): number => a.start - b.start || b.end - a.end;

/** True when `list` is in order under `compare` (each item not after the next). */
function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/**
 * Sort `list` in place by `compare` (stably), as `list.sort(compare)` does, and return it; a list already in
 * order is left as it is.
 * @example inTextOrder([{ start: 3, end: 4 }, { start: 1, end: 2 }], byStart) // → [{start: 1…}, {start: 3…}]
 */
export function inTextOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  return inOrder(list, compare) ? list : list.sort(compare);
}
