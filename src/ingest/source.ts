/**
 * Where ingest and `analyze` get their items: `readInputs` from src/readers (folders, txt, html,
 * JSONL, WARC, gzip, stdin), read lazily so a 1 GB corpus is never held whole. The single-item
 * size limit lives here so the readers refuse an oversize file before reading it.
 */
import { stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, readInputs, type InputFormat } from '../readers/index.ts';
import type { Origin, ReaderItem } from '../readers/types.ts';
import { walk } from '../readers/walk.ts';

/** Options passed through to the readers. */
export interface SourceOptions {
  readonly inputFormat?: InputFormat;
  /** Largest single document, bytes (default `DEFAULT_MAX_ITEM_BYTES`). */
  readonly maxBytes?: number;
}

/**
 * Default largest single document: 64 MB, so a 50 MB single page is read and stored
 * (the readers' own default; larger items become `too-large` errors without being loaded).
 */
export const DEFAULT_MAX_ITEM_BYTES = DEFAULT_MAX_BYTES;

/**
 * Read every item under `paths` (files, folders, `-` for stdin), reader errors included.
 * @param paths files or folders; `-` reads stdin
 * @returns an async stream of items in a stable order
 */
export async function* readItems(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<ReaderItem> {
  yield* readInputs(paths, { inputFormat: options.inputFormat, maxBytes: options.maxBytes ?? DEFAULT_MAX_ITEM_BYTES });
}

/** The resume/ledger key of an item: `path`, `path:line`, `path@offset`, `path#member`. */
export function itemKey(o: Origin): string {
  let k = o.path;
  if (o.member !== undefined) k += `#${o.member}`;
  if (o.line !== undefined) k += `:${o.line}`;
  if (o.offset !== undefined) k += `@${o.offset}`;
  return k;
}

/** Total size of the files under `paths` (for progress estimates); stdin counts 0. */
export async function totalBytes(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') continue;
    for await (const w of walk(p)) {
      if ('file' in w) n += await stat(w.file).then((s) => s.size, () => 0);
    }
  }
  return n;
}
