/**
 * Where ingest and `analyze` get their items: `readInputs` from src/readers when it exists,
 * else a tiny local walk of `.txt`/`.html` files behind the same interface.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Origin, ReaderItem } from '../readers/types.ts';

/** Options passed through to the readers. */
export interface SourceOptions {
  readonly inputFormat?: 'auto' | 'jsonl' | 'text' | 'html';
}

type ReadInputs = (paths: string[], options: SourceOptions) => AsyncIterable<ReaderItem>;

const READERS = new URL('../readers/index.ts', import.meta.url);

/** File names the fallback walk reads: plain text and HTML. */
const TEXT_FILE = /\.(txt|text|html?)$/i;
/** File names the fallback walk treats as HTML. */
const HTML_FILE = /\.html?$/i;

async function* walk(path: string): AsyncGenerator<string | { path: string; error: string }> {
  let s;
  try {
    s = await stat(path);
  } catch (err) {
    yield { path, error: (err as Error).message };
    return;
  }
  if (s.isDirectory()) {
    for (const name of (await readdir(path)).sort()) yield* walk(join(path, name));
  } else yield path;
}

/** The fallback reader: files and folders of `.txt`/`.html`; `-` is stdin. */
export async function* readLocal(paths: readonly string[]): AsyncGenerator<ReaderItem> {
  for (const p of paths) {
    if (p === '-') {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      yield { ok: true, item: { origin: { path: '-' }, format: 'text', bytes: Buffer.concat(chunks) } };
      continue;
    }
    for await (const f of walk(p)) {
      if (typeof f !== 'string') {
        yield { ok: false, error: { origin: { path: f.path }, code: 'unreadable', message: f.error } };
        continue;
      }
      if (f !== p && !TEXT_FILE.test(f)) continue;
      const origin: Origin = { path: f };
      try {
        const bytes = await readFile(f);
        if (bytes.length === 0) yield { ok: false, error: { origin, code: 'empty', message: 'empty file' } };
        else if (bytes.subarray(0, 8192).includes(0)) yield { ok: false, error: { origin, code: 'binary', message: 'NUL bytes: not a text file' } };
        else yield { ok: true, item: { origin, format: HTML_FILE.test(f) ? 'html' : 'text', bytes } };
      } catch (err) {
        yield { ok: false, error: { origin, code: 'unreadable', message: (err as Error).message } };
      }
    }
  }
}

/**
 * Read every item under `paths` (files, folders, `-` for stdin), reader errors included.
 * Uses src/readers when present.
 */
export async function* readItems(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<ReaderItem> {
  if (existsSync(READERS)) {
    const mod = (await import(READERS.href)) as { readInputs?: ReadInputs };
    if (mod.readInputs) {
      yield* mod.readInputs([...paths], options);
      return;
    }
  }
  yield* readLocal(paths);
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
    for await (const f of walk(p)) {
      if (typeof f === 'string') n += await stat(f).then((s) => s.size, () => 0);
    }
  }
  return n;
}
