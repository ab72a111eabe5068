/**
 * The map: per province (or per city of one province) counts of documents, enterprises and facts,
 * and each area's top industries. Reads the counters of migration 002 (`ui_map_counts`,
 * `ui_area_entities`), added by the writer with each batch (migration 008, ../map-counts.ts): a few thousand rows per request.
 */
import type { Db } from '../db.ts';
import { MUNICIPALITIES, num, regionNames } from './common.ts';
import { industryEn, regionEn } from './names-en.ts';

/** One area of the map. */
export interface MapArea {
  readonly code: string;
  readonly name: string | null;
  readonly nameEn: string | null;
  readonly documents: number;
  readonly enterprises: number;
  readonly facts: number;
  readonly topIndustries: { id: string; name: string | null; nameEn: string | null; documents: number }[];
}

/** What to aggregate. */
export interface MapQuery {
  readonly level: 'province' | 'city';
  /** Required for `city`: the province (six digits) whose cities to list. */
  readonly province?: string;
  readonly industry?: string;
}

/** Top industries listed per area. */
const TOP_INDUSTRIES = 3;

/** The SQL expression that maps a region code column to its map area (province, city or municipal district). */
function areaExpr(col: string, q: MapQuery): string {
  if (q.level === 'province') return `left(${col}, 2) || '0000'`;
  if (MUNICIPALITIES.has(q.province!.slice(0, 2))) return col;
  // City code 90 groups the county-level units a province administers directly (仙桃市 429004): no region is named
  // 429000, and the map draws each of them, so each is its own area.
  return `CASE WHEN substr(${col}, 3, 2) = '90' THEN ${col} ELSE left(${col}, 4) || '00' END`;
}

/**
 * Aggregate the map.
 * @example await mapAreas(db, { level: 'province', industry: 'engineering-machinery' })
 */
export async function mapAreas(db: Db, q: MapQuery): Promise<MapArea[]> {
  const scope = q.level === 'city' ? `AND c.code BETWEEN $2 AND $3` : '';
  const params: unknown[] = [q.industry ?? ''];
  if (q.level === 'city') params.push(`${q.province!.slice(0, 2)}0000`, `${q.province!.slice(0, 2)}9999`);
  const area = areaExpr('c.code', q);
  const [counts, companies, top] = await Promise.all([
    db.query<Record<string, any>>(
      `SELECT ${area} AS code, sum(c.documents) AS documents, sum(c.facts) AS facts FROM ui_map_counts c
       WHERE c.industry_id = $1 ${scope} GROUP BY 1`, params),
    db.query<Record<string, any>>(
      `SELECT ${area} AS code, count(DISTINCT c.entity_id) AS n FROM ui_area_entities c WHERE c.industry_id = $1 ${scope} GROUP BY 1`, params),
    db.query<Record<string, any>>(
      `SELECT code, industry_id, n FROM (
         SELECT ${area} AS code, c.industry_id, sum(c.documents) AS n,
           row_number() OVER (PARTITION BY ${area} ORDER BY sum(c.documents) DESC, c.industry_id) AS k
         -- $1 is unused here but shared with the other two queries; it must still be typed.
         FROM ui_map_counts c WHERE c.industry_id <> '' AND c.documents > 0 ${scope} AND $1::text IS NOT NULL
         GROUP BY 1, 2) t WHERE k <= ${TOP_INDUSTRIES}`, params),
  ]);
  const areas = new Map<string, { documents: number; enterprises: number; facts: number; top: { id: string; documents: number }[] }>();
  for (const r of counts.rows) areas.set(r.code, { documents: num(r.documents), facts: num(r.facts), enterprises: 0, top: [] });
  for (const r of companies.rows) {
    const a = areas.get(r.code);
    if (a) a.enterprises = num(r.n);
  }
  for (const r of top.rows) areas.get(r.code)?.top.push({ id: r.industry_id, documents: num(r.n) });
  const codes = [...areas.keys()];
  const names = await regionNames(db, codes);
  const inames = await db.query<{ id: string; name: string }>('SELECT id, name FROM industries WHERE id = ANY($1::text[])', [
    [...new Set([...areas.values()].flatMap((a) => a.top.map((t) => t.id)))],
  ]);
  const iname = new Map(inames.rows.map((r) => [r.id, r.name]));
  return codes
    .map((code) => {
      const a = areas.get(code)!;
      return {
        code, name: names.get(code) ?? null, nameEn: regionEn(names.get(code)), documents: a.documents, enterprises: a.enterprises, facts: a.facts,
        topIndustries: a.top.sort((x, y) => y.documents - x.documents || x.id.localeCompare(y.id))
          .map((t) => ({ id: t.id, name: iname.get(t.id) ?? null, nameEn: industryEn(t.id), documents: t.documents })),
      };
    })
    .filter((a) => a.documents > 0)
    .sort((x, y) => y.documents - x.documents || y.facts - x.facts || x.code.localeCompare(y.code));
}
