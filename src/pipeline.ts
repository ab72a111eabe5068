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
 */
import { createHash } from 'node:crypto';
import { ANALYSIS_SCHEMA, type Analysis, type EncodingInfo } from './analysis/schema.ts';
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
import { extract } from './extract/index.ts';
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

/** Analyze one raw item. Never throws on noisy input; bad input yields warnings. */
export function analyze(item: RawItem, options: AnalyzeOptions = {}): Analysis {
  const opts = { ...DEFAULTS, ...options };

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

  // 7. extract
  const facts = opts.extract
    ? extract(trace.text, meta)
    : { regions: [], people: [], organizations: [], industries: [], quantities: [], events: [], directives: [], mentions: [] };

  return {
    schema: ANALYSIS_SCHEMA,
    id: createHash('sha256').update(decoded.text).digest('hex'),
    source: item.origin,
    encoding: decoded.encoding,
    title: meta.title,
    outlet: meta.outlet,
    reporters: meta.reporters,
    published: meta.published,
    dateline: meta.dateline,
    meta: meta.extra,
    text: trace.text,
    original: decoded.text,
    removals: trace.sortedRemovals(),
    warnings: trace.warnings,
    ...facts,
  };
}
