/** Attention over time: documents per month, from the published date (else a dateline with a year). */
import type { Db } from '../db.ts';
import { addDocFilters, DOC_MONTH, num, Where, type DocFilters } from './common.ts';

/** Documents in one month (`YYYY-MM`). */
export interface TimelinePoint {
  readonly month: string;
  readonly documents: number;
}

/** The timeline under some filters. */
export interface Timeline {
  /** Months with documents, oldest first. */
  readonly points: TimelinePoint[];
  /** Documents under the filters with no date to place them by (`DOC_MONTH` is NULL): not in `points`. */
  readonly undated: number;
}

/**
 * Monthly document counts under the filters, oldest first, and how many documents have no date.
 * @example await timeline(db, { region: '430000' }) // { points: [{ month: '2024-05', documents: 3 }], undated: 1 }
 */
export async function timeline(db: Db, filters: DocFilters): Promise<Timeline> {
  const w = new Where();
  addDocFilters(w, filters);
  const { rows } = await db.query<Record<string, any>>(
    `SELECT m AS month, count(*) AS n FROM (SELECT ${DOC_MONTH} AS m FROM documents d ${w}) t GROUP BY 1 ORDER BY 1 NULLS LAST`,
    w.params,
  );
  const dated = rows.filter((r) => r.month !== null);
  const undated = rows.find((r) => r.month === null);
  return { points: dated.map((r) => ({ month: r.month, documents: num(r.n) })), undated: undated ? num(undated.n) : 0 };
}
