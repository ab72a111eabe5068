/**
 * Packed JSON columns (`documents.removals_gz`, migration 004; `documents.extraction_gz`, 006): JSON
 * text travels to the store as base64 of its gzip and is stored as bytea. The worker that makes a
 * document's row packs (src/store/write.ts `documentRow`); the readers unpack.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Fastest gzip level: the packed JSON is repetitive ({"start":…,"end":…,"reason":…}) and compresses ~5× even so. */
const LEVEL = 1;

/**
 * Pack JSON text for a `documents` row.
 * @param json JSON text (lone surrogates already written as U+FFFD)
 * @returns base64 of its gzip, which the insert decodes into the bytea column
 */
export function packJson(json: string): string {
  return gzipSync(json, { level: LEVEL }).toString('base64');
}

/**
 * The value of packed JSON as read back.
 * @param packed the bytea as read
 * @returns the parsed JSON value
 */
export function unpackJson(packed: Uint8Array): unknown {
  return JSON.parse(gunzipSync(packed).toString('utf8'));
}
