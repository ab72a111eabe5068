/** Document queries: a filtered, paged list and one document with removals, mentions and facts. */
import type { Db } from '../db.ts';
import { addDocFilters, iso, num, Where, type DocFilters, type Page, type Paged } from './common.ts';
import { documentMentions, unpackExtraction, type MentionRow } from '../mentions.ts';
import { unpackRemovals } from '../removals.ts';
import { industryEn, regionEn } from './names-en.ts';

/** One row of a document list. */
export interface DocumentRow {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly dateline: string | null;
  readonly homeRegion: string | null;
  readonly sourcePath: string;
}

/** One stored fact, with its span in the clean text (null for person/organization facts). */
export interface FactRow {
  readonly id: number;
  readonly type: string;
  readonly entityId: number | null;
  readonly regionCode: string | null;
  readonly industryId: string | null;
  readonly data: Record<string, unknown>;
  readonly start: number | null;
  readonly end: number | null;
  readonly date: string | null;
}

/** A document as the document page shows it. */
export interface DocumentDetail extends DocumentRow {
  readonly sourceUrl: string | null;
  readonly reporters: readonly string[];
  readonly encoding: unknown;
  readonly original: string;
  readonly clean: string;
  readonly removals: readonly { start: number; end: number; reason: string; stage?: string; replacement?: string }[];
  readonly warnings: readonly unknown[];
  readonly mentions: readonly { type: string; kind: string | null; key: string | null; text: string; start: number; end: number; rule: string; entityId: number | null }[];
  readonly facts: readonly FactRow[];
  readonly regions: readonly { code: string; name: string | null; nameEn: string | null; count: number; home: boolean }[];
  readonly industries: readonly { id: string; name: string | null; nameEn: string | null; count: number }[];
}

const LIST_COLUMNS = 'd.id, d.title, d.outlet, d.published, d.dateline, d.home_region, d.source_path';

/** Map a documents row to a DocumentRow. */
export function toDocumentRow(r: Record<string, any>): DocumentRow {
  return {
    id: r.id, title: r.title, outlet: r.outlet, published: iso(r.published), dateline: r.dateline,
    homeRegion: r.home_region, sourcePath: r.source_path,
  };
}

/** Map a facts row. */
export function toFactRow(r: Record<string, any>): FactRow {
  return {
    id: num(r.id), type: r.type, entityId: r.entity_id === null ? null : num(r.entity_id), regionCode: r.region_code,
    industryId: r.industry_id, data: r.data, start: r.start, end: r.end, date: r.date,
  };
}

/**
 * Documents matching the filters, newest first.
 * @example await listDocuments(db, { region: '430000' }, { limit: 20, offset: 0 })
 */
export async function listDocuments(db: Db, filters: DocFilters, page: Page): Promise<Paged<DocumentRow>> {
  const w = new Where();
  addDocFilters(w, filters);
  const [rows, count] = await Promise.all([
    db.query<Record<string, any>>(
      `SELECT ${LIST_COLUMNS} FROM documents d ${w} ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, d.id
       LIMIT ${w.p(page.limit)} OFFSET ${w.p(page.offset)}`, w.params,
    ),
    db.query<{ n: unknown }>(`SELECT count(*) AS n FROM documents d ${w}`, w.params.slice(0, w.params.length - 2)),
  ]);
  return { items: rows.rows.map(toDocumentRow), total: num(count.rows[0].n), ...page };
}

/**
 * One document by full id, or null.
 * @returns texts, removals with reasons, mentions, facts, regions and industries
 */
export async function getDocument(db: Db, id: string): Promise<DocumentDetail | null> {
  const { rows } = await db.query<Record<string, any>>(
    `SELECT ${LIST_COLUMNS}, d.source_url, d.reporters, d.encoding, d.original, d.clean, d.removals, d.removals_gz, d.warnings,
       d.extraction, d.extraction_gz
     FROM documents d WHERE d.id = $1`, [id],
  );
  if (!rows.length) return null;
  const d = rows[0];
  const [mentions, facts, regions, industries] = await Promise.all([
    db.query<Record<string, any>>(
      `SELECT type, text, start, "end", entity_id FROM mentions WHERE doc_id = $1 ORDER BY id`, [id],
    ),
    db.query<Record<string, any>>(`SELECT * FROM facts WHERE doc_id = $1 ORDER BY start NULLS LAST, id`, [id]),
    db.query<Record<string, any>>(
      `SELECT r.code, g.name, r.count, r.home FROM doc_regions r LEFT JOIN regions g ON g.code = r.code
       WHERE r.doc_id = $1 ORDER BY r.home DESC, r.count DESC, r.code`, [id],
    ),
    db.query<Record<string, any>>(
      `SELECT i.industry_id AS id, n.name, i.count FROM doc_industries i LEFT JOIN industries n ON n.id = i.industry_id
       WHERE i.doc_id = $1 ORDER BY i.count DESC, i.industry_id`, [id],
    ),
  ]);
  return {
    ...toDocumentRow(d),
    sourceUrl: d.source_url, reporters: d.reporters ?? [], encoding: d.encoding, original: d.original, clean: d.clean,
    removals: unpackRemovals(d.removals, d.removals_gz), warnings: d.warnings ?? [],
    // Every mention is in the extraction; the rows give people and organizations their entity ids (migration 007).
    mentions: documentMentions(unpackExtraction(d.extraction, d.extraction_gz)?.mentions ?? [], mentions.rows as MentionRow[]),
    facts: facts.rows.map(toFactRow),
    regions: regions.rows.map((r) => ({ code: r.code, name: r.name, nameEn: regionEn(r.name), count: num(r.count), home: r.home })),
    industries: industries.rows.map((r) => ({ id: r.id, name: r.name, nameEn: industryEn(r.id), count: num(r.count) })),
  };
}
