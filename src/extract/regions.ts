/**
 * extract/regions: places → GB/T 2260 codes with hierarchy, names valid at the story's date,
 * and the document's home region.
 *
 * 1. scan the gazetteer trie (full names 湖北省, short names 湖北, old names 襄樊), longest match
 * 2. province abbreviations in context only (在湘调研, 湘企, 鄂豫陕渝, 苏北)
 * 3. resolve each name at the story's year; find the home region (outlet, dateline, title, counts)
 * 4. decide same-name places with the home region and the other places; add 我市/全市 references;
 *    leave out names in reporter credits, in the outlet's name, and zones' bodies (regions/not-places),
 *    and the origins in products' names (黄山毛峰); zones named after another place read as their city (regions/products)
 * 5. facts: one per code with its count, plus the parent chain (a county implies city and province)
 */
import type { Mention, RegionFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { loadGazetteer, type Gazetteer, type RegionEntry } from './regions/gazetteer.ts';
import { choose, entriesAt, within, type Option } from './regions/resolve.ts';
import { findHome, type Located } from './regions/home.ts';
import { creditSpans, givenNameAfterTitle, notAPlace, outletSpans, weighedMaterial } from './regions/not-places.ts';
import { productOrigin, zoneSeatAt } from './regions/products.ts';
import { charTable, matchAllOf, matchesAt, positionsOf, sticky } from './sticky.ts';
import {
  ABBR_PART,
  ABBR_QUALIFIER,
  ABBR_RUN,
  MACRO_REGION_ACTORS_AFTER,
  MACRO_REGION_RUNS,
  ABBR_RUN_STOP,
  ABBR_RUN_TRAILING_NEW,
  ZONE_AFTER,
  ABBR_VISIT,
  BAY_AREA_AFTER,
  DEICTIC,
  NOT_REGION_AFTER,
  PROVINCE_ABBREVIATIONS,
} from './regions/lexicon.ts';

interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly options: readonly Option[];
  readonly rule: string;
}

/** The story's year: from the dateline, else the publication date; null when unknown. */
export function storyYear(meta: { dateline: string | null; published: string | null }): number | null {
  const y = /^(\d{4})/.exec(meta.dateline ?? '') ?? /^(\d{4})/.exec(meta.published ?? '');
  return y ? Number(y[1]) : null;
}

/** A four-digit year written as such (2010年), not part of a longer number or a decade (年代). */
const WRITTEN_YEAR = /(?<!\d)((?:19|20)\d{2})年(?!代)/g;

/**
 * The latest year the text writes (2010年吴江市纺织产业…): when the page gives no date, the names are read
 * as they were then — the story is from that year or the next, and a name's validity rarely turns in between.
 */
export function yearWritten(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(WRITTEN_YEAR)) year = Math.max(year ?? 0, Number(m[1]));
  return year;
}

/** Every gazetteer name in `text`, longest match first, left to right. */
function scanNames(g: Gazetteer, text: string, year: number | null): RawMatch[] {
  const out: RawMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const k = g.names.longestKeyAt(text, i);
    if (k < 0) {
      i = g.names.nextStart(text, i + 1);
      continue;
    }
    const end = i + g.names.lengthOf(k);
    const options = entriesAt(g, g.names.valueOf(k), year);
    // 认定安达市: a short name (定安) overlapping a longer full name that starts inside it (安达市) yields.
    if (options.length > 0 && allShort(options) && fullNameStartsWithin(g, text, i, end, year)) {
      i++;
      continue;
    }
    if (options.length > 0 && !NOT_REGION_AFTER.test(text.slice(end, end + 2))) {
      const rule = allHistorical(options) ? 'region.historical' : allShort(options) ? 'region.short' : 'region.full';
      out.push({ start: i, end, options, rule });
    }
    i = end;
  }
  return out;
}

/** True when every option is a short name (湖北, not 湖北省). */
function allShort(options: readonly Option[]): boolean {
  for (const o of options) if (!o.short) return false;
  return true;
}

