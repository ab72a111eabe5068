/** Region queries: the province → city tree, and one region with its industries, leaders and events. */
import type { Db } from '../db.ts';
import { industryNames, num, regionPattern } from './common.ts';
import { toFactRow, type FactRow } from './documents.ts';
import { industryEn, regionEn } from './names-en.ts';

/** A node of the region tree. */
export interface RegionNode {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly level: string;
  readonly documents: number;
  readonly children?: RegionNode[];
}

/** One region page. */
export interface RegionDetail {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly level: string;
  readonly parent: { code: string; name: string; nameEn: string | null } | null;
  readonly children: { code: string; name: string; nameEn: string | null; level: string }[];
  /** Documents whose home region (the place the story is about) lies in this region. */
  readonly documents: number;
  /** Documents that mention a place in this region, home or not: what the region's document list shows. */
  readonly mentioning: number;
  readonly industries: { id: string; name: string | null; nameEn: string | null; documents: number }[];
  readonly leaders: { entityId: number | null; name: string; titles: string[]; documents: number }[];
  readonly events: FactRow[];
}

/** SQL: the tree node a region code column counts under: its city (`PPCC`), or itself for a county its province
 * administers directly (city code 90, 仙桃市 429004: no region is named 429000). */
const TREE_NODE = (col: string) => `CASE WHEN substr(${col}, 3, 2) = '90' THEN ${col} ELSE left(${col}, 4) END`;

/**
 * Provinces with their cities (and the county-level units a province administers directly), each with the number of
 * documents whose home is within it. A province counts each document once, even with home regions in two cities.
 * @example (await regionTree(db))[0].children
 */
export async function regionTree(db: Db): Promise<RegionNode[]> {
  const [regions, counts, provinceCounts] = await Promise.all([
    db.query<Record<string, any>>(
      `SELECT code, name, level, parent FROM regions WHERE level IN ('province', 'city') OR substr(code, 3, 2) = '90' ORDER BY code`),
    db.query<Record<string, any>>(`SELECT ${TREE_NODE('code')} AS p, count(DISTINCT doc_id) AS n FROM doc_regions WHERE home GROUP BY 1`),
    db.query<Record<string, any>>(`SELECT left(code, 2) AS p, count(DISTINCT doc_id) AS n FROM doc_regions WHERE home GROUP BY 1`),
  ]);
  const byNode = new Map(counts.rows.map((r) => [r.p as string, num(r.n)]));
  const byProvince = new Map(provinceCounts.rows.map((r) => [r.p as string, num(r.n)]));
  const provinces = new Map<string, RegionNode & { children: RegionNode[] }>();
  for (const r of regions.rows) {
    if (r.level !== 'province') continue;
    const documents = byProvince.get(r.code.slice(0, 2)) ?? 0;
    provinces.set(r.code.slice(0, 2), { code: r.code, name: r.name, nameEn: regionEn(r.name), level: r.level, documents, children: [] });
  }
  for (const r of regions.rows) {
    if (r.level === 'province') continue;
    const key = r.level === 'city' ? r.code.slice(0, 4) : r.code;
    provinces.get(r.code.slice(0, 2))?.children.push({ code: r.code, name: r.name, nameEn: regionEn(r.name), level: r.level, documents: byNode.get(key) ?? 0 });
  }
  return [...provinces.values()];
}

/**
 * One region, or null when the code is unknown.
 * @example await regionDetail(db, '430100')
 */
export async function regionDetail(db: Db, code: string): Promise<RegionDetail | null> {
  const { rows } = await db.query<Record<string, any>>(
    `SELECT r.code, r.name, r.level, p.code AS pcode, p.name AS pname FROM regions r LEFT JOIN regions p ON p.code = r.parent WHERE r.code = $1`, [code],
  );
  if (!rows.length) return null;
  const r = rows[0];
  const pattern = regionPattern(code);
  const [children, docs, industries, leaders, events] = await Promise.all([
    db.query<Record<string, any>>(`SELECT code, name, level FROM regions WHERE parent = $1 ORDER BY code`, [code]),
    db.query<{ n: unknown; m: unknown }>(
      `SELECT count(DISTINCT doc_id) FILTER (WHERE home) AS n, count(DISTINCT doc_id) AS m FROM doc_regions
       WHERE code BETWEEN rpad(rtrim($1, '%'), 6, '0') AND rpad(rtrim($1, '%'), 6, '9')`, [pattern]),
    db.query<Record<string, any>>(
      `SELECT i.industry_id AS id, count(DISTINCT i.doc_id) AS n FROM doc_industries i
       JOIN doc_regions r ON r.doc_id = i.doc_id AND r.home AND r.code BETWEEN rpad(rtrim($1, '%'), 6, '0') AND rpad(rtrim($1, '%'), 6, '9') GROUP BY 1 ORDER BY n DESC, id LIMIT 30`, [pattern]),
    db.query<Record<string, any>>(
      `SELECT f.entity_id, min(f.data->>'name') AS name, count(DISTINCT f.doc_id) AS n,
         (SELECT coalesce(array_agg(DISTINCT t.title), '{}') FROM person_titles t WHERE t.entity_id = f.entity_id) AS titles
       FROM facts f WHERE f.type = 'person' AND f.region_code BETWEEN rpad(rtrim($1, '%'), 6, '0') AND rpad(rtrim($1, '%'), 6, '9') AND f.data->>'role' IN ('lead', 'participant')
       GROUP BY f.entity_id ORDER BY n DESC, name LIMIT 30`, [pattern]),
    db.query<Record<string, any>>(
      `SELECT * FROM facts f WHERE f.type = 'event' AND f.region_code BETWEEN rpad(rtrim($1, '%'), 6, '0') AND rpad(rtrim($1, '%'), 6, '9') ORDER BY f.date DESC NULLS LAST, f.id DESC LIMIT 50`, [pattern]),
  ]);
  const names = await industryNames(db, industries.rows.map((x) => x.id));
  return {
    code: r.code, name: r.name, nameEn: regionEn(r.name), level: r.level,
    parent: r.pcode ? { code: r.pcode, name: r.pname, nameEn: regionEn(r.pname) } : null,
    children: children.rows.map((c) => ({ code: c.code, name: c.name, nameEn: regionEn(c.name), level: c.level })),
    documents: num(docs.rows[0].n), mentioning: num(docs.rows[0].m),
    industries: industries.rows.map((x) => ({ id: x.id, name: names.get(x.id) ?? null, nameEn: industryEn(x.id), documents: num(x.n) })),
    leaders: leaders.rows.map((x) => ({
      entityId: x.entity_id === null ? null : num(x.entity_id), name: x.name, titles: x.titles ?? [], documents: num(x.n),
    })),
    events: events.rows.map(toFactRow),
  };
}
