/**
 * readers/: every input the CLI accepts → `ReaderItem`s, lazily and in a stable order: folders
 * (recursive, sorted), `.txt`, `.html/.htm`, `.jsonl`, `.warc`, `.warc.gz`, `.gz`, and stdin (`-`).
 * Bad input is an error item tied to its path (and line or record offset), never a throw.
 */
import { readFile, type InputFormat, DEFAULT_MAX_BYTES, payloadItem } from './file.ts';
import { readJsonl } from './jsonl.ts';
import { looksLikeJsonl } from './sniff.ts';
import type { ReaderItem } from './types.ts';
import { walk } from './walk.ts';
import { Readable } from 'node:stream';

export type { ReaderItem, RawItem, ReadError, DeclaredHints, Origin } from './types.ts';
export { DEFAULT_MAX_BYTES, type InputFormat } from './file.ts';

/** Options of `readInputs`. */
export interface ReadOptions {
  /** Force a format (the CLI's `--input`); `auto` decides by extension and sniffing. */
  readonly inputFormat?: InputFormat;
  /** Largest single document, bytes. */
  readonly maxBytes?: number;
  /** Where `-` reads from (default: process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** Read stdin whole, then split it as JSONL or take it as one document. */
async function* readStdin(options: ReadOptions): AsyncGenerator<ReaderItem> {
  const chunks: Buffer[] = [];
  for await (const c of options.stdin ?? process.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  const bytes = Buffer.concat(chunks);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = options.inputFormat ?? 'auto';
  if (format === 'jsonl' || (format === 'auto' && looksLikeJsonl(bytes))) {
    yield* readJsonl('-', Readable.from([bytes]), maxBytes);
    return;
  }
  yield payloadItem('-', bytes, format === 'auto' ? 'sniff' : format, maxBytes);
}

/** Every item under `paths`, in order. */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReaderItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(options);
      continue;
    }
    for await (const w of walk(p)) {
      if ('error' in w) yield { ok: false, error: { origin: { path: w.path }, code: 'unreadable', message: w.error } };
      else yield* readFile(w.file, options);
    }
  }
}
