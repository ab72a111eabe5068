/**
 * One input file → reader items, by its (inner) extension: `.jsonl`, `.warc`, `.warc.gz`, `.gz`
 * around any of these, `.html/.htm`, `.txt`; anything else is sniffed (HTML or text). Each bad file
 * is one error tied to its path: `unreadable`, `empty`, `binary`, `too-large`.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { readJsonl } from './jsonl.ts';
import { looksBinary, looksLikeJsonl, sniffFormat } from './sniff.ts';
import type { ReaderItem, ReadError } from './types.ts';
import { readWarc } from './warc.ts';

const gunzipAsync = promisify(gunzip);

/** Input formats a caller may force (`--input`). */
export type InputFormat = 'auto' | 'jsonl' | 'text' | 'html';

/** Options for reading files. */
export interface FileOptions {
  readonly inputFormat?: InputFormat;
  /** Largest single document, bytes (default 64 MB). */
  readonly maxBytes?: number;
}

/** Default largest single document: a 50 MB page must read fine. */
export const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

const err = (path: string, code: string, message: string): ReaderItem => ({ ok: false, error: { origin: { path }, code, message } satisfies ReadError });

/** The container kind of a file name. */
function kindOf(name: string, forced: InputFormat): 'jsonl' | 'warc' | 'html' | 'text' | 'sniff' {
  if (forced === 'jsonl') return 'jsonl';
  if (/\.warc$/i.test(name)) return 'warc';
  if (/\.jsonl$/i.test(name)) return 'jsonl';
  if (forced === 'html' || /\.x?html?$/i.test(name)) return 'html';
  if (forced === 'text' || /\.(txt|text)$/i.test(name)) return 'text';
  return 'sniff';
}

/** One whole payload (a .txt/.html file or a decompressed member) as one item. */
export function payloadItem(path: string, bytes: Uint8Array, kind: 'html' | 'text' | 'sniff', maxBytes: number, member?: string): ReaderItem {
  const origin = member ? { path, member } : { path };
  if (bytes.length === 0) return { ok: false, error: { origin, code: 'empty', message: 'empty file' } };
  if (bytes.length > maxBytes) return { ok: false, error: { origin, code: 'too-large', message: `${bytes.length} bytes, more than the limit of ${maxBytes}` } };
  if (looksBinary(bytes)) return { ok: false, error: { origin, code: 'binary', message: 'NUL or control bytes in the first 8 KB: not a text document' } };
  return { ok: true, item: { origin, format: kind === 'sniff' ? sniffFormat(bytes) : kind, bytes } };
}

/** Read one file. */
export async function* readFile(path: string, options: FileOptions = {}): AsyncGenerator<ReaderItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const forced = options.inputFormat ?? 'auto';
  let size: number;
  try {
    size = (await stat(path)).size;
    // Opening proves we may read it (stat alone succeeds on a mode-000 file).
    await (await open(path, 'r')).close();
  } catch (e) {
    yield err(path, 'unreadable', (e as Error).message);
    return;
  }
  if (size === 0) {
    yield err(path, 'empty', 'empty file');
    return;
  }
  const gz = /\.gz$/i.test(path);
  const inner = gz ? path.replace(/\.gz$/i, '') : path;
  const kind = kindOf(inner, forced);
  try {
    if (kind === 'jsonl' || kind === 'warc') {
      const raw = createReadStream(path);
      const stream: Readable = gz ? raw.pipe(createGunzip()) : raw;
      raw.on('error', (e) => stream.destroy(e));
      yield* kind === 'jsonl' ? readJsonl(path, stream, maxBytes) : readWarc(path, stream, maxBytes);
      return;
    }
    if (!gz && size > maxBytes) {
      yield err(path, 'too-large', `${size} bytes, more than the limit of ${maxBytes}`);
      return;
    }
    const { readFile: read } = await import('node:fs/promises');
    let bytes: Uint8Array = await read(path);
    if (gz) {
      try {
        bytes = await gunzipAsync(bytes, { maxOutputLength: maxBytes + 1 });
      } catch (e) {
        const m = (e as Error).message;
        yield err(path, /maxOutputLength|Cannot create a Buffer/i.test(m) ? 'too-large' : 'bad-gzip', `gzip: ${m}`);
        return;
      }
      if (kind === 'sniff' && looksLikeJsonl(bytes)) {
        yield* readJsonl(path, Readable.from([Buffer.from(bytes)]), maxBytes);
        return;
      }
    }
    yield payloadItem(path, bytes, kind, maxBytes);
  } catch (e) {
    yield err(path, 'unreadable', (e as Error).message);
  }
}