/** True when every option is an old name. */
function allHistorical(options: readonly Option[]): boolean {
  for (const o of options) if (!o.historical) return false;
  return true;
}

/** True when every option is a county's short name (金湖, 安溪). */
function allShortCounties(options: readonly Option[]): boolean {
  for (const o of options) if (!o.short || o.entry.level !== 'county') return false;
  return true;
}

/** True when every option is a province. */
function allProvinces(options: readonly Option[]): boolean {
  for (const o of options) if (o.entry.level !== 'province') return false;
  return true;
}

/** True when the options name one code (`new Set(codes).size === 1`). */
function oneCode(options: readonly Option[]): boolean {
  if (options.length === 0) return false;
  const code = options[0]!.entry.code;
  for (const o of options) if (o.entry.code !== code) return false;
  return true;
}

/** True when a full (not short) name starts inside `text[start+1, end)` and runs past `end`. */
function fullNameStartsWithin(g: Gazetteer, text: string, start: number, end: number, year: number | null): boolean {
  for (let j = start + 1; j < end; j++) {
    const k = g.names.longestKeyAt(text, j);
    if (k < 0 || j + g.names.lengthOf(k) <= end) continue;
    const options = entriesAt(g, g.names.valueOf(k), year);
    if (options.some((o) => !o.short)) return true;
  }
  return false;
}

/** 1 at each province abbreviation character: every abbreviation pattern's match starts at one. */
const ABBR_CHAR = charTable(Object.keys(PROVINCE_ABBREVIATIONS));
const ABBR_RUN_AT = sticky(ABBR_RUN);
const ABBR_VISIT_AT = sticky(ABBR_VISIT);
const ABBR_QUALIFIER_AT = sticky(ABBR_QUALIFIER);
const ABBR_PART_AT = sticky(ABBR_PART);

/** Province abbreviations in their contexts, where no gazetteer name already covers them. */
function scanAbbreviations(g: Gazetteer, text: string, taken: readonly RawMatch[]): RawMatch[] {
  const positions = positionsOf(text, ABBR_CHAR);
  if (positions.length === 0) return [];
  const covered = (s: number, e: number) => taken.some((m) => m.start < e && s < m.end);
  const out: RawMatch[] = [];
  const add = (start: number, ch: string, rule: string) => {
    const entry = g.current.get(PROVINCE_ABBREVIATIONS[ch]!);
    if (entry && !covered(start, start + 1) && !out.some((o) => o.start === start)) {
      out.push({ start, end: start + 1, options: [{ entry, short: true, historical: false }], rule });
    }
  };
  for (const m of matchesAt(ABBR_RUN_AT, text, positions)) {
    let run = m[0];
    // 晶澳新能源: a trailing 新 before another character starts a word (新能源), not 新疆.
    if (ABBR_RUN_TRAILING_NEW.test(run) && /[\u4e00-\u9fff]/.test(text[m.index + run.length] ?? '')) run = run.slice(0, -1);
    // 粤港澳大湾区 names the bay area: Guangdong is a place of the story, the SARs are not.
    if (BAY_AREA_AFTER.test(text.slice(m.index + run.length, m.index + run.length + 3))) {
      const k = run.search(/[^港澳台]/);
      if (k >= 0 && !covered(m.index, m.index + run.length)) add(m.index + k, run[k]!, 'region.abbr.run');
      continue;
    }
    if (run.length < 2 || new Set(run).size < run.length) continue;
    if (MACRO_REGION_RUNS.has(run) && !MACRO_REGION_ACTORS_AFTER.test(text.slice(m.index + run.length, m.index + run.length + 4))) continue;
    if (run.length === 2 && ABBR_RUN_STOP.has(run)) continue;
    // 蒙苏经济开发区, 苏滁产业园: a cooperation zone's name, not the provinces as places.
    if (ZONE_AFTER.test(text.slice(m.index + run.length, m.index + run.length + 10))) continue;
    if (covered(m.index, m.index + run.length)) continue;
    for (let k = 0; k < run.length; k++) add(m.index + k, run[k]!, 'region.abbr.run');
  }
  for (const m of matchesAt(ABBR_VISIT_AT, text, positions)) add(m.index, m[1]!, 'region.abbr.visit');
  for (const m of matchesAt(ABBR_QUALIFIER_AT, text, positions)) add(m.index, m[1]!, 'region.abbr.qualifier');
  for (const m of matchesAt(ABBR_PART_AT, text, positions)) add(m.index, m[1]!, 'region.abbr.part');
  return out;
}

