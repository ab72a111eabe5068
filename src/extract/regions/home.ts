/**
 * extract/regions/home: the document's home region — the place its outlet serves (长沙晚报,
 * 随州日报), else the place its title names, else its most-mentioned city or county. The home
 * region resolves 市/县 references (我市, 市长) and same-name places (鼓楼区 under the home city).
 */
import type { DocMeta } from '../../analysis/schema.ts';
import type { RegionEntry } from './gazetteer.ts';
import { OUTLET_DATELINE } from './lexicon.ts';

/** A resolved place occurrence, as the regions stage sees it. */
export interface Located {
  readonly start: number;
  readonly end: number;
  readonly entry: RegionEntry;
}

/** Where a home region came from. */
export type HomeSource = 'reported-from' | 'outlet' | 'dateline' | 'title' | 'frequency';

/** A credit naming where the reporter reports from: 记者何某某东莞报道, 记者 王某 合肥报道 (the place ends right before 报道). */
const REPORTED_FROM = /记者[\s\u4e00-\u9fa5]{2,14}?报道/;

/** How far into the text a dateline (长沙晚报7月7日讯) is looked for. */
const DATELINE_WINDOW = 600;

/**
 * Find the home region among resolved places.
 * @param places resolved places of the text, in order
 * @param placesIn resolves the places of another string (outlet, title)
 */
export function findHome(
  text: string,
  meta: DocMeta,
  places: readonly Located[],
  placesIn: (s: string) => RegionEntry[],
): { entry: RegionEntry; source: HomeSource } | null {
  // 0. The place a credit reports from (【香港文汇报讯】记者某某东莞报道: the story is 东莞's, not 香港's).
  const from = REPORTED_FROM.exec(text.slice(0, DATELINE_WINDOW));
  if (from) {
    const credit = from[0].slice(2, -2).trim();
    for (let k = Math.min(4, credit.length - 1); k >= 2; k--) {
      const tail = credit.slice(-k);
      const e = placesIn(tail).find((x) => x.level !== 'province' && x.name.startsWith(tail));
      if (e) return { entry: e, source: 'reported-from' };
    }
  }
  // 1. The outlet: 长沙晚报 → 长沙市. A region at the start of the outlet's name.
  if (meta.outlet) {
    const first = placesIn(meta.outlet)[0];
    // 井冈山报 is 吉安's paper: a county in the outlet's name yields to the city the title names it under.
    const titleCity = first?.level === 'county' && meta.title ? placesIn(meta.title).find((e) => e.level === 'city' && e.code === first.parent) : undefined;
    if (titleCity) return { entry: titleCity, source: 'title' };
    if (first) return { entry: first, source: 'outlet' };
  }
  // 2. A dateline in the text: 随州日报讯, 长沙晚报7月7日讯.
  const m = OUTLET_DATELINE.exec(text.slice(0, DATELINE_WINDOW));
  if (m) {
    const start = m.index;
    const p = places.find((x) => x.start >= start && x.end <= start + m[1]!.length);
    if (p) return { entry: p.entry, source: 'dateline' };
  }
  // 3. The title.
  if (meta.title) {
    const inTitle = placesIn(meta.title).filter((e) => e.level !== 'province');
    if (inTitle[0]) return { entry: inTitle[0], source: 'title' };
  }
  // 4. The most mentioned city or county (ties: the earliest).
  const counts = new Map<string, { entry: RegionEntry; n: number; first: number }>();
  for (const p of places) {
    if (p.entry.level === 'province') continue;
    const c = counts.get(p.entry.code);
    if (c) c.n++;
    else counts.set(p.entry.code, { entry: p.entry, n: 1, first: p.start });
  }
  let best: { entry: RegionEntry; n: number; first: number } | null = null;
  for (const c of counts.values()) {
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  }
  return best ? { entry: best.entry, source: 'frequency' } : null;
}
