/**
 * Industry chain coverage: for a set of industries (a chain's upstream, midstream, downstream, component
 * and service members, from the taxonomy), how many documents of a region mention each. A member with
 * none is a gap in the region's chain as the news reports it.
 */
import type { Db } from '../db.ts';
import { inRegion, num, regionPattern } from './common.ts';

/**
 * Documents per industry id, counted over documents whose home region lies in `region` (all documents
 * when it is absent); ids without documents are absent from the map.
 */
export async function industryDocCounts(db: Db, ids: readonly string[], region?: string): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const params: unknown[] = [ids];
  const sql = region
    ? `SELECT i.industry_id AS id, count(DISTINCT i.doc_id) AS n FROM doc_industries i
       JOIN doc_regions r ON r.doc_id = i.doc_id AND r.home AND ${inRegion('r.code', `$${params.push(regionPattern(region))}`)}
       WHERE i.industry_id = ANY($1) GROUP BY 1`
    : `SELECT industry_id AS id, count(DISTINCT doc_id) AS n FROM doc_industries WHERE industry_id = ANY($1) GROUP BY 1`;
  const { rows } = await db.query<{ id: string; n: unknown }>(sql, params);
  return new Map(rows.map((r) => [r.id, num(r.n)]));
}
