/**
 * The Store over a Db: migrations, reference data, runs, batched writes, counts, lookups.
 */
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { loadIndustryRows, loadRegionRows } from './reference.ts';
import { documentMentions, unpackExtraction, type MentionRow } from './mentions.ts';
import { unpackRemovals } from './removals.ts';
import { writeBatchIn } from './write.ts';
import type { AmbiguousId, RunCounts, Store, StoreStats, StoredDocument, WriteItem } from './types.ts';

/** A document id or id prefix: 8 to 64 lower-case hex characters. */
const DOC_ID_PREFIX = /^[0-9a-f]{8,64}$/;

/** Build the Store on an open Db. */
export function createStore(db: Db): Store {
  return {
    db,
    migrate: () => migrate(db),

    async loadReference() {
      const regions = loadRegionRows();
      const industries = loadIndustryRows();
      await db.transaction(async (tx) => {
        if (regions.length) {
          await tx.query(
            `INSERT INTO regions (code, name, level, parent) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
             ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent = EXCLUDED.parent`,
            [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.level), regions.map((r) => r.parent)],
          );
        }
        if (industries.length) {
          await tx.query(
            `INSERT INTO industries (id, name, parent, gbt4754) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
             ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, parent = EXCLUDED.parent, gbt4754 = EXCLUDED.gbt4754`,
            [industries.map((r) => r.id), industries.map((r) => r.name), industries.map((r) => r.parent),
              industries.map((r) => JSON.stringify(r.gbt4754))],
          );
        }
      });
      return { regions: regions.length, industries: industries.length };
    },

    async beginRun(args) {
      const { rows } = await db.query<{ id: string | number }>('INSERT INTO ingest_runs (args) VALUES ($1::jsonb) RETURNING id', [
        JSON.stringify(args),
      ]);
      return Number(rows[0].id);
    },

    async finishRun(runId: number, counts: RunCounts, status) {
      await db.query('UPDATE ingest_runs SET finished_at = now(), counts = $2::jsonb, status = $3 WHERE id = $1', [
        runId, JSON.stringify(counts), status,
      ]);
    },

    async seen(items) {
      const out = new Set<string>();
      if (!items.length) return out;
      const { rows } = await db.query<{ item_key: string; content_hash: string }>(
        `SELECT DISTINCT i.item_key, i.content_hash FROM ingest_items i
         JOIN unnest($1::text[], $2::text[]) AS u(k, h) ON i.item_key = u.k AND i.content_hash = u.h
         WHERE i.status <> 'rejected'`,
        [items.map((i) => i.key), items.map((i) => i.contentHash)],
      );
      for (const r of rows) out.add(`${r.item_key}\u0000${r.content_hash}`);
      return out;
    },

    writeBatch: (runId: number, items: readonly WriteItem[]) => db.transaction((tx) => writeBatchIn(tx, runId, items)),

    async rejectedItems(runId: number) {
      const { rows } = await db.query<{ item_key: string; path: string; line: number | null; error_code: string; error_message: string }>(
        `SELECT item_key, path, line, error_code, error_message FROM ingest_items
         WHERE run_id = $1 AND status = 'rejected' ORDER BY path, line NULLS FIRST, "offset" NULLS FIRST, item_key`,
        [runId],
      );
      return rows.map((r) => ({ key: r.item_key, path: r.path, line: r.line, code: r.error_code ?? 'unknown', message: r.error_message ?? '' }));
    },

    async stats(): Promise<StoreStats> {
      const { rows } = await db.query<Record<string, string | number>>(`SELECT
        (SELECT count(*) FROM documents) AS documents,
        -- items whose latest attempt was rejected: a bad file met by two runs is one error, a fixed one none
        (SELECT count(*) FROM (SELECT DISTINCT item_key FROM ingest_items WHERE status = 'rejected') r
          WHERE (SELECT i.status FROM ingest_items i WHERE i.item_key = r.item_key ORDER BY i.run_id DESC LIMIT 1) = 'rejected') AS errors,
        (SELECT count(*) FROM ingest_runs) AS runs,
        (SELECT count(*) FROM ingest_runs WHERE status = 'interrupted') AS interrupted_runs,
        (SELECT count(*) FROM regions) AS regions,
        (SELECT count(*) FROM industries) AS industries,
        (SELECT count(*) FROM entities) AS entities,
        (SELECT coalesce(sum(mention_count), 0) FROM documents) AS mentions,
        (SELECT count(*) FROM facts) AS facts`);
      const r = rows[0];
      return {
        documents: Number(r.documents), errors: Number(r.errors), runs: Number(r.runs), interruptedRuns: Number(r.interrupted_runs), regions: Number(r.regions),
        industries: Number(r.industries), entities: Number(r.entities), mentions: Number(r.mentions), facts: Number(r.facts),
      };
    },

    async findDocument(idOrPrefix: string): Promise<StoredDocument | AmbiguousId | null> {
      const p = idOrPrefix.toLowerCase();
      if (!DOC_ID_PREFIX.test(p)) return null;
      const { rows } = await db.query<Record<string, any>>(
        `SELECT * FROM documents WHERE id >= $1 AND id < $1 || 'g' ORDER BY id LIMIT 5`, [p],
      );
      if (rows.length === 0) return null;
      if (rows.length > 1) return { ambiguous: rows.map((r) => r.id as string) };
      const d = rows[0];
      const m = await db.query<MentionRow>(`SELECT type, text, start, "end", entity_id FROM mentions WHERE doc_id = $1 ORDER BY id`, [d.id]);
      // Packed since migration 006; rows stored before hold it as jsonb.
      const extraction = unpackExtraction(d.extraction, d.extraction_gz);
      const mentions = documentMentions(extraction?.mentions ?? [], m.rows);
      const source = Object.fromEntries(
        Object.entries({ path: d.source_path, line: d.source_line, offset: d.source_offset === null ? null : Number(d.source_offset),
          member: d.source_member, url: d.source_url }).filter(([, v]) => v !== null),
      ) as unknown as StoredDocument['source'];
      return {
        id: d.id, contentHash: d.content_hash, source, title: d.title, outlet: d.outlet, reporters: d.reporters ?? [],
        published: d.published ? new Date(d.published).toISOString() : null, dateline: d.dateline, encoding: d.encoding,
        original: d.original, clean: d.clean, removals: unpackRemovals(d.removals, d.removals_gz), warnings: d.warnings,
        extraction: extraction as StoredDocument['extraction'], mentions,
      };
    },

    close: () => db.close(),
  };
}
