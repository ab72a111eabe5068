/**
 * decode/: bytes → text. In order: a byte-order mark; the charset a container declared; an HTML
 * page's `<meta charset>`; a fast path for valid UTF-8; else detection among UTF-8, GB18030/GBK and
 * Big5 verified by decoding a sample with each and scoring the result (chardet breaks near-ties).
 * A declared charset is trusted only while its decoding is clean. Never throws on bad bytes:
 * undecodable bytes become U+FFFD and are counted in `invalidBytes`.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { EncodingInfo } from '../analysis/schema.ts';
import { completeBig5, decodeBig5, decodeBig5Fast } from './big5.ts';
import { codecFor, ICONV_PREFIX, type Codec } from './labels.ts';
import { scoreDecoding, scoreUtf8, type DecodingScore } from './score.ts';
import { sniffBom, sniffMetaCharset } from './sniff.ts';

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

/** Bytes of the sample that detection decodes with every candidate. */
const SAMPLE_BYTES = 64 * 1024;
/** Bytes chardet sees when it breaks a near-tie (it runs ~2 MB/s). */
const CHARDET_BYTES = 8 * 1024;
/** Candidates whose scores differ by less than this are a near-tie. */
const NEAR_TIE = 0.05;
/** A declared or meta charset is overruled when more than this share of its output is U+FFFD. */
const DECLARED_MAX_INVALID = 0.002;

const UTF8: Codec = { name: 'utf-8', decoder: 'utf-8' };
const GB: Codec = { name: 'gb18030', decoder: 'gb18030' };
const BIG5: Codec = { name: 'big5', decoder: 'big5' };
const CANDIDATES: readonly Codec[] = [UTF8, GB, BIG5];

/** Something that turns bytes into text, never throwing (bad bytes become U+FFFD). */
interface TextDecoding {
  decode(bytes: Uint8Array): string;
}

const decoders = new Map<string, TextDecoding>();
/**
 * The decoder for a codec label: ICU's TextDecoder, iconv-lite for `iconv:` labels TextDecoder lacks,
 * and for `big5` ICU with the HKSCS table behind it (ICU's big5 is code page 950: see big5.ts).
 */
function decoderFor(label: string): TextDecoding {
  let d = decoders.get(label);
  if (!d) {
    if (label === BIG5.decoder) d = { decode: decodeBig5 };
    else if (label.startsWith(ICONV_PREFIX)) {
      const name = label.slice(ICONV_PREFIX.length);
      d = { decode: (bytes) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name) };
    } else d = new TextDecoder(label, { ignoreBOM: true });
    decoders.set(label, d);
  }
  return d;
}
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Number of U+FFFD in `text` (each stands for undecodable bytes). */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function decodeWith(codec: Codec, bytes: Uint8Array, method: EncodingInfo['method'], confidence: number): Decoded {
  const text = decoderFor(codec.decoder).decode(bytes);
  return { text, encoding: { name: codec.name, confidence, invalidBytes: countReplacements(text), method } };
}

/**
 * Valid UTF-8 decoded, else undefined. Validated first (`isUtf8`, the same WHATWG validity a fatal
 * TextDecoder applies) rather than by a fatal decode: a thrown TypeError per non-UTF-8 page costs more.
 */
function tryUtf8(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? utf8Decoder.decode(bytes) : undefined;
}

/** A declared codec's decoding when it is clean enough to trust, else undefined. */
function trustDeclared(codec: Codec, bytes: Uint8Array, method: 'declared' | 'meta'): Decoded | undefined {
  if (codec.decoder === 'utf-8') {
    const text = tryUtf8(bytes);
    if (text !== undefined) return { text, encoding: { name: 'utf-8', confidence: 1, invalidBytes: 0, method } };
  }
  const sample = decoderFor(codec.decoder).decode(bytes.subarray(0, SAMPLE_BYTES));
  const invalid = countReplacements(sample);
  if (invalid > Math.max(1, sample.length * DECLARED_MAX_INVALID)) return undefined;
  // A document no longer than the sample was decoded whole already: reuse that text.
  if (bytes.length <= SAMPLE_BYTES) return { text: sample, encoding: { name: codec.name, confidence: 0.95, invalidBytes: invalid, method } };
  return decodeWith(codec, bytes, method, 0.95);
}

