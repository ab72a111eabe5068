/**
 * Packed removals (migration 004): a document's `removals` travel to the store as base64 of the gzip
 * of their JSON and are stored as `documents.removals_gz` (bytea); rows stored before keep them as
 * jsonb in `documents.removals`. The worker that makes the row packs them (src/store/write.ts
 * `documentRow`); the readers (`show`, the API document endpoint) unpack them.
 */
import type { Removal } from '../analysis/schema.ts';
import { packJson, unpackJson } from './packed.ts';

/**
 * Pack removals JSON text for the `documents` row.
 * @param json the removals as JSON text (lone surrogates already written as U+FFFD)
 * @returns base64 of its gzip, which the insert decodes into `removals_gz`
 */
export function packRemovals(json: string): string {
  return packJson(json);
}

/**
 * A stored document's removals, from whichever column holds them.
 * @param removals `documents.removals` (jsonb as read; null when packed)
 * @param packed `documents.removals_gz` (bytea as read; null for rows stored before migration 004)
 * @returns the removals, `[]` when neither column holds any
 */
export function unpackRemovals(removals: unknown, packed: Uint8Array | null | undefined): Removal[] {
  if (packed) return (unpackJson(packed) as Removal[] | null) ?? [];
  return (removals as Removal[] | null) ?? [];
}