/** regions → GB/T 2260 codes with hierarchy, names valid at the story's date, home region. */
export function extractRegions(ctx: ExtractContext, found: Found): StageResult<RegionFact> {
  void found;
  const g = loadGazetteer();
  const { text, meta } = ctx;
  const year = storyYear(meta) ?? yearWritten(text);

  // 1–2. names, then abbreviations around them
  const names = scanNames(g, text, year);
  // Names inside reporter credits are people's (李长春), never places.
  const credits = creditSpans(ctx);
  const raw: RawMatch[] = [];
  for (const m of names.concat(scanAbbreviations(g, text, names))) {
    if (credits.length > 0 && credits.some((c) => c.start <= m.start && c.end >= m.end)) continue;
    // A short name after a title and a surname is a given name (县委书记李卫东), never a place.
    if (allShort(m.options) && givenNameAfterTitle(text, m.start)) continue;
    // A name right after a weight is a material (年产300吨白银), never a place.
    if (weighedMaterial(text, m.start)) continue;
    // The origin in a product's name (黄山毛峰, 赣南脐橙) is no place of the story.
    if (productOrigin(text, m.end, allProvinces(m.options) ? 'province' : 'city', m.rule === 'region.abbr.part', m.start)) continue;
    // A zone named after a place it does not lie in (井冈山经开区) is read as the city that holds it.
    raw.push(zoneSeat(g, text, m));
  }
  raw.sort((a, b) => a.start - b.start);

  // 3. a first reading without the home region (same-name places by level); the home region from it.
  //    County short names (金湖, 安溪) are common words too often to stand on their own: they
  //    count only inside the home region or under a city or province the document names.
  const docCodes = new Set<string>();
  for (const m of raw) {
    if (allShortCounties(m.options)) continue;
    if (oneCode(m.options)) docCodes.add(m.options[0]!.entry.code);
  }
  const first: Located[] = [];
  for (const m of raw) {
    const pick = choose(m.options, null, docCodes);
    if (pick && !(pick.short && pick.entry.level === 'county')) {
      first.push({ start: m.start, end: m.end, entry: pick.entry });
      docCodes.add(pick.entry.code);
    }
  }
  const placesIn = (s: string): RegionEntry[] =>
    scanNames(g, s, year)
      .map((m) => choose(m.options, null, docCodes)?.entry)
      .filter((e): e is RegionEntry => !!e);
  const home = findHome(text, meta, first, placesIn)?.entry ?? null;

  // 4. every place, same-name ones decided by the home region and the document's other places
  const mentions: Mention[] = [];
  const located: { start: number; end: number; entry: RegionEntry; rule: string }[] = [];
  const outlets = outletSpans(text, meta.outlet);
  for (const m of raw) {
    const pick = choose(m.options, home, docCodes);
    if (!pick) continue;
    if (notAPlace(text, m.start, m.end, pick.entry, outlets, home)) continue;
    if (pick.short && pick.entry.level === 'county' && !countyInContext(pick.entry, home, docCodes)) continue;
    located.push({ start: m.start, end: m.end, entry: pick.entry, rule: m.rule });
  }
  if (home) {
    for (const m of matchAllOf(DEICTIC, text)) {
      const target = deicticTarget(g, home, m[1]!);
      if (target) located.push({ start: m.index, end: m.index + m[0].length, entry: target, rule: 'region.deictic' });
    }
  }
  located.sort((a, b) => a.start - b.start);
  for (const l of located) {
    mentions.push({ type: 'region', text: text.slice(l.start, l.end), start: l.start, end: l.end, kind: l.entry.level, key: l.entry.code, rule: l.rule });
  }

  // 5. facts, with the parent chain
  return { facts: regionFacts(g, located, home, year), mentions };
}

