/**
 * The HTTP response inside a WARC `response` record: status line, headers, then the body
 * (de-chunked and decompressed when the headers say so). Content-Type gives the format and charset.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** What a response payload gives a reader. */
export interface HttpPayload {
  readonly status: number;
  readonly contentType: string;
  readonly charset?: string;
  readonly body: Uint8Array;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');
/** `charset=gbk` inside a Content-Type value. */
const CHARSET = /charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)/i;

/** Undo `Transfer-Encoding: chunked`; returns what was complete when the framing breaks. */
function dechunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < b.length) {
    const eol = b.indexOf('\r\n', i);
    if (eol === -1) break;
    const size = parseInt(b.subarray(i, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(b.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Parse an HTTP response block; undefined when it is not one. */
export function parseHttpResponse(block: Buffer): HttpPayload | undefined {
  if (!block.subarray(0, 5).equals(Buffer.from('HTTP/'))) return undefined;
  const end = block.indexOf(CRLFCRLF);
  const head = block.subarray(0, end === -1 ? block.length : end).toString('latin1').split('\r\n');
  const status = Number(head[0]!.split(' ')[1]);
  const headers = new Map<string, string>();
  for (const line of head.slice(1)) {
    const c = line.indexOf(':');
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  let body = end === -1 ? Buffer.alloc(0) : block.subarray(end + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const enc = (headers.get('content-encoding') ?? '').toLowerCase();
  try {
    if (enc === 'gzip' || enc === 'x-gzip') body = gunzipSync(body);
    else if (enc === 'deflate') body = inflateSync(body);
    else if (enc === 'br') body = brotliDecompressSync(body);
  } catch {
    // Keep the body as stored: decoding will flag what it cannot read.
  }
  const contentType = headers.get('content-type') ?? '';
  return { status, contentType, charset: CHARSET.exec(contentType)?.[1], body };
}
