/**
 * The pipeline: one raw item in, one Analysis out. Pure, synchronous, no I/O.
 *
 * Stages, in order:
 *   1. decode     bytes → text (skipped when the reader already has text)
 *   2. html       main-content extraction (only for HTML payloads)
 *   3. noise      character-level noise: pinyin annotations, lost characters, mojibake, jammers
 *   4. normalize  Traditional → Simplified, full-width → half-width, odd spaces
 *   5. structure  boilerplate (info bars parsed into fields first), duplicated blocks, whitespace
 *   6. metadata   title, outlet, reporters, published, dateline
 *   7. extract    regions, people, organizations, industries, quantities, events, directives
 *
 * Noise runs before normalization because the mojibake and pinyin passes need the characters
 * as they were written (re-encoding, per-character pinyin); structure runs after it so that its
 * lexicons need only Simplified, half-width forms. Every text pass returns edits, which the
 * TextTrace turns into removals in original coordinates.
 *
 * `analyzeMany` gives the same results for a batch of items with stage 7 run stage by stage over the
 * batch (`extractMany`), which costs less CPU; an item that throws gets its Error, the others their analyses.
 */
import { hash } from 'node:crypto';
import { ANALYSIS_SCHEMA, type Analysis, type DocMeta, type EncodingInfo, type Extraction, type Origin, type Removal, type Warning } from './analysis/schema.ts';
import { attempt } from './analysis/attempt.ts';
import type { RawItem } from './readers/types.ts';
import { decode } from './decode/index.ts';
import { decodeFindings } from './decode/findings.ts';
import { extractHtml, type HtmlMeta } from './clean/html/index.ts';
import { removeTagRemnants } from './clean/html/remnants.ts';
import { removePinyinAnnotations } from './clean/noise/pinyin.ts';
import { recoverLostCharacters } from './clean/noise/lost-char.ts';
import { repairMojibake } from './clean/noise/mojibake.ts';
import { removeJammers } from './clean/noise/jammer.ts';
import { normalizeText } from './normalize/index.ts';
import { removeBoilerplate } from './clean/structure/boilerplate.ts';
import { dedupeBlocks } from './clean/structure/dedupe.ts';
import { tidyWhitespace } from './clean/structure/whitespace.ts';
import { extractMetadata } from './metadata/index.ts';
import { extract, extractMany } from './extract/index.ts';
import { TextTrace } from './text/edits.ts';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Skip the extract stage (clean text and metadata only). */
  readonly extract?: boolean;
}

const DEFAULTS: Required<AnalyzeOptions> = Object.freeze({ extract: true });

const TEXT_ENCODING: EncodingInfo = Object.freeze({ name: 'utf-8', confidence: 1, invalidBytes: 0, method: 'text' });

/** A metadata hint (a title from JSONL, WARC or `<title>`) normalized like the text. */
function normalizeHint(s: string | undefined): string | undefined {
  return s === undefined ? undefined : normalizeText(s).text;
}

/**
 * A document after stages 1–6: what its Analysis holds but the facts. Its TextTrace (the offset maps and
 * edits of every pass) is not kept: `analyzeMany` holds a batch of these while it extracts.
 */
interface Cleaned {
  readonly origin: Origin;
  readonly original: string;
  readonly encoding: EncodingInfo;
  readonly text: string;
  readonly removals: Removal[];
  readonly warnings: Warning[];
  readonly meta: DocMeta;
}

/** Stages 1–6 of one raw item: everything but extraction. */
function clean(item: RawItem): Cleaned {
  // 1. decode
  const decoded =
    item.text !== undefined
      ? { text: item.text, encoding: TEXT_ENCODING }
      : decode(item.bytes ?? new Uint8Array(0), { declared: item.declared?.charset, html: item.format === 'html' });
  const trace = new TextTrace(decoded.text);
  // Undecodable bytes stay in the text as U+FFFD and are flagged, never dropped.
  trace.apply({ text: decoded.text, edits: [], findings: decodeFindings(decoded) }, 'decode');

  // 2. html
  let html: HtmlMeta = {};
  if (item.format === 'html') {
    const r = extractHtml(trace.text);
    trace.apply(r, 'html');
    html = r.meta;
  }

  // 3. noise (mojibake first: it needs the `?` and the pinyin after a byte-shifted run; lost characters
  //    before annotations: they read the annotation around the `?`)
  trace.run('noise', repairMojibake);
  trace.run('noise', recoverLostCharacters);
  trace.run('noise', removeTagRemnants);
  trace.run('noise', removePinyinAnnotations);
  trace.run('noise', removeJammers);

  // 4. normalize
  trace.run('normalize', normalizeText);

  // 5. structure
  const boilerplate = removeBoilerplate(trace.text);
  trace.apply(boilerplate, 'structure');
  trace.run('structure', dedupeBlocks);
  trace.run('structure', tidyWhitespace);

  // 6. metadata
  const meta = extractMetadata(trace.text, {
    fields: { ...(html.fields ?? {}), ...boilerplate.fields },
    // Titles from a container or the page head are cleaned text too: Simplified, half-width.
    title: normalizeHint(item.declared?.title ?? html.title),
    published: item.declared?.published ?? html.published,
    url: item.declared?.url ?? item.origin.url,
  });
  return { origin: item.origin, original: decoded.text, encoding: decoded.encoding, text: trace.text, removals: trace.sortedRemovals(), warnings: trace.warnings, meta };
}

/** The facts of a document when extraction is skipped. */
function noFacts(): Extraction {
  return { regions: [], people: [], organizations: [], industries: [], quantities: [], events: [], directives: [], mentions: [] };
}

/** The Analysis of a cleaned document with its facts. */
function assemble({ origin, original, encoding, text, removals, warnings, meta }: Cleaned, facts: Extraction): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    // One-shot hash (no Hash object per document): the same SHA-256 of the UTF-8 text, in hex.
    id: hash('sha256', original, 'hex'),
    source: origin,
    encoding,
    title: meta.title,
    outlet: meta.outlet,
    reporters: meta.reporters,
    published: meta.published,
    dateline: meta.dateline,
    meta: meta.extra,
    text,
    original,
    removals,
    warnings,
    ...facts,
  };
}

/** Analyze one raw item. Never throws on noisy input; bad input yields warnings. */
export function analyze(item: RawItem, options: AnalyzeOptions = {}): Analysis {
  const opts = { ...DEFAULTS, ...options };
  // 1–6. decode, html, noise, normalize, structure, metadata
  const doc = clean(item);
  // 7. extract
  return assemble(doc, opts.extract ? extract(doc.text, doc.meta) : noFacts());
}

/**
 * Analyze several raw items: stages 1–6 item by item, then extraction over all of them stage by stage
 * (`extractMany`: ~30 % less CPU than one document at a time over short news documents). Each result is
 * what `analyze` gives for that item, or the Error `analyze` would have thrown for it (the others are not
 * affected).
 * @example analyzeMany([a, b]) // [analyze(a), analyze(b)]
 */
export function analyzeMany(items: readonly RawItem[], options: AnalyzeOptions = {}): (Analysis | Error)[] {
  const opts = { ...DEFAULTS, ...options };
  const docs = items.map((item) => attempt(() => clean(item)));
  const cleaned = docs.filter((d): d is Cleaned => !(d instanceof Error));
  const facts = opts.extract ? extractMany(cleaned.map((d) => ({ text: d.text, meta: d.meta }))) : cleaned.map(noFacts);
  let next = 0;
  return docs.map((d) => {
    if (d instanceof Error) return d;
    const f = facts[next++]!;
    return f instanceof Error ? f : attempt(() => assemble(d, f));
  });
}

