/**
 * quality/sets: the annotated document sets the quality gate scores — the demo set (`corpus/`) and the
 * held-out gate set (`corpus/gate/`) — each as clean items and, where a `MANIFEST.json` exists, noisy
 * items (plain text in any encoding, HTML pages, JSONL records, WARC response records), every item
 * paired with its annotation. Also the scoring of a set with `src/quality/score.ts`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../../src/pipeline.ts';
import { FIELDS, fieldKeys, scoreDocument, summarize, type Annotation, type Counts, type Field, type FieldKeys, type FieldScore } from '../../src/quality/score.ts';
import type { RawItem } from '../../src/readers/types.ts';

/** The repository root. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The annotated sets: name → corpus folder (holding `clean/`, `annotations/`, and a noisy folder). */
export const SETS = {
  demo: { dir: join(REPO_ROOT, 'corpus'), noisy: 'demo' },
  gate: { dir: join(REPO_ROOT, 'corpus/gate'), noisy: 'noisy' },
} as const;
export type SetName = keyof typeof SETS;

/** The two variants of a set: the clean documents and their noisy copies. */
export type Variant = 'clean' | 'noisy';

/** Page metadata of an annotation file (what a crawler record carries beside the text). */
interface PageMeta {
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly url?: string | null;
}

/** One scored item: a raw item to analyze and the annotation it must yield. */
export interface GoldItem {
  /** `clean/001-x.txt`, `demo/bundle.jsonl#3`, … (relative to the set's folder). */
  readonly id: string;
  /** The annotation's file stem. */
  readonly source: string;
  readonly item: RawItem;
  readonly gold: Annotation;
}

/** One entry of a noisy folder's `MANIFEST.json` (the shape `src/corpus/demo.ts` writes). */
interface ManifestEntry {
  readonly file: string;
  readonly record?: number;
  readonly source: string;
  readonly format: 'txt' | 'html' | 'jsonl' | 'warc';
  readonly encoding: string;
}

/** Annotations of a set: file stem → annotation (with its `page`). */
export function loadAnnotations(dir: string): Map<string, Annotation & { page?: PageMeta }> {
  const out = new Map<string, Annotation & { page?: PageMeta }>();
  const folder = join(dir, 'annotations');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    out.set(name.slice(0, -5), JSON.parse(readFileSync(join(folder, name), 'utf8')));
  }
  return out;
}

/**
 * The clean items of a set. Each clean document goes in as a crawler record would: its bytes plus the
 * page's URL and publish time as declared hints (the clean text itself carries no publish time).
 */
export function cleanItems(set: SetName): GoldItem[] {
  const { dir } = SETS[set];
  const out: GoldItem[] = [];
  for (const [source, gold] of loadAnnotations(dir)) {
    const path = join(dir, 'clean', `${source}.txt`);
    const declared = { url: gold.page?.url ?? undefined, published: gold.page?.published ?? undefined };
    out.push({ id: `clean/${source}.txt`, source, gold, item: { origin: { path }, format: 'text', bytes: readFileSync(path), declared } });
  }
  return out;
}

// `Content-Length: 123` in a WARC or HTTP header block.
const CONTENT_LENGTH = /^content-length:\s*(\d+)/im;
// `charset=gbk` in a Content-Type header.
const CHARSET = /charset=([\w-]+)/i;
// `WARC-Type: response`.
const WARC_RESPONSE = /^warc-type:\s*response/im;
// `WARC-Date: 2024-03-09T00:00:00Z`.
const WARC_DATE = /^warc-date:\s*(\S+)/im;
// `WARC-Target-URI: https://…`.
const WARC_URI = /^warc-target-uri:\s*(\S+)/im;

/** The response records of a gzipped WARC file, in order: HTTP body, charset, URL, date. */
export function warcResponses(gz: Uint8Array): { body: Uint8Array; charset?: string; url?: string; date?: string; offset: number }[] {
  const buf = gunzipSync(gz);
  const out: { body: Uint8Array; charset?: string; url?: string; date?: string; offset: number }[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = buf.indexOf('WARC/', pos, 'latin1');
    if (start < 0) break;
    const headEnd = buf.indexOf('\r\n\r\n', start, 'latin1');
    if (headEnd < 0) break;
    const head = buf.subarray(start, headEnd).toString('latin1');
    const length = Number(CONTENT_LENGTH.exec(head)?.[1] ?? 0);
    const block = buf.subarray(headEnd + 4, headEnd + 4 + length);
    pos = headEnd + 4 + length;
    if (!WARC_RESPONSE.test(head)) continue;
    const httpEnd = block.indexOf('\r\n\r\n', 0, 'latin1');
    const http = httpEnd < 0 ? '' : block.subarray(0, httpEnd).toString('latin1');
    out.push({
      body: httpEnd < 0 ? block : block.subarray(httpEnd + 4),
      charset: CHARSET.exec(http)?.[1],
      url: WARC_URI.exec(head)?.[1],
      date: WARC_DATE.exec(head)?.[1],
      offset: start,
    });
  }
  return out;
}

