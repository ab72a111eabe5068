/**
 * The write side: one batch of ingest items → one transaction of multi-row `unnest` INSERTs.
 * Idempotent by content: a document whose id is already stored is a `duplicate` and adds nothing.
 */
import type { Analysis } from '../analysis/schema.ts';
import { documentEntities, homeRegion, organizationKey, personKey } from '../resolve/index.ts';
import type { Db } from './db.ts';
import { INSERT_AREA_ENTITIES, mapDeltas, UPSERT_MAP_COUNTS, type MapDocument, type MapFact } from './map-counts.ts';
import { packJson } from './packed.ts';
import { packRemovals } from './removals.ts';
import { searchDocument } from './search.ts';
import type { ItemStatus, WriteItem, WriteResult } from './types.ts';

const json = (v: unknown): string => JSON.stringify(v ?? null);

/** `published` as a timestamptz literal, or null when it does not parse. */
function timestamp(published: string | null): string | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** The date a document speaks for: its dateline, else the day it was published. */
function docDate(a: Analysis): string | null {
  return a.dateline ?? (a.published ? a.published.slice(0, 10) : null);
}

// The documents travel as ONE json parameter (native JSON.stringify) rather than 22 text[] arrays:
// PGlite serializes array parameters in JavaScript, element by element, which was the largest
// main-thread cost of ingest (profiled: array literal building, escaping and the GC it causes).
// JSON nulls of the json columns become the 'null' jsonb the array form stored, so rows are identical.
// Removals and the extraction arrive packed (`rz`, `xz`: src/store/packed.ts) and go to removals_gz and
// extraction_gz; removals and extraction stay NULL (migrations 004, 006). `mc` is the number of mentions
// (all types; only entity mentions get rows, migration 007), which `stats` sums.
const INSERT_DOCUMENTS = `
INSERT INTO documents (id, content_hash, schema, source_path, source_line, source_offset, source_member, source_url,
  title, outlet, reporters, published, dateline, meta, encoding, original, clean, removals, removals_gz, warnings, extraction,
  extraction_gz, home_region, search, ingest_run, mention_count)
SELECT u.id, u.ch, u.sc, u.sp, u.sl, u.so, u.sm, u.su, u.ti, u.ou,
  ARRAY(SELECT jsonb_array_elements_text(coalesce(u.rp, 'null'::jsonb))), u.pu, u.dl,
  coalesce(u.me, 'null'::jsonb), coalesce(u.en, 'null'::jsonb), u.og, u.cl, NULL, decode(u.rz, 'base64'),
  coalesce(u.wa, 'null'::jsonb), NULL, decode(u.xz, 'base64'), u.hr, to_tsvector('simple', u.se), $2::bigint,
  coalesce(u.mc, 0)
FROM json_to_recordset($1::json) AS u(id text, ch text, sc text, sp text, sl int, so bigint, sm text, su text,
  ti text, ou text, rp jsonb, pu timestamptz, dl text, me jsonb, en jsonb, og text, cl text, rz text, wa jsonb,
  xz text, hr text, se text, mc int)
ON CONFLICT (id) DO NOTHING
RETURNING id`;

/**
 * A lone UTF-16 surrogate as JSON.stringify writes it (`\udXXX`, after an even run of backslashes):
 * PostgreSQL rejects such escapes, the array form turned them into U+FFFD, and so does this.
 */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/** Rows (or one row) → json text for `json_to_recordset`. */
function jsonRows(rows: readonly Record<string, unknown>[] | Record<string, unknown>): string {
  return JSON.stringify(rows).replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd');
}

/**
 * The `documents` row of an analysis as JSON object text (every column but `ch`, the content hash):
 * the costly part of a write (search words by jieba, the large `removals` and the extraction packed), so ingest makes it on a
 * worker thread (see `documentRowBytes`); `writeBatchIn` makes it when missing.
 * @returns `{"id":…,"sc":…,…}` with lone surrogates already written as U+FFFD
 */
