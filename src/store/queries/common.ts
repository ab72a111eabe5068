/**
 * Shared pieces of the read queries: paging, region-code prefixes, filters over documents.
 * Every query here runs on indexed per-document fact tables; none parses documents' JSON in bulk.
 */
import type { Db } from '../db.ts';

/** Paging of a list: `limit` rows from `offset`. */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** A page of a list with the number of rows in the whole list. */
export interface Paged<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** Filters shared by document lists and search. Region and industry match their descendants. */
export interface DocFilters {
  /** GB/T 2260 code: a province matches all its cities and counties, a city its counties. */
  readonly region?: string;
  /** Industry taxonomy id. */
  readonly industry?: string;
  /** Organization kind a document must mention (company, park, platform ...). */
  readonly entityKind?: string;
  readonly outlet?: string;
  /** Inclusive ISO dates (`YYYY-MM-DD`) on the published day. */
  readonly from?: string;
  readonly to?: string;
  /** Only documents the timeline cannot place: no published date and no dateline with a year and month. */
  readonly undated?: boolean;
}

/**
 * SQL: the month (`YYYY-MM`, China time) a document of alias `d` counts in over time: its published date, else a
 * dateline that starts with a year and month; NULL for an undated document.
 */
export const DOC_MONTH = `coalesce(to_char(d.published AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'),
    CASE WHEN d.dateline ~ '^[0-9]{4}-[0-9]{2}' THEN left(d.dateline, 7) END)`;

/** Provinces whose cities are not drawn: the four municipalities show districts instead (GB/T 2260). */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/**
 * The LIKE pattern of every code under a region: `43%` for a province, `4301%` for a city, the code itself for a county.
 * @example regionPattern('430000') // '43%'
 */
export function regionPattern(code: string): string {
  if (code.endsWith('0000')) return `${code.slice(0, 2)}%`;
  if (code.endsWith('00')) return `${code.slice(0, 4)}%`;
  return code;
}

/**
 * SQL: `col` lies under the region whose LIKE pattern is in placeholder `ph`. Written as a range
 * over six-digit codes (not LIKE) so a btree index serves it under any collation.
 * @example inRegion('r.code', '$1') // "r.code BETWEEN rpad(rtrim($1, '%'), 6, '0') AND rpad(rtrim($1, '%'), 6, '9')"
 */
export function inRegion(col: string, ph: string): string {
  return `${col} BETWEEN rpad(rtrim(${ph}, '%'), 6, '0') AND rpad(rtrim(${ph}, '%'), 6, '9')`;
}

/** Builds a WHERE clause with numbered parameters. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[];
  constructor(params: unknown[] = []) {
    this.params = params;
  }
  /** Add a parameter and return its placeholder. */
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  add(sql: string): void {
    this.parts.push(sql);
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** Add the shared document filters on alias `d` to a Where. */
export function addDocFilters(w: Where, f: DocFilters): void {
  if (f.region) {
    w.add(`EXISTS (SELECT 1 FROM doc_regions r WHERE r.doc_id = d.id AND ${inRegion('r.code', w.p(regionPattern(f.region)))})`);
  }
  if (f.industry) {
    w.add(`EXISTS (SELECT 1 FROM doc_industries i WHERE i.doc_id = d.id AND i.industry_id = ${w.p(f.industry)})`);
  }
  if (f.entityKind) {
    w.add(`EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id AND m.type = 'organization' AND m.kind = ${w.p(f.entityKind)})`);
  }
  if (f.outlet) w.add(`d.outlet = ${w.p(f.outlet)}`);
  if (f.from) w.add(`d.published >= ${w.p(f.from)}::date`);
  if (f.to) w.add(`d.published < (${w.p(f.to)}::date + 1)`);
  if (f.undated) w.add(`${DOC_MONTH} IS NULL`);
}

/** A count column from the database (bigint arrives as string on some drivers). */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** An ISO string of a timestamp column, or null. */
export const iso = (v: unknown): string | null => (v ? new Date(v as string).toISOString() : null);

/** Names of regions by code, for labelling aggregates. */
export async function regionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!codes.length) return out;
  const { rows } = await db.query<{ code: string; name: string }>('SELECT code, name FROM regions WHERE code = ANY($1::text[])', [
    [...new Set(codes)],
  ]);
  for (const r of rows) out.set(r.code, r.name);
  return out;
}

/** Names of industries by id. */
export async function industryNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM industries WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
  for (const r of rows) out.set(r.id, r.name);
  return out;
}
