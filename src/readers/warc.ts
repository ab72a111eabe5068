/**
 * WARC (and .warc.gz, one gzip member per record or one for the file): `response` records become
 * documents (the HTTP body; `WARC-Target-URI` as the URL; the Content-Type charset as a hint),
 * `resource` records with a text type too. Streams record by record. A record cut short by the end
 * of the file (or a broken gzip stream) is a `truncated-record` error; earlier records are kept.
 * `origin.offset` is the record's byte offset in the (decompressed) WARC stream.
 */
import type { Readable } from 'node:stream';
import { parseHttpResponse } from './http.ts';
import { looksBinary, sniffFormat } from './sniff.ts';
import type { ReaderItem } from './types.ts';

const CRLFCRLF = Buffer.from('\r\n\r\n');
/** Content types that are documents (anything textual); images, scripts and styles are skipped. */
const DOCUMENT_TYPE = /^(text\/(html|plain)|application\/xhtml)/i;

/** One parsed WARC header block. */
interface WarcHeader {
  readonly type: string;
  readonly uri?: string;
  readonly length: number;
  readonly contentType: string;
}

function parseHeader(block: string): WarcHeader | undefined {
  const lines = block.split('\r\n');
  if (!lines[0]!.startsWith('WARC/')) return undefined;
  const h = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const c = l.indexOf(':');
    if (c > 0) h.set(l.slice(0, c).trim().toLowerCase(), l.slice(c + 1).trim());
  }
  const length = Number(h.get('content-length'));
  if (!Number.isInteger(length) || length < 0) return undefined;
  return { type: (h.get('warc-type') ?? '').toLowerCase(), uri: h.get('warc-target-uri')?.replace(/^<|>$/g, ''), length, contentType: h.get('content-type') ?? '' };
}

/** Turn one complete record into a reader item, or undefined when it is not a document. */
function recordItem(path: string, offset: number, header: WarcHeader, block: Buffer, maxBytes: number): ReaderItem | undefined {
  const origin = header.uri ? { path, offset, url: header.uri } : { path, offset };
  let body: Uint8Array;
  let charset: string | undefined;
  let contentType: string;
  if (header.type === 'response') {
    const http = parseHttpResponse(block);
    if (!http) return { ok: false, error: { origin, code: 'bad-record', message: `record at byte ${offset}: response without an HTTP status line` } };
    ({ body, charset, contentType } = http);
  } else if (header.type === 'resource') {
    body = block;
    contentType = header.contentType;
    charset = /charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)/i.exec(contentType)?.[1];
  } else return undefined;
  if (contentType && !DOCUMENT_TYPE.test(contentType)) return undefined;
  if (body.length === 0) return { ok: false, error: { origin, code: 'empty', message: `record at byte ${offset}: empty body` } };
  if (body.length > maxBytes) return { ok: false, error: { origin, code: 'too-large', message: `record at byte ${offset}: ${body.length} bytes, more than ${maxBytes}` } };
  if (looksBinary(body)) return { ok: false, error: { origin, code: 'binary', message: `record at byte ${offset}: binary body` } };
  const format = /html/i.test(contentType) ? 'html' : contentType ? 'text' : sniffFormat(body);
  return { ok: true, item: { origin, format, bytes: body, declared: { charset, url: header.uri } } };
}

/** Every document record of a WARC stream, in order. */
export async function* readWarc(path: string, input: Readable, maxBytes: number): AsyncGenerator<ReaderItem> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let buf: Buffer = Buffer.alloc(0);
  let base = 0; // stream offset of buf[0]
  let ended = false;
  let streamError: string | undefined;
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    try {
      const r = await it.next();
      if (r.done) ended = true;
      else buf = buf.length ? Buffer.concat([buf, r.value]) : r.value;
    } catch (err) {
      ended = true;
      streamError = (err as Error).message;
    }
    return !ended || buf.length > 0;
  };
  const truncated = (offset: number, what: string): ReaderItem => ({
    ok: false,
    error: { origin: { path, offset }, code: 'truncated-record', message: `record at byte ${offset}: ${what}${streamError ? ` (${streamError})` : ''}` },
  });

  for (;;) {
    // Skip the blank lines between records.
    let skip = 0;
    while (skip < buf.length && (buf[skip] === 0x0d || buf[skip] === 0x0a)) skip++;
    buf = buf.subarray(skip);
    base += skip;
    if (buf.length === 0 && !(await more())) return;
    if (buf.length === 0) continue;
    let headEnd = buf.indexOf(CRLFCRLF);
    while (headEnd === -1 && !ended) {
      await more();
      headEnd = buf.indexOf(CRLFCRLF);
    }
    if (headEnd === -1) {
      yield truncated(base, 'the stream ends inside the record header');
      return;
    }
    const header = parseHeader(buf.subarray(0, headEnd).toString('latin1'));
    if (!header) {
      yield { ok: false, error: { origin: { path, offset: base }, code: 'bad-record', message: `record at byte ${base}: not a WARC record header` } };
      return;
    }
    const start = headEnd + 4;
    while (buf.length < start + header.length && !ended) await more();
    if (buf.length < start + header.length) {
      yield truncated(base, `${buf.length - start} of ${header.length} content bytes present`);
      return;
    }
    const item = recordItem(path, base, header, buf.subarray(start, start + header.length), maxBytes);
    if (item) yield item;
    const consumed = start + header.length;
    buf = buf.subarray(consumed);
    base += consumed;
  }
}
