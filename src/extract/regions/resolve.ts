/**
 * extract/regions/resolve: choosing the entry a matched name denotes — names valid at the
 * story's year, retired names mapped to their successor, same-name places decided by the home
 * region and the other places of the document.
 */
import type { Candidate, Gazetteer, RegionEntry } from './gazetteer.ts';

/** True when the entry's name was in use in `year` (in use today when the year is unknown). */
export function validAt(e: RegionEntry, year: number | null): boolean {
  if (year === null) return e.to === null;
  return e.from <= year && (e.to === null || year < e.to);
}

/** The entry in use today that replaced `e` (following chains of changes), or null. */
export function successorOf(g: Gazetteer, e: RegionEntry): RegionEntry | null {
  let code = e.successor;
  for (let hops = 0; code && hops < 6; hops++) {
    const cur = g.current.get(code);
    if (cur) return cur;
    const h = g.history.get(code);
    code = h?.[h.length - 1]?.successor ?? null;
  }
  return null;
}

/** What a matched name may denote: an entry, whether the name is a short form, whether it is an old name. */
export interface Option {
  readonly entry: RegionEntry;
  readonly short: boolean;
  readonly historical: boolean;
}

/** `entriesAt` results by candidate list (a gazetteer's own array) and year: a pure function of both. */
const entriesMemo = new WeakMap<readonly Candidate[], Map<number | null, readonly Option[]>>();

/**
 * The entries a matched name may denote at `year`: those valid then, else (a name no longer in
 * use) the entries that replaced them. Deduplicated by code. Memoized (callers only read the result): names
 * repeat within and across documents.
 */
export function entriesAt(g: Gazetteer, cands: readonly Candidate[], year: number | null): readonly Option[] {
  let byYear = entriesMemo.get(cands);
  if (byYear === undefined) entriesMemo.set(cands, (byYear = new Map()));
  let out = byYear.get(year);
  if (out === undefined) byYear.set(year, (out = computeEntriesAt(g, cands, year)));
  return out;
}

function computeEntriesAt(g: Gazetteer, cands: readonly Candidate[], year: number | null): Option[] {
  const out = new Map<string, { entry: RegionEntry; short: boolean; historical: boolean }>();
  for (const c of cands) {
    if (validAt(c.entry, year) && !out.has(c.entry.code)) out.set(c.entry.code, { entry: c.entry, short: c.short, historical: c.entry.to !== null });
  }
  if (out.size > 0) return [...out.values()];
  // Only old names matched: 襄樊 → 襄阳市 (420600) after 2010.
  for (const c of cands) {
    if (year !== null && c.entry.from > year) continue;
    const s = successorOf(g, c.entry);
    if (s && s.level === c.entry.level && !out.has(s.code)) out.set(s.code, { entry: s, short: c.short, historical: true });
  }
  return [...out.values()];
}

/** True when `code` lies inside (or is) the region `home`. */
export function within(code: string, home: RegionEntry): boolean {
  if (home.level === 'province') return code.slice(0, 2) === home.code.slice(0, 2);
  if (home.level === 'city') return code.slice(0, 4) === home.code.slice(0, 4);
  return code === home.code;
}

const LEVEL_RANK = { province: 2, city: 1, county: 0 } as const;

/**
 * Pick one entry among same-name candidates, or null when still ambiguous.
 * Weights: inside the home region, already read elsewhere in the document, parent among the
 * document's places, full name over short name, higher level (吉林 → 吉林省 over 吉林市,
 * 长沙 → 长沙市 over 长沙县).
 */
export function choose<T extends { entry: RegionEntry; short: boolean }>(
  options: readonly T[],
  home: RegionEntry | null,
  docCodes: ReadonlySet<string>,
): T | null {
  if (options.length === 1) return options[0]!;
  let best: T | null = null;
  let bestScore = -1;
  let tie = false;
  for (const o of options) {
    const s = score(o, home, docCodes);
    if (s > bestScore) {
      best = o;
      bestScore = s;
      tie = false;
    } else if (s === bestScore) tie = true;
  }
  return tie ? null : best;
}

/** The weight of one candidate in `choose`. */
function score(o: { entry: RegionEntry; short: boolean }, home: RegionEntry | null, docCodes: ReadonlySet<string>): number {
  return (
    (home && within(o.entry.code, home) ? 16 : 0) +
    (docCodes.has(o.entry.code) ? 8 : 0) +
    (o.entry.parent && docCodes.has(o.entry.parent) ? 8 : 0) +
    (docCodes.has(o.entry.code.slice(0, 2) + '0000') ? 4 : 0) +
    (o.short ? 0 : 2) +
    LEVEL_RANK[o.entry.level] * 1.5
  );
}