export function documentRow(a: Analysis): string {
  const { regions, people, organizations, industries, quantities, events, directives, mentions } = a;
  return jsonRows({
    id: a.id, sc: a.schema, sp: a.source.path, sl: a.source.line ?? null, so: a.source.offset ?? null,
    sm: a.source.member ?? null, su: a.source.url ?? null, ti: a.title, ou: a.outlet, rp: a.reporters ?? null,
    pu: timestamp(a.published), dl: a.dateline, me: a.meta ?? null, en: a.encoding ?? null, og: a.original, cl: a.text,
    rz: packRemovals(json(a.removals).replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd')), wa: a.warnings ?? null,
    xz: packJson(json({ regions, people, organizations, industries, quantities, events, directives, mentions }).replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd')),
    hr: homeRegion(a.regions), se: searchDocument(a.title, a.text), mc: mentions.length,
  });
}

const UTF8 = new TextEncoder();

/**
 * `documentRow` as UTF-8 bytes in a buffer of their own, the form `WriteItem.documentRow` takes: a worker
 * can transfer it to the main thread without a copy, it is about half the size of the string (the
 * `removals` JSON is ASCII, but one Chinese character makes V8 keep the whole string at two bytes a
 * character), and the write joins rows into a statement parameter without encoding them again.
 */
export function documentRowBytes(a: Analysis): Uint8Array {
  return UTF8.encode(documentRow(a));
}

/** The first byte of a JSON object, and the joints of a JSON array. */
const OPEN_BRACE = 0x7b;
const COMMA = Buffer.from(',');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');

/**
 * `documentRow` bytes → JSON array texts (UTF-8) of at most `maxBytes` each (one row at least), in order,
 * each row given the content hash (`ch`) as its first member: `[{"ch":"…",…},…]`.
 */
export function documentArrays(rows: readonly { readonly row: Uint8Array; readonly hash: string }[], maxBytes: number = STATEMENT_BYTES): Buffer[] {
  const out: Buffer[] = [];
  let parts: Uint8Array[] = [];
  let bytes = 0;
  const close = () => {
    parts.push(CLOSE_ARRAY);
    out.push(Buffer.concat(parts));
    parts = [];
    bytes = 0;
  };
  for (const { row, hash } of rows) {
    if (row[0] !== OPEN_BRACE) throw new Error(`Expected a JSON object row, got byte ${row[0]}`);
    const head = Buffer.from(`{"ch":${JSON.stringify(hash)}${row.length > 2 ? ',' : ''}`);
    if (bytes && bytes + head.length + row.length > maxBytes) close();
    parts.push(bytes ? COMMA : OPEN_ARRAY, head, row.subarray(1));
    bytes += head.length + row.length;
  }
  if (bytes) close();
  return out;
}

const UPSERT_ENTITIES = `
INSERT INTO entities (type, kind, name, key, region_code, aliases, doc_count)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::int[])
ON CONFLICT (type, key) DO UPDATE SET
  kind = coalesce(EXCLUDED.kind, entities.kind),
  region_code = coalesce(entities.region_code, EXCLUDED.region_code),
  -- Most entities have no aliases: with none new and at most one stored, the merge would give the stored ones.
  aliases = CASE WHEN EXCLUDED.aliases = '[]'::jsonb AND jsonb_array_length(entities.aliases) < 2 THEN entities.aliases
            ELSE (SELECT coalesce(jsonb_agg(DISTINCT x ORDER BY x), '[]'::jsonb)
                  FROM jsonb_array_elements(entities.aliases || EXCLUDED.aliases) AS x) END,
  doc_count = entities.doc_count + EXCLUDED.doc_count
RETURNING id, type, key`;

/** Column arrays for an `unnest` insert, filled row by row. */
class Columns {
  readonly cols: unknown[][];
  constructor(n: number) {
    this.cols = Array.from({ length: n }, () => []);
  }
  push(...values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.cols[i]!.push(values[i]);
  }
  get size(): number {
    return this.cols[0].length;
  }
}

async function insertRows(db: Db, sql: string, c: Columns, extra: readonly unknown[] = []): Promise<void> {
  if (c.size) await db.query(sql, [...c.cols, ...extra]);
}

/** Insert column arrays as json parameters of row objects named by `keys` (a `json_to_recordset` insert). */
async function insertJsonRows(db: Db, sql: string, keys: readonly string[], c: Columns): Promise<void> {
  if (!c.size) return;
  const rows: string[] = new Array(c.size);
  for (let r = 0; r < c.size; r++) {
    const row: Record<string, unknown> = {};
    keys.forEach((k, i) => (row[k] = c.cols[i][r]));
    rows[r] = jsonRows(row);
  }
  for (const param of jsonArrays(rows)) await db.query(sql, [param]);
}

/**
 * JSON characters per statement. PGlite runs a statement synchronously on the main thread and its
 * WebAssembly memory never shrinks, so one large statement both stalls ingest (no result taken, no item
 * dispatched) and raises the process's memory for good: a 500-document batch of noisy pages is ~8 MB
 * of JSON and grew PGlite by ~180 MB; statements of at most 1 M characters keep it to a few tens.
 */
const STATEMENT_CHARS = 2 ** 20;

/** The same limit for UTF-8 statement parameters (a character of Chinese text is three bytes, of JSON one). */
const STATEMENT_BYTES = 1.5 * 2 ** 20;

/** JSON object texts → JSON array texts of at most `STATEMENT_CHARS` each (one row at least), in order. */
export function jsonArrays(rows: readonly string[], maxChars: number = STATEMENT_CHARS): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let chars = 0;
  for (const r of rows) {
    if (part.length && chars + r.length + 1 > maxChars) {
      out.push(`[${part.join(',')}]`);
      part = [];
      chars = 0;
    }
    part.push(r);
    chars += r.length + 1;
  }
  if (part.length) out.push(`[${part.join(',')}]`);
  return out;
}

/**
 * The clusters of a document as its `doc_regions` and `doc_industries` rows make them (the first row of a
 * code or industry wins, as ON CONFLICT DO NOTHING keeps it): every industry × every home region.
 * @returns `[industry id, region code]` pairs, distinct
 */
export function clusterKeys(a: Pick<Analysis, 'regions' | 'industries'>): [string, string][] {
  const codes = homeCodes(a.regions);
  const out: [string, string][] = [];
  for (const industry of new Set(a.industries.map((i) => i.id))) for (const code of codes) out.push([industry, code]);
  return out;
}

/** The codes of a document's `doc_regions` rows marked home: the first row of a code decides, each code once. */
function homeCodes(regions: Analysis['regions']): string[] {
  const home = new Map<string, boolean>();
  for (const r of regions) if (!home.has(r.code)) home.set(r.code, r.home ?? false);
  return [...home].filter(([, h]) => h).map(([code]) => code);
}

/**
 * Write one batch in the given transaction.
 * @param tx a Db inside a transaction
 * @returns the status of each item, in order
 */
export async function writeBatchIn(tx: Db, runId: number, items: readonly WriteItem[]): Promise<WriteResult> {
  const statuses: ItemStatus[] = new Array(items.length);

  // 1. Documents: first occurrence of each id in the batch is a candidate, later ones duplicates.
  const candidates = new Map<string, { i: number; a: Analysis; hash: string }>();
  items.forEach((it, i) => {
    if (!it.analysis) statuses[i] = 'rejected';
    else if (candidates.has(it.analysis.id)) statuses[i] = 'duplicate';
    else candidates.set(it.analysis.id, { i, a: it.analysis, hash: it.contentHash ?? it.analysis.id });
  });
  const stored = new Set<string>();
  if (candidates.size) {
    const rows: { row: Uint8Array; hash: string }[] = [];
    for (const { i, a, hash } of candidates.values()) rows.push({ row: items[i].documentRow ?? documentRowBytes(a), hash });
    for (const bytes of documentArrays(rows)) {
      // PGlite takes the bytes as they are (src/store/pglite.ts); node-postgres would send a Buffer as bytea.
      const param = tx.dialect === 'pglite' ? bytes : bytes.toString('utf8');
      const { rows: inserted } = await tx.query<{ id: string }>(INSERT_DOCUMENTS, [param, runId]);
      for (const r of inserted) stored.add(r.id);
    }
  }
  for (const [id, c] of candidates) statuses[c.i] = stored.has(id) ? 'stored' : 'duplicate';
  const fresh = [...candidates.values()].filter((c) => stored.has(c.a.id)).map((c) => c.a);

  // 2. Entities of the new documents, merged per key, then their ids.
  const drafts = new Map<string, { d: ReturnType<typeof documentEntities>[number]; docs: number }>();
  for (const a of fresh) {
    for (const d of documentEntities(a)) {
      const k = `${d.type}\u0000${d.key}`;
      const prev = drafts.get(k);
      if (!prev) drafts.set(k, { d, docs: 1 });
      else drafts.set(k, { d: { ...d, aliases: [...new Set([...prev.d.aliases, ...d.aliases])].sort() }, docs: prev.docs + 1 });
    }
  }
  const ent = new Columns(7);
  for (const { d, docs: n } of drafts.values()) ent.push(d.type, d.kind, d.name, d.key, d.region, json(d.aliases), n);
  const entityId = new Map<string, number>();
  if (ent.size) {
    const { rows } = await tx.query<{ id: string | number; type: string; key: string }>(UPSERT_ENTITIES, ent.cols);
    for (const r of rows) entityId.set(`${r.type}\u0000${r.key}`, Number(r.id));
  }

  // 3. Per-document facts.
  const dr = new Columns(4);
  const di = new Columns(3);
  const mn = new Columns(9);
  const fc = new Columns(9);
  const pt = new Columns(4);
  const cd = new Columns(4);
  const onMap: MapDocument[] = [];
  for (const a of fresh) {
    const home = homeRegion(a.regions);
    const date = docDate(a);
    for (const r of a.regions) dr.push(a.id, r.code, r.count, r.home ?? false);
    for (const ind of a.industries) di.push(a.id, ind.id, ind.count ?? 1);
    const published = timestamp(a.published);
    for (const [industry, code] of clusterKeys(a)) cd.push(industry, code, a.id, published);
    const facts: MapFact[] = [];
    const personIds = new Map<string, number | null>();
    for (const p of a.people) {
      const id = entityId.get(`person\u0000${personKey(p.name, p.region ?? home)}`) ?? null;
      if (!personIds.has(p.name)) personIds.set(p.name, id);
      fc.push(a.id, 'person', id, p.region ?? home, null, p, null, null, date);
      facts.push({ region: p.region ?? home, entity: id, company: false });
      if (id !== null) for (const t of new Set(p.titles)) pt.push(id, t, a.id, date);
    }
    const orgIds = new Map<string, number | null>();
    for (const o of a.organizations) {
      const id = entityId.get(`organization\u0000${organizationKey(o.canonical ?? o.name)}`) ?? null;
      for (const n of [o.name, o.canonical, ...(o.aliases ?? [])]) if (n) orgIds.set(organizationKey(n), id);
      fc.push(a.id, 'organization', id, o.region ?? home, null, o, null, null, date);
      facts.push({ region: o.region ?? home, entity: id, company: o.kind === 'company' });
    }
    // Only mentions of cross-document entities get rows; the others are read from the packed
    // extraction (src/store/mentions.ts, migration 007).
    for (const m of a.mentions) {
      let id: number | null;
      if (m.type === 'person') id = personIds.get(m.key ?? m.text) ?? null;
      else if (m.type === 'organization') id = orgIds.get(organizationKey(m.key ?? m.text)) ?? null;
      else continue;
      mn.push(a.id, id, m.type, m.kind ?? null, m.key ?? null, m.text, m.start, m.end, m.rule);
    }
    for (const q of a.quantities) {
      fc.push(a.id, 'quantity', null, q.scope?.region ?? home, q.scope?.industry ?? null, q, q.start, q.end,
        q.year != null ? String(q.year) : date);
      facts.push({ region: q.scope?.region ?? home, entity: null, company: false });
    }
    for (const e of a.events) {
      fc.push(a.id, 'event', null, home, null, e, e.start, e.end, e.date ?? date);
      facts.push({ region: home, entity: null, company: false });
    }
    for (const d of a.directives) {
      fc.push(a.id, 'directive', null, home, null, d, d.start, d.end, date);
      facts.push({ region: home, entity: null, company: false });
    }
    onMap.push({ homeCodes: homeCodes(a.regions), industries: [...new Set(a.industries.map((i) => i.id))], facts });
  }
  await insertRows(tx, `INSERT INTO doc_regions (doc_id, code, count, home)
    SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bool[]) ON CONFLICT DO NOTHING`, dr);
  await insertRows(tx, `INSERT INTO doc_industries (doc_id, industry_id, count)
    SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`, di);
  // The clusters (industry × home region) of these documents, for the cluster page (migration 005).
  await insertRows(tx, `INSERT INTO cluster_docs (industry_id, code, doc_id, published)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) ON CONFLICT DO NOTHING`, cd);
  // Mentions and facts are the many rows of an extracted batch: one json parameter each (see INSERT_DOCUMENTS).
  await insertJsonRows(tx, `INSERT INTO mentions (doc_id, entity_id, type, kind, key, text, start, "end", rule)
    SELECT * FROM json_to_recordset($1::json) AS u(d text, e bigint, t text, k text, y text, x text, s int, n int, r text)`,
    ['d', 'e', 't', 'k', 'y', 'x', 's', 'n', 'r'], mn);
  await insertJsonRows(tx, `INSERT INTO facts (doc_id, type, entity_id, region_code, industry_id, data, start, "end", date)
    SELECT u.d, u.t, u.e, u.g, u.i, coalesce(u.j, 'null'::jsonb), u.s, u.n, u.a
    FROM json_to_recordset($1::json) AS u(d text, t text, e bigint, g text, i text, j jsonb, s int, n int, a text)`,
    ['d', 't', 'e', 'g', 'i', 'j', 's', 'n', 'a'], fc);
  await insertRows(tx, `INSERT INTO person_titles (entity_id, title, doc_id, date)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`, pt);
  // The map's counters, from the rows above (migration 008; src/store/map-counts.ts).
  const { counts: mc, areaEntities: ae } = mapDeltas(onMap);
  if (mc.code.length) await tx.query(UPSERT_MAP_COUNTS, [mc.code, mc.industry, mc.documents, mc.facts]);
  if (ae.code.length) await tx.query(INSERT_AREA_ENTITIES, [ae.code, ae.industry, ae.entity]);

  // 4. The ledger: one row per item, which is also what resume reads.
  const led = new Columns(10);
  items.forEach((it, i) => {
    led.push(it.key, it.contentHash, statuses[i], it.analysis?.id ?? null, it.origin.path, it.origin.line ?? null,
      it.origin.offset ?? null, it.bytes, it.error?.code ?? null, it.error?.message ?? null);
  });
  await insertRows(tx, `INSERT INTO ingest_items (run_id, item_key, content_hash, status, doc_id, path, line, "offset", bytes, error_code, error_message)
    SELECT $11::bigint, * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::bigint[], $8::bigint[], $9::text[], $10::text[])
    ON CONFLICT DO NOTHING`, led, [runId]);

  const count = (s: ItemStatus) => statuses.filter((x) => x === s).length;
  return { statuses, stored: count('stored'), duplicates: count('duplicate'), rejected: count('rejected') };
}
