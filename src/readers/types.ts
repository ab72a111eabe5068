/**
 * What readers produce: raw items (bytes or already-decoded text) with their origin,
 * or a read error tied to the item that caused it. Readers never throw on bad input.
 */
import type { Origin } from '../analysis/schema.ts';

export type { Origin } from '../analysis/schema.ts';

/** Hints a container gave about a document (JSONL fields, WARC/HTTP headers). */
export interface DeclaredHints {
  /** Charset from an HTTP Content-Type header or similar. */
  readonly charset?: string;
  readonly title?: string;
  readonly url?: string;
  /** Publish time as given by the container. */
  readonly published?: string;
}

/** One document as read, before decoding. Exactly one of `bytes` and `text` is set. */
export interface RawItem {
  readonly origin: Origin;
  /** `html` when the payload is HTML (by extension, content type or sniffing), else `text`. */
  readonly format: 'text' | 'html';
  readonly bytes?: Uint8Array;
  readonly text?: string;
  readonly declared?: DeclaredHints;
}

/** A per-item read failure, e.g. an unreadable file or a broken JSONL line. */
export interface ReadError {
  readonly origin: Origin;
  /** Stable machine code: `unreadable`, `empty`, `binary`, `bad-json`, `truncated-record`, `too-large`, ... */
  readonly code: string;
  readonly message: string;
}

export type ReaderItem = { readonly ok: true; readonly item: RawItem } | { readonly ok: false; readonly error: ReadError };