/** The noisy items of a set, from its `MANIFEST.json`; empty when the set has no noisy folder. */
export function noisyItems(set: SetName): GoldItem[] {
  const { dir, noisy } = SETS[set];
  const folder = join(dir, noisy);
  const manifestPath = join(folder, 'MANIFEST.json');
  if (!existsSync(manifestPath)) return [];
  const annotations = loadAnnotations(dir);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: ManifestEntry[] };
  const jsonl = new Map<string, string[]>();
  const warc = new Map<string, ReturnType<typeof warcResponses>>();
  const out: GoldItem[] = [];
  for (const e of manifest.documents) {
    const gold = annotations.get(e.source);
    if (!gold) throw new Error(`${manifestPath}: no annotation for ${e.source}`);
    const path = join(folder, e.file);
    const id = `${noisy}/${e.file}${e.record ? `#${e.record}` : ''}`;
    let item: RawItem;
    if (e.format === 'txt' || e.format === 'html') {
      item = { origin: { path }, format: e.format === 'html' ? 'html' : 'text', bytes: readFileSync(path) };
    } else if (e.format === 'jsonl') {
      if (!jsonl.has(path)) jsonl.set(path, readFileSync(path, 'utf8').split('\n'));
      const rec = JSON.parse(jsonl.get(path)![e.record! - 1]!) as { text?: string; html?: string; url?: string; title?: string; published?: string };
      const declared = { url: rec.url, title: rec.title, published: rec.published };
      item =
        rec.html !== undefined
          ? { origin: { path, line: e.record }, format: 'html', text: rec.html, declared }
          : { origin: { path, line: e.record }, format: 'text', text: rec.text ?? '', declared };
    } else {
      if (!warc.has(path)) warc.set(path, warcResponses(readFileSync(path)));
      const r = warc.get(path)![e.record! - 1]!;
      item = { origin: { path, offset: r.offset }, format: 'html', bytes: r.body, declared: { charset: r.charset, url: r.url } };
    }
    out.push({ id, source: e.source, gold, item });
  }
  return out;
}

/** The items of one set and variant. */
export function items(set: SetName, variant: Variant): GoldItem[] {
  return variant === 'clean' ? cleanItems(set) : noisyItems(set);
}

/** A scored item: its id, source and counts per field. */
export interface ScoredItem {
  readonly id: string;
  readonly source: string;
  readonly counts: Partial<Record<Field, Counts>>;
  /** The compared keys per field (what the annotation wants, what the analysis gave). */
  readonly keys: Partial<Record<Field, FieldKeys>>;
}

/** Analyze and score every item; returns per-item counts and the summary per field. */
export function measure(list: readonly GoldItem[]): { perItem: ScoredItem[]; summary: Record<Field, FieldScore> } {
  const perItem = list.map((g) => {
    const a = analyze(g.item);
    return { id: g.id, source: g.source, counts: scoreDocument(a, g.gold), keys: fieldKeys(a, g.gold) };
  });
  return { perItem, summary: summarize(perItem.map((p) => p.counts)) };
}

/** The `# field P R F1` table of one set and variant, with floors when given. */
export function formatTable(title: string, summary: Record<Field, FieldScore>, floors: Record<string, number> = {}, prefix = ''): string {
  const lines = [`# ${title}`, `# ${'field'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'floor'.padStart(6)}   tp/fp/fn`];
  for (const f of FIELDS) {
    const s = summary[f];
    const floor = floors[`${prefix}${f}`];
    const fmt = (x: number) => x.toFixed(3).padStart(6);
    lines.push(`# ${f.padEnd(14)} ${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)} ${floor === undefined ? '     -' : fmt(floor)}   ${s.tp}/${s.fp}/${s.fn}`);
  }
  return lines.join('\n');
}
