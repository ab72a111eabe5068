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

/** Bytes of stdin looked at before choosing JSONL or one document. */
const STDIN_SNIFF_BYTES = 64 * 1024;

/**
 * Read stdin: the first 64 KB decide JSONL (then streamed line by line, never held whole) or one
 * document (then gathered up to the size limit).
 */
async function* readStdin(options: ReadOptions): AsyncGenerator<ReaderItem> {
  const it = (options.stdin ?? process.stdin)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < STDIN_SNIFF_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const c = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as string);
    head.push(c);
    headBytes += c.length;
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as string);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = options.inputFormat ?? 'auto';
  const sniffed = Buffer.concat(head);
  // A first line longer than the sniffed bytes cannot be parsed yet: an opening `{"` then decides.
  const longFirstLine = !done && !sniffed.includes(0x0a) && /^\s*\{"/.test(sniffed.subarray(0, 64).toString('latin1'));
  if (format === 'jsonl' || (format === 'auto' && (looksLikeJsonl(sniffed) || longFirstLine))) {
    yield* readJsonl('-', Readable.from(rest()), maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of rest()) {
    size += c.length;
    // Past the limit: keep draining (the writer must not block) but stop holding bytes.
    if (size <= maxBytes) chunks.push(c);
  }
  if (size > maxBytes) {
    yield { ok: false, error: { origin: { path: '-' }, code: 'too-large', message: `${size} bytes, more than the limit of ${maxBytes}` } };
    return;
  }
  yield payloadItem('-', Buffer.concat(chunks), format === 'auto' ? 'sniff' : format, maxBytes);
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