/** chardet's favourite among our candidates on a small sample, if it names one. */
function chardetPick(bytes: Uint8Array): Codec | undefined {
  const guesses = chardet.analyse(bytes.subarray(0, CHARDET_BYTES));
  for (const g of guesses) {
    const name = g.name.toLowerCase();
    if (name === 'utf-8') return UTF8;
    if (name === 'gb18030' || name === 'gbk' || name === 'gb2312') return GB;
    if (name === 'big5') return BIG5;
  }
  return undefined;
}

/** Detect among the candidates by decoding a sample with each and scoring it. */
function detect(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // Big5 is scored on ICU's fast reading (HKSCS pairs as private-use code points, as rare as the
  // characters they stand for); the winner alone is completed with the HKSCS table. Detection runs only
  // on bytes that are not valid UTF-8: the UTF-8 candidate is scored from the bytes (its string, mostly
  // U+FFFD, is made only if it wins).
  const scored: { codec: Codec; score: DecodingScore; text: string | undefined }[] = CANDIDATES.map((codec) => {
    if (codec === UTF8) return { codec, score: scoreUtf8(sample), text: undefined };
    const text = codec === BIG5 ? decodeBig5Fast(sample) : decoderFor(codec.decoder).decode(sample);
    return { codec, score: scoreDecoding(text), text };
  });
  scored.sort((a, b) => b.score.value - a.score.value);
  let [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
  const margin = best.score.value - second.score.value;
  if (margin < NEAR_TIE) {
    const pick = chardetPick(bytes);
    if (pick === second.codec) [best, second] = [second, best];
  }
  const confidence = Math.max(0.3, Math.min(0.99, 0.5 + Math.abs(best.score.value - second.score.value)));
  const rounded = Number(confidence.toFixed(2));
  // A document no longer than the sample was decoded whole already: reuse that text.
  let decoded: Decoded;
  if (sample.length === bytes.length) {
    const sampleText = best.text ?? decoderFor(best.codec.decoder).decode(sample);
    const text = best.codec === BIG5 ? completeBig5(sampleText, bytes) : sampleText;
    decoded = { text, encoding: { name: best.codec.name, confidence: rounded, invalidBytes: countReplacements(text), method: 'detected' } };
  } else decoded = decodeWith(best.codec, bytes, 'detected', rounded);
  // GB18030 that needed no four-byte sequences is plain GBK: report the narrower family.
  if (best.codec === GB && !hasGb18030FourByte(bytes)) return { ...decoded, encoding: { ...decoded.encoding, name: 'gbk' } };
  return decoded;
}

/** True when the bytes hold a GB18030 four-byte sequence (lead 81–FE, then a digit 30–39). */
function hasGb18030FourByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    const t = bytes[i + 1]!;
    if (t >= 0x30 && t <= 0x39) return true;
    i++; // skip the trail byte of a two-byte character
  }
  return false;
}

/** Decode bytes to text, choosing the encoding. Never throws. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith({ name: bom.label, decoder: bom.label }, bytes.subarray(bom.length), 'bom', 1);

  const declared = codecFor(options.declared);
  if (declared) {
    const d = trustDeclared(declared, bytes, 'declared');
    if (d) return d;
  }
  if (options.html) {
    const meta = codecFor(sniffMetaCharset(bytes));
    if (meta) {
      const d = trustDeclared(meta, bytes, 'meta');
      if (d) return d;
    }
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: { name: 'utf-8', confidence: 1, invalidBytes: 0, method: 'utf8' } };
  return detect(bytes);
}
