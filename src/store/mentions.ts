/**
 * A document's mentions as `show` and the document page read them (migration 007). The `mentions` table
 * holds only the mentions that link to cross-document entities (people and organizations: the entity page,
 * the entity-kind filter and facet read them across documents); every mention of every type is in the
 * document's extraction (packed in `extraction_gz`, or jsonb `extraction` for rows stored before migration
 * 006). A document's mention list is its extraction's mentions, each person and organization mention given
 * the entity id of its row, in the order the table gave before: by start, longer first, then as extracted.
 */
import type { Extraction, Mention } from '../analysis/schema.ts';
import { unpackJson } from './packed.ts';
import type { StoredMention } from './types.ts';

/** Mention types stored as `mentions` rows: the ones resolved to cross-document entities. */
export const ENTITY_MENTION_TYPES: ReadonlySet<string> = new Set(['person', 'organization']);

/** A `mentions` row as read for one document. */
export interface MentionRow {
  readonly type: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly entity_id: string | number | null;
}

/**
 * A stored document's extraction, from whichever column holds it.
 * @param extraction `documents.extraction` (jsonb as read; null when packed)
 * @param packed `documents.extraction_gz` (bytea as read; null for rows stored before migration 006)
 * @returns the extraction, or null when neither column holds one
 */
export function unpackExtraction(extraction: unknown, packed: Uint8Array | null | undefined): Extraction | null {
  if (packed) return unpackJson(packed) as Extraction | null;
  return (extraction as Extraction | null) ?? null;
}

/** A mention's identity for matching it to its row: type, span and text. */
const spanKey = (m: { type: string; start: number; end: number; text: string }): string => `${m.type}\u0000${m.start}\u0000${m.end}\u0000${m.text}`;

/**
 * A document's mentions: the extraction's, with entity ids from its `mentions` rows.
 * @param mentions the extraction's mentions (empty when the document was stored without extraction)
 * @param rows the document's `mentions` rows, in id order
 * @returns every mention, sorted by start, then end descending, then extraction order
 */
export function documentMentions(mentions: readonly Mention[], rows: readonly MentionRow[]): StoredMention[] {
  // Rows were written in extraction order, one per entity mention; a span can repeat, so ids queue per span.
  const ids = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const k = spanKey(r);
    const q = ids.get(k);
    const id = r.entity_id === null ? null : Number(r.entity_id);
    if (q) q.push(id);
    else ids.set(k, [id]);
  }
  const out = mentions.map((m, i) => {
    const entityId = ENTITY_MENTION_TYPES.has(m.type) ? ids.get(spanKey(m))?.shift() ?? null : null;
    const stored: StoredMention = {
      type: m.type, kind: m.kind ?? null, key: m.key ?? null, text: m.text, start: m.start, end: m.end, rule: m.rule, entityId,
    };
    return { stored, i };
  });
  out.sort((a, b) => a.stored.start - b.stored.start || b.stored.end - a.stored.end || a.i - b.i);
  return out.map((x) => x.stored);
}
