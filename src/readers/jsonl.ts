/**
 * JSONL: one document per line, `{"text"|"html", "url"?, "title"?, "published"?, "charset"?}`.
 * Each document remembers its 1-based line; a broken line is a `bad-json` error tied to that line
 * and the rest of the file goes on. Blank lines are skipped. Streams: a file is never read whole.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DeclaredHints, ReaderItem } from './types.ts';

/** Longest line echoed into an error message. */
const ECHO = 60;

/** One parsed JSONL line as a reader item (or the error it makes). */
export function jsonlLineItem(path: string, line: number, raw: string, maxBytes: number): ReaderItem {
  const origin = { path, line };
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (err) {
    const echo = raw.length > ECHO ? raw.slice(0, ECHO) + '…' : raw;
    return { ok: false, error: { origin, code: 'bad-json', message: `line ${line}: ${(err as Error).message} in ${JSON.stringify(echo)}` } };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, error: { origin, code: 'bad-json', message: `line ${line}: not a JSON object` } };
  }
  const o = doc as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const html = str('html');
  const text = html ?? str('text');
  if (text === undefined) return { ok: false, error: { origin, code: 'bad-json', message: `line ${line}: no "text" or "html" string field` } };
  if (text.trim() === '') return { ok: false, error: { origin, code: 'empty', message: `line ${line}: empty ${html !== undefined ? 'html' : 'text'}` } };
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, error: { origin, code: 'too-large', message: `line ${line}: document larger than ${maxBytes} bytes` } };
  const url = str('url');
  const declared: DeclaredHints = { title: str('title'), url, published: str('published') };
  return { ok: true, item: { origin: url ? { ...origin, url } : origin, format: html !== undefined ? 'html' : 'text', text, declared } };
}

/** Every document of a JSONL stream, in order. */
export async function* readJsonl(path: string, input: Readable, maxBytes: number): AsyncGenerator<ReaderItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      if (raw.trim() === '') continue;
      yield jsonlLineItem(path, n, raw.replace(/^\uFEFF/, ''), maxBytes);
    }
  } catch (err) {
    yield { ok: false, error: { origin: { path, line: n + 1 }, code: 'unreadable', message: `after line ${n}: ${(err as Error).message}` } };
  }
}
