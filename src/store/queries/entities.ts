/** Entity queries: one person or organization with every mention and, for people, titles over time. */
import type { Db } from '../db.ts';
import { iso, num } from './common.ts';
import { regionEn } from './names-en.ts';

/** One entity page. */
export interface EntityDetail {
  readonly id: number;
  readonly type: string;
  readonly kind: string | null;
  readonly name: string;
  readonly regionCode: string | null;
  readonly regionName: string | null;
  readonly regionNameEn: string | null;
  readonly aliases: readonly string[];
  readonly documents: number;
  readonly titles: { title: string; docId: string; date: string | null }[];
  readonly mentions: {
    docId: string; title: string | null; published: string | null; text: string; start: number; end: number;
    before: string; after: string;
  }[];
}

/** Characters of clean text shown around a mention. */
const CONTEXT = 30;

/**
 * One entity by id, or null.
 * @example await entityDetail(db, 12)
 */
export async function entityDetail(db: Db, id: number): Promise<EntityDetail | null> {
  const { rows } = await db.query<Record<string, any>>(
    `SELECT e.*, g.name AS region_name FROM entities e LEFT JOIN regions g ON g.code = e.region_code WHERE e.id = $1`, [id],
  );
  if (!rows.length) return null;
  const e = rows[0];
  const [titles, mentions] = await Promise.all([
    db.query<Record<string, any>>(`SELECT title, doc_id, date FROM person_titles WHERE entity_id = $1 ORDER BY date DESC NULLS LAST, title`, [id]),
    db.query<Record<string, any>>(
      `SELECT m.doc_id, d.title, d.published, m.text, m.start, m."end",
         substr(d.clean, greatest(m.start - ${CONTEXT}, 0) + 1, least(m.start, ${CONTEXT})) AS before,
         substr(d.clean, m."end" + 1, ${CONTEXT}) AS after
       FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = $1
       ORDER BY d.published DESC NULLS LAST, m.doc_id, m.start LIMIT 500`, [id]),
  ]);
  return {
    id: num(e.id), type: e.type, kind: e.kind, name: e.name, regionCode: e.region_code, regionName: e.region_name, regionNameEn: regionEn(e.region_name),
    aliases: e.aliases ?? [], documents: num(e.doc_count),
    titles: titles.rows.map((t) => ({ title: t.title, docId: t.doc_id, date: t.date })),
    mentions: mentions.rows.map((m) => ({
      docId: m.doc_id, title: m.title, published: iso(m.published), text: m.text, start: m.start, end: m.end, before: m.before, after: m.after,
    })),
  };
}