/** The match read as the city holding the zone it starts (井冈山经开区 → 吉安市), or unchanged. */
function zoneSeat(g: Gazetteer, text: string, m: RawMatch): RawMatch {
  const seat = zoneSeatAt(text, m.start);
  const entry = seat ? g.current.get(seat) : undefined;
  return entry ? { ...m, options: [{ entry, short: false, historical: false }], rule: 'region.zone-seat' } : m;
}

/** True when a county's city or province is the home region or named in the document. */
function countyInContext(e: RegionEntry, home: RegionEntry | null, docCodes: ReadonlySet<string>): boolean {
  if (home && within(e.code, home)) return true;
  if (home && home.level === 'county' && home.parent && e.parent === home.parent) return true;
  return (e.parent !== null && docCodes.has(e.parent)) || docCodes.has(e.code.slice(0, 2) + '0000');
}

/** The region 我市 / 全县 / 本区 refers to, given the home region. */
function deicticTarget(g: Gazetteer, home: RegionEntry, unit: string): RegionEntry | null {
  if (unit === '市') {
    if (home.level === 'city' || (home.level === 'county' && home.name.endsWith('市'))) return home;
    if (home.level === 'province' && home.name.endsWith('市')) return home; // 北京市, 上海市
    if (home.level === 'county' && home.parent) return g.current.get(home.parent) ?? null;
    return null;
  }
  return home.level === 'county' && home.name.endsWith(unit) ? home : null;
}

/** `parentEntry` results by gazetteer, year and code: a pure function of the three. */
const parentMemo = new WeakMap<Gazetteer, Map<number | null, Map<string, RegionEntry | undefined>>>();

/** The entry of the implied parent `code` at `year`: its name then (valid at that year), else its current entry. */
function parentEntry(g: Gazetteer, code: string, year: number | null): RegionEntry | undefined {
  let byYear = parentMemo.get(g);
  if (byYear === undefined) parentMemo.set(g, (byYear = new Map()));
  let byCode = byYear.get(year);
  if (byCode === undefined) byYear.set(year, (byCode = new Map()));
  if (byCode.has(code)) return byCode.get(code);
  const entry = g.history.get(code)?.find((e) => (year === null ? e.to === null : e.from <= year && (e.to === null || year < e.to))) ?? g.current.get(code);
  byCode.set(code, entry);
  return entry;
}

/** One fact per code (home first, then by count and first position), then implied parents. */
function regionFacts(
  g: Gazetteer,
  located: readonly { start: number; entry: RegionEntry }[],
  home: RegionEntry | null,
  year: number | null,
): RegionFact[] {
  const byCode = new Map<string, { entry: RegionEntry; count: number; first: number }>();
  for (const l of located) {
    const c = byCode.get(l.entry.code);
    if (c) c.count++;
    else byCode.set(l.entry.code, { entry: l.entry, count: 1, first: l.start });
  }
  if (home && !byCode.has(home.code)) byCode.set(home.code, { entry: home, count: 0, first: Infinity });
  const rows = [...byCode.values()].sort(
    (a, b) => Number(b.entry.code === home?.code) - Number(a.entry.code === home?.code) || b.count - a.count || a.first - b.first,
  );
  // A county implies its city and province; a city its province.
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i]!.entry.parent;
    if (parent && !byCode.has(parent)) {
      const entry = parentEntry(g, parent, year);
      if (!entry) continue;
      const row = { entry, count: 0, first: Infinity };
      byCode.set(parent, row);
      rows.push(row);
    }
  }
  return rows.map(({ entry, count }) => ({
    name: entry.name,
    code: entry.code,
    level: entry.level,
    parent: entry.parent,
    count,
    ...(home && entry.code === home.code ? { home: true } : {}),
  }));
}
