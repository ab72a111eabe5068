/**
 * Reference data for the store: GB/T 2260 regions and the industry taxonomy, read from `data/`.
 * The single place that knows which files those are.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RegionLevel } from '../analysis/schema.ts';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Where the current area codes are; the shared copy is the fallback. */
const REGION_FILES = [`${DATA_DIR}regions/latest-2024.txt`, '/work/shared/data/areacodes/latest-2024.txt'];

/** A `code name` line of the area-code list: six digits, space(s), the name. */
const AREA_LINE = /^(\d{6})\s+(\S.*)$/;

/** One region row. */
export interface RegionRow {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parent: string | null;
}

/** One industry row. */
export interface IndustryRow {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  readonly gbt4754: readonly string[];
}

/** Level from the code's shape: `PP0000` province, `PPCC00` city, else county (GB/T 2260). */
export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/**
 * Regions from an area-code list, parents resolved to the nearest existing code above
 * (a county under a municipality or a province-administered county has no city).
 */
export function parseRegions(text: string): RegionRow[] {
  const names = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = AREA_LINE.exec(line.trim());
    if (m) names.set(m[1], m[2].trim());
  }
  const rows: RegionRow[] = [];
  for (const [code, name] of names) {
    const level = regionLevel(code);
    const city = `${code.slice(0, 4)}00`;
    const province = `${code.slice(0, 2)}0000`;
    const parent =
      level === 'province' ? null : level === 'county' && names.has(city) ? city : names.has(province) ? province : null;
    rows.push({ code, name, level, parent });
  }
  // Parents first, so the self-reference holds row by row.
  const rank = { province: 0, city: 1, county: 2 } as const;
  return rows.sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code));
}

/**
 * A hash of the reference files `loadRegionRows` and `loadIndustryRows` read: it changes when they do,
 * so a saved PGlite template (src/store/pglite.ts) holding the reference rows is made again.
 */
export function referenceKey(industriesDir: string = `${DATA_DIR}industries`): string {
  const h = createHash('sha256');
  const regions = REGION_FILES.find((f) => existsSync(f));
  h.update(regions ? 'regions\0' : 'no regions\0'); // the content, not the path: every checkout shares a template
  if (regions) h.update(readFileSync(regions));
  if (existsSync(industriesDir)) {
    for (const f of readdirSync(industriesDir).sort()) h.update(`\0${f}\0`).update(readFileSync(`${industriesDir}/${f}`));
  }
  return h.digest('hex');
}

/** The regions to load, from the first area-code file present. */
export function loadRegionRows(): RegionRow[] {
  const file = REGION_FILES.find((f) => existsSync(f));
  return file ? parseRegions(readFileSync(file, 'utf8')) : [];
}

function toIndustry(o: Record<string, unknown>): IndustryRow | null {
  const id = o.id ?? o.code;
  const name = o.name;
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  const parent = typeof o.parent === 'string' && o.parent ? o.parent : null;
  const g = o.gbt4754 ?? o.gbt;
  const gbt4754 = Array.isArray(g) ? g.map(String) : typeof g === 'string' && g ? g.split(/[,;\s]+/) : [];
  return { id, name, parent, gbt4754 };
}

/**
 * The industry taxonomy from `data/industries/`: JSON (an array, or `{industries: [...]}`) or
 * TSV/CSV with a header naming `id`, `name`, `parent`. Empty when the folder is absent.
 */
export function loadIndustryRows(dir: string = `${DATA_DIR}industries`): IndustryRow[] {
  if (!existsSync(dir)) return [];
  const rows = new Map<string, IndustryRow>();
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    let objects: Record<string, unknown>[] = [];
    if (f.endsWith('.json')) {
      try {
        const j = JSON.parse(text) as unknown;
        const arr = Array.isArray(j) ? j : (j as { industries?: unknown }).industries;
        if (Array.isArray(arr)) objects = arr as Record<string, unknown>[];
      } catch {
        continue;
      }
    } else if (f.endsWith('.tsv') || f.endsWith('.csv')) {
      const sep = f.endsWith('.tsv') ? '\t' : ',';
      const [head, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
      const cols = (head ?? '').split(sep).map((c) => c.trim());
      objects = lines.map((l) => Object.fromEntries(l.split(sep).map((v, i) => [cols[i], v.trim()])));
    }
    for (const o of objects) {
      const r = toIndustry(o);
      if (r && !rows.has(r.id)) rows.set(r.id, r);
    }
  }
  // Drop dangling parents, then order parents before children.
  const out = [...rows.values()].map((r) => (r.parent && !rows.has(r.parent) ? { ...r, parent: null } : r));
  const depth = (r: IndustryRow, seen = 0): number => (r.parent && seen < 10 ? 1 + depth(rows.get(r.parent)!, seen + 1) : 0);
  return out.sort((a, b) => depth(a) - depth(b) || a.id.localeCompare(b.id));
}
