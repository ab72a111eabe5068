/**
 * extract/order: putting spans in text order without sorting what is already in order.
 *
 * The stages sort their mentions by start (and longer first at the same start), and `extract` sorts the
 * stages' lists together. Most of those lists are in order already, or are a few lists each in order;
 * `Array.prototype.sort` still copies every list it sorts into a work array. These give exactly what the
 * (stable) sort gives, sorting only a list that is out of order.
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

/**
 * The items of `lists` in one list ordered by `compare`: what `[...lists[0], ...lists[1], …].sort(compare)`
 * gives (equal items keep the order of their lists, then their order within a list). Lists already in order
 * are merged; when one is not, the whole is sorted.
 */
export function mergeInOrder<T>(lists: readonly (readonly T[])[], compare: (a: T, b: T) => number): T[] {
  let out: T[] = [];
  for (const list of lists) {
    if (!inOrder(list, compare)) return lists.flat().sort(compare) as T[];
    if (list.length === 0) continue;
    out = out.length === 0 ? list.slice() : merge(out, list, compare);
  }
  return out;
}

/** The stable merge of two ordered lists: at equal items, `a`'s come first. */
function merge<T>(a: readonly T[], b: readonly T[], compare: (a: T, b: T) => number): T[] {
  // Most often every item of b comes after a's last (the stages find different things in different places).
  if (compare(a[a.length - 1]!, b[0]!) <= 0) return a.concat(b);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
