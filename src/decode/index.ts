/**
 * decode/: bytes → text. BOM, HTML meta charset, UTF-8 fast path, detection among
 * GB18030/GBK/Big5/UTF-8 verified by decoding. Never throws on bad bytes.
 * (STUB: UTF-8 only until the decode stage lands.)
 */
import type { EncodingInfo } from '../analysis/schema.ts';

export interface DecodeOptions {
  /** Charset declared by the container (HTTP header, JSONL field). */
  readonly declared?: string;
  /** The payload is HTML: look for <meta charset>. */
  readonly html?: boolean;
}

export interface Decoded {
  readonly text: string;
  readonly encoding: EncodingInfo;
}

/** Decode bytes to text, choosing the encoding. */
export function decode(bytes: Uint8Array, _options: DecodeOptions = {}): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: { name: 'utf-8', confidence: 1, invalidBytes: 0, method: 'utf8' } };
}
