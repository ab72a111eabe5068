/** Attention over time: documents per month, from the published date (else a dateline with a year). */
import type { Db } from '../db.ts';
import { addDocFilters, num, Where, type DocFilters } from './common.ts';

/** Documents in one month (`YYYY-MM`). */
export interface TimelinePoint {
  readonly month: string;
  readonly documents: number;
}

/**
 * Monthly document counts under the filters, oldest first; documents with no dated year are left out.
 * @example await timeline(db, { region: '430000' })
 */
export async function timeline(db: Db, filters: DocFilters): Promise<TimelinePoint[]> {
  const w = new Where();
  addDocFilters(w, filters);
  const month = `coalesce(to_char(d.published AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'),
    CASE WHEN d.dateline ~ '^[0-9]{4}-[0-9]{2}' THEN left(d.dateline, 7) END)`;
  const { rows } = await db.query<Record<string, any>>(
    `SELECT m AS month, count(*) AS n FROM (SELECT ${month} AS m FROM documents d ${w}) t WHERE m IS NOT NULL GROUP BY 1 ORDER BY 1`,
    w.params,
  );
  return rows.map((r) => ({ month: r.month, documents: num(r.n) }));
}
