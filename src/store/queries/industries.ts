/** Industry queries: the taxonomy with document counts, and one industry with its regions ranked. */
import type { Db } from '../db.ts';
import { num, regionNames } from './common.ts';
import { industryEn, regionEn } from './names-en.ts';

/** One taxonomy entry. */
export interface IndustryRow {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly parent: string | null;
  readonly gbt4754: readonly string[];
  readonly documents: number;
}

/** One industry page. */
export interface IndustryDetail extends IndustryRow {
  readonly children: IndustryRow[];
  /** Provinces ranked by documents about the industry. */
  readonly regions: { code: string; name: string | null; nameEn: string | null; documents: number }[];
}

/**
 * The taxonomy, every entry with its document count; ids seen in documents but missing from the taxonomy are included.
 * @example await industryList(db)
 */
export async function industryList(db: Db): Promise<IndustryRow[]> {
  const { rows } = await db.query<Record<string, any>>(
    `SELECT coalesce(n.id, c.industry_id) AS id, coalesce(n.name, c.industry_id) AS name, n.parent, coalesce(n.gbt4754, '[]'::jsonb) AS gbt4754,
       coalesce(c.n, 0) AS n
     FROM industries n FULL JOIN (SELECT industry_id, count(*) AS n FROM doc_industries GROUP BY 1) c ON c.industry_id = n.id
     ORDER BY n DESC, id`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: industryEn(r.id), parent: r.parent ?? null, gbt4754: r.gbt4754, documents: num(r.n) }));
}

/**
 * One industry, or null when neither the taxonomy nor any document knows it.
 * @example await industryDetail(db, 'engineering-machinery')
 */
export async function industryDetail(db: Db, id: string): Promise<IndustryDetail | null> {
  const all = await industryList(db);
  const self = all.find((x) => x.id === id);
  if (!self) return null;
  const { rows } = await db.query<Record<string, any>>(
    `SELECT left(r.code, 2) || '0000' AS code, count(DISTINCT r.doc_id) AS n FROM doc_industries i
     JOIN doc_regions r ON r.doc_id = i.doc_id AND r.home WHERE i.industry_id = $1 GROUP BY 1 ORDER BY n DESC, code`, [id],
  );
  const names = await regionNames(db, rows.map((r) => r.code));
  return {
    ...self,
    children: all.filter((x) => x.parent === id),
    regions: rows.map((r) => ({ code: r.code, name: names.get(r.code) ?? null, nameEn: regionEn(names.get(r.code)), documents: num(r.n) })),
  };
}
