/** Ingest ledger queries: what happened to each item of a run (for upload progress pages). */
import type { Db } from '../db.ts';
import { num } from './common.ts';

/** One ledger row. */
export interface IngestItemRow {
  readonly key: string;
  readonly path: string;
  readonly status: string;
  readonly docId: string | null;
  readonly bytes: number;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

/**
 * Ledger rows of one run, in path order.
 * @example await ingestItems(db, 3)
 */
export async function ingestItems(db: Db, runId: number): Promise<IngestItemRow[]> {
  const { rows } = await db.query<Record<string, any>>(
    `SELECT item_key, path, status, doc_id, bytes, error_code, error_message FROM ingest_items WHERE run_id = $1
     ORDER BY path, line NULLS FIRST, item_key LIMIT 10000`, [runId],
  );
  return rows.map((r) => ({
    key: r.item_key, path: r.path, status: r.status, docId: r.doc_id, bytes: num(r.bytes), errorCode: r.error_code, errorMessage: r.error_message,
  }));
}
