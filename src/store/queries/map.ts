/**
 * The map: per province (or per city of one province) counts of documents, enterprises and facts,
 * and each area's top industries. Documents count for their home region(s).
 */
import type { Db } from '../db.ts';
import { MUNICIPALITIES, num, regionNames, Where } from './common.ts';

/** One area of the map. */
export interface MapArea {
  readonly code: string;
  readonly name: string | null;
  readonly documents: number;
  readonly enterprises: number;
  readonly facts: number;
  readonly topIndustries: { id: string; name: string | null; documents: number }[];
}

/** What to aggregate. */
export interface MapQuery {
  readonly level: 'province' | 'city';
  /** Required for `city`: the province (six digits) whose cities to list. */
  readonly province?: string;
  readonly industry?: string;
}

/** The SQL expression that maps a region code column to its map area (province, city or municipal district). */
function areaExpr(col: string, q: MapQuery): string {
  if (q.level === 'province') return `left(${col}, 2) || '0000'`;
  if (MUNICIPALITIES.has(q.province!.slice(0, 2))) return col;
  return `left(${col}, 4) || '00'`;
}

/**
 * Aggregate the map.
 * @example await mapAreas(db, { level: 'province', industry: 'engineering-machinery' })
 */
export async function mapAreas(db: Db, q: MapQuery): Promise<MapArea[]> {
  const w = new Where();
  w.add('r.home');
  if (q.level === 'city') w.add(`r.code LIKE ${w.p(`${q.province!.slice(0, 2)}%`)}`);
  const scope = q.level === 'city' ? `AND f.region_code LIKE $1` : '';
  let industryJoin = '';
  if (q.industry) industryJoin = `JOIN doc_industries di ON di.doc_id = r.doc_id AND di.industry_id = ${w.p(q.industry)}`;
  const area = areaExpr('r.code', q);
  const docs = await db.query<Record<string, any>>(
    `SELECT ${area} AS code, count(DISTINCT r.doc_id) AS n FROM doc_regions r ${industryJoin} ${w} GROUP BY 1`, w.params,
  );
  const fp: unknown[] = q.level === 'city' ? [`${q.province!.slice(0, 2)}%`] : [];
  const industryCond = q.industry ? `AND EXISTS (SELECT 1 FROM doc_industries di WHERE di.doc_id = f.doc_id AND di.industry_id = $${fp.push(q.industry)})` : '';
  const farea = areaExpr('f.region_code', q);
  const [facts, top] = await Promise.all([
    db.query<Record<string, any>>(
      `SELECT ${farea} AS code, count(*) AS facts,
         count(DISTINCT f.entity_id) FILTER (WHERE f.type = 'organization' AND f.data->>'kind' = 'company') AS enterprises
       FROM facts f WHERE f.region_code IS NOT NULL ${scope} ${industryCond} GROUP BY 1`, fp,
    ),
    db.query<Record<string, any>>(
      `SELECT code, industry_id, n FROM (
         SELECT ${area} AS code, i.industry_id, count(DISTINCT r.doc_id) AS n,
           row_number() OVER (PARTITION BY ${area} ORDER BY count(DISTINCT r.doc_id) DESC, i.industry_id) AS k
         FROM doc_regions r JOIN doc_industries i ON i.doc_id = r.doc_id
         WHERE r.home ${q.level === 'city' ? 'AND r.code LIKE $1' : ''} GROUP BY 1, 2) t WHERE k <= 3`,
      q.level === 'city' ? [`${q.province!.slice(0, 2)}%`] : [],
    ),
  ]);
  const areas = new Map<string, { documents: number; enterprises: number; facts: number; top: { id: string; documents: number }[] }>();
  const get = (code: string) => {
    let a = areas.get(code);
    if (!a) areas.set(code, (a = { documents: 0, enterprises: 0, facts: 0, top: [] }));
    return a;
  };
  for (const r of docs.rows) get(r.code).documents = num(r.n);
  for (const r of facts.rows) Object.assign(get(r.code), { facts: num(r.facts), enterprises: num(r.enterprises) });
  for (const r of top.rows) if (areas.has(r.code)) get(r.code).top.push({ id: r.industry_id, documents: num(r.n) });
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
        code, name: names.get(code) ?? null, documents: a.documents, enterprises: a.enterprises, facts: a.facts,
        topIndustries: a.top.map((t) => ({ id: t.id, name: iname.get(t.id) ?? null, documents: t.documents })),
      };
    })
    .filter((a) => a.documents > 0 || a.facts > 0)
    .sort((x, y) => y.documents - x.documents || y.facts - x.facts || x.code.localeCompare(y.code));
}
