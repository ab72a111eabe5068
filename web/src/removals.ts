/**
 * How a document's removals are shown: a span the pipeline deleted (boilerplate, jammer, pinyin) is
 * struck through; a span it rewrote (Traditional → Simplified, a lost or garbled character restored)
 * is marked as replaced, with what it became. A rewrite inside a deleted span is not shown: the
 * whole span is gone from the clean text.
 */
import type { Removal } from './api.ts';

/** A removal as drawn. */
export interface ShownRemoval {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  readonly stage?: string;
  /** What the span became in the clean text; absent for a deletion. */
  readonly replacement?: string;
}

/** Whether a removal rewrote its span rather than deleting it. */
export function isReplacement(r: Removal): boolean {
  return r.replacement !== undefined && r.replacement !== '';
}

/**
 * The removals to draw, in input order: deletions, and replacements that no deletion covers.
 * @example shownRemovals([{start: 0, end: 9, reason: 'boilerplate'}, {start: 2, end: 3, reason: 't2s', replacement: '国'}]) // the first only
 */
export function shownRemovals(removals: readonly Removal[]): ShownRemoval[] {
  // Merged deletion intervals, sorted, for a binary search per replacement.
  const del = removals.filter((r) => !isReplacement(r) && r.end > r.start).map((r) => [r.start, r.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of del) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const covered = (s: number, e: number) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid][1] < e) lo = mid + 1;
      else if (merged[mid][0] > s) hi = mid - 1;
      else return true;
    }
    return false;
  };
  return removals.filter((r) => !isReplacement(r) || !covered(r.start, r.end));
}
