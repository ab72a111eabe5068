/**
 * Clusters: a region × an industry. The list ranks industries within a region; the detail gathers
 * the cluster's documents (home region within the region, about the industry) and their facts:
 * latest figures with their source span, conflicting figures side by side, organizations by kind,
 * officials, the events timeline and directives by category.
 */
import type { Db } from '../db.ts';
import { industryNames, inRegion, iso, num, regionPattern } from './common.ts';
import { toDocumentRow, toFactRow, type DocumentRow, type FactRow } from './documents.ts';
import { industryEn, regionEn } from './names-en.ts';

/** One cluster in a list. */
export interface ClusterRow {
  readonly region: string;
  readonly regionName: string | null;
  readonly regionNameEn: string | null;
  readonly industry: string;
  readonly industryName: string | null;
  readonly industryNameEn: string | null;
  readonly documents: number;
  readonly latest: string | null;
}

/** A figure with the document and span it came from. */
export interface Figure {
  /** What the figure is about; null when nothing names it (a bare 增长8.7%). */
  readonly metric: string | null;
  /** The change it measures (增长, 同比增长 …; Analysis @2), null for a level. */
  readonly change: string | null;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly year: number | null;
  readonly date: string | null;
  readonly text: string;
  readonly docId: string;
  readonly docTitle: string | null;
  readonly start: number;
  readonly end: number;
}

/** An organization of the cluster. */
export interface ClusterOrg {
  readonly entityId: number | null;
  readonly name: string;
  readonly kind: string;
  readonly documents: number;
}

/** One cluster page. */
export interface ClusterDetail {
  readonly region: { code: string; name: string | null; nameEn: string | null };
  readonly industry: { id: string; name: string | null; nameEn: string | null } | null;
  readonly documents: number;
  /** The latest figure of each metric + change + unit (every figure without a metric: nothing makes two the same). */
  readonly figures: Figure[];
  /** Metric + change + unit + year with more than one value: every value, side by side. */
  readonly conflicts: { metric: string; change: string | null; unit: string; year: number | null; figures: Figure[] }[];
  readonly enterprises: ClusterOrg[];
  readonly parks: ClusterOrg[];
  readonly platforms: ClusterOrg[];
  readonly projects: ClusterOrg[];
  readonly officials: { entityId: number | null; name: string; titles: string[]; documents: number }[];
  readonly events: (FactRow & { docId: string })[];
  readonly directives: { category: string; items: (FactRow & { docId: string })[] }[];
  readonly sources: DocumentRow[];
}

/** Most documents a cluster page reads facts from (newest first; `documents` still counts all), so big clusters stay fast. */
const MAX_CLUSTER_DOCS = 300;

/** Distinct values shown per conflicting figure (the newest report of each). */
const MAX_CONFLICT_VALUES = 12;

/**
 * Clusters in a region (all of China when omitted), ranked by documents.
 * @example await listClusters(db, { region: '430000' })
 */
export async function listClusters(db: Db, opts: { region?: string; industry?: string; limit: number; offset: number }) {
  const params: unknown[] = [];
  const conds = ['r.home'];
  if (opts.region) conds.push(inRegion('r.code', `$${params.push(regionPattern(opts.region))}`));
  if (opts.industry) conds.push(`i.industry_id = $${params.push(opts.industry)}`);
  // A cluster's region is the city of the home region (or the municipality, the province when no city is known, or the
  // county itself when its province administers it directly: city code 90, 仙桃市 429004).
  const area = `CASE WHEN left(r.code, 2) IN ('11','12','31','50') THEN left(r.code, 2) || '0000'
                     WHEN r.code LIKE '%0000' OR substr(r.code, 3, 2) = '90' THEN r.code ELSE left(r.code, 4) || '00' END`;
  const sql = `SELECT ${area} AS region, i.industry_id AS industry, count(DISTINCT r.doc_id) AS n, max(d.published) AS latest
    FROM doc_regions r JOIN doc_industries i ON i.doc_id = r.doc_id JOIN documents d ON d.id = r.doc_id
    WHERE ${conds.join(' AND ')} GROUP BY 1, 2`;
  const [rows, count] = await Promise.all([
    db.query<Record<string, any>>(
      `SELECT c.*, g.name AS region_name, n.name AS industry_name FROM (${sql}) c
       LEFT JOIN regions g ON g.code = c.region LEFT JOIN industries n ON n.id = c.industry
       ORDER BY c.n DESC, c.region, c.industry LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, opts.limit, opts.offset]),
    db.query<{ n: unknown }>(`SELECT count(*) AS n FROM (${sql}) c`, params),
  ]);
  const items: ClusterRow[] = rows.rows.map((r) => ({
    region: r.region, regionName: r.region_name, regionNameEn: regionEn(r.region_name), industry: r.industry, industryName: r.industry_name,
    industryNameEn: industryEn(r.industry), documents: num(r.n), latest: iso(r.latest),
  }));
  return { items, total: num(count.rows[0].n), limit: opts.limit, offset: opts.offset };
}

function toFigure(r: Record<string, any>): Figure {
  const q = r.data as Record<string, any>;
  return {
    metric: q.metric ?? null, change: q.change ?? null, value: Number(q.value), valueMax: q.valueMax ?? null, unit: q.unit, qualifier: q.qualifier ?? null,
    year: q.year ?? null, date: r.date, text: q.text, docId: r.doc_id, docTitle: r.title, start: r.start, end: r.end,
  };
}

function orgs(rows: Record<string, any>[], kind: string): ClusterOrg[] {
  return rows.filter((r) => r.kind === kind).map((r) => ({
    entityId: r.entity_id === null ? null : num(r.entity_id), name: r.name, kind: r.kind, documents: num(r.n),
  }));
}

/**
 * One cluster; `industry` may be omitted for everything about a region.
 * @returns null when the region code is unknown
 */
export async function clusterDetail(db: Db, region: string, industry?: string): Promise<ClusterDetail | null> {
  const reg = await db.query<Record<string, any>>('SELECT code, name FROM regions WHERE code = $1', [region]);
  if (!reg.rows.length) return null;
  // 1. The cluster's documents (newest first, capped) and their number, in one pass.
  const params: unknown[] = [regionPattern(region)];
  if (industry) params.push(industry);
  // With an industry: one range of cluster_docs (industry, home region), no join; else the home regions.
  const docs = await db.query<{ id: string; n: unknown }>(industry
    ? `SELECT x.doc_id AS id, count(*) OVER () AS n
       FROM (SELECT DISTINCT ON (c.doc_id) c.doc_id, c.published FROM cluster_docs c
             WHERE c.industry_id = $2 AND ${inRegion('c.code', '$1')} ORDER BY c.doc_id) x
       ORDER BY x.published DESC NULLS LAST, x.doc_id LIMIT ${MAX_CLUSTER_DOCS}`
    : `SELECT d.id, count(*) OVER () AS n FROM documents d
       JOIN (SELECT DISTINCT r.doc_id FROM doc_regions r WHERE r.home AND ${inRegion('r.code', '$1')}) x ON x.doc_id = d.id
       ORDER BY d.published DESC NULLS LAST, d.id LIMIT ${MAX_CLUSTER_DOCS}`, params,
  );
  const ids = docs.rows.map((r) => r.id);
  const total = docs.rows.length ? num(docs.rows[0].n) : 0;
  // 2. Their facts, each query joining the id list ($1) rather than re-deriving it.
  const cte = 'WITH cd AS (SELECT unnest($1::text[]) AS id)';
  const fparams: unknown[] = industry ? [ids, industry] : [ids];
  const [count, figures, orgRows, officials, events, directives, sources] = await Promise.all([
    Promise.resolve({ rows: [{ n: total }] }),
    db.query<Record<string, any>>(
      `${cte} SELECT f.*, d.title, d.published FROM facts f JOIN cd ON cd.id = f.doc_id JOIN documents d ON d.id = f.doc_id
       WHERE f.type = 'quantity' ${industry ? 'AND (f.industry_id IS NULL OR f.industry_id = $2)' : ''}
       ORDER BY f.date DESC NULLS LAST, d.published DESC NULLS LAST, f.id`, fparams),
    db.query<Record<string, any>>(
      `${cte} SELECT f.entity_id, min(coalesce(f.data->>'canonical', f.data->>'name')) AS name, f.data->>'kind' AS kind, count(DISTINCT f.doc_id) AS n
       FROM facts f JOIN cd ON cd.id = f.doc_id WHERE f.type = 'organization'
       GROUP BY f.entity_id, f.data->>'kind', CASE WHEN f.entity_id IS NULL THEN f.data->>'name' END
       ORDER BY n DESC, name LIMIT 400`, [ids]),
    db.query<Record<string, any>>(
      `${cte} SELECT f.entity_id, min(f.data->>'name') AS name, count(DISTINCT f.doc_id) AS n,
         coalesce((SELECT array_agg(DISTINCT x) FROM facts g JOIN cd c2 ON c2.id = g.doc_id, jsonb_array_elements_text(g.data->'titles') x
           WHERE g.type = 'person' AND g.entity_id = f.entity_id), '{}') AS titles
       FROM facts f JOIN cd ON cd.id = f.doc_id
       WHERE f.type = 'person' AND f.data->>'role' IN ('lead', 'participant', 'referenced') AND f.entity_id IS NOT NULL
       GROUP BY f.entity_id ORDER BY n DESC, name LIMIT 60`, [ids]),
    db.query<Record<string, any>>(
      `${cte} SELECT f.* FROM facts f JOIN cd ON cd.id = f.doc_id WHERE f.type = 'event' ORDER BY f.date NULLS FIRST, f.id LIMIT 300`, [ids]),
    db.query<Record<string, any>>(
      `${cte} SELECT f.* FROM facts f JOIN cd ON cd.id = f.doc_id WHERE f.type = 'directive' ORDER BY f.date DESC NULLS LAST, f.id LIMIT 300`, [ids]),
    db.query<Record<string, any>>(
      `${cte} SELECT d.id, d.title, d.outlet, d.published, d.dateline, d.home_region, d.source_path FROM documents d JOIN cd ON cd.id = d.id
       ORDER BY d.published DESC NULLS LAST, d.id LIMIT 100`, [ids]),
  ]);
  // Figures: latest per metric+change+unit; conflicts where one metric+change+unit+year has different values.
  const all = figures.rows.map(toFigure);
  const latest = new Map<string, Figure>();
  const byYear = new Map<string, Figure[]>();
  for (const f of all) {
    if (f.metric === null) {
      latest.set(`\u0001${f.docId}\u0000${f.start}`, f); // a change nothing names: its own figure
      continue;
    }
    const k = `${f.metric}\u0000${f.change ?? ''}\u0000${f.unit}`;
    if (!latest.has(k)) latest.set(k, f);
    const ky = `${k}\u0000${f.year ?? f.date?.slice(0, 4) ?? ''}`;
    byYear.set(ky, [...(byYear.get(ky) ?? []), f]);
  }
  const conflicts = [...byYear.values()]
    .filter((fs) => new Set(fs.map((f) => `${f.value}/${f.valueMax}`)).size > 1)
    .map((fs) => {
      const seen = new Map<string, Figure>();
      for (const f of fs) if (!seen.has(`${f.value}/${f.valueMax}`) && seen.size < MAX_CONFLICT_VALUES) seen.set(`${f.value}/${f.valueMax}`, f);
      return { metric: fs[0].metric!, change: fs[0].change, unit: fs[0].unit, year: fs[0].year, figures: [...seen.values()] };
    });
  const byCategory = new Map<string, (FactRow & { docId: string })[]>();
  for (const r of directives.rows) {
    const cats = ((r.data?.categories as string[]) ?? []).length ? (r.data.categories as string[]) : ['other'];
    for (const c of cats) byCategory.set(c, [...(byCategory.get(c) ?? []), { ...toFactRow(r), docId: r.doc_id }]);
  }
  const names = industry ? await industryNames(db, [industry]) : new Map<string, string>();
  return {
    region: { code: reg.rows[0].code, name: reg.rows[0].name, nameEn: regionEn(reg.rows[0].name) },
    industry: industry ? { id: industry, name: names.get(industry) ?? null, nameEn: industryEn(industry) } : null,
    documents: num(count.rows[0].n),
    figures: [...latest.values()],
    conflicts,
    enterprises: orgs(orgRows.rows, 'company'),
    parks: orgs(orgRows.rows, 'park'),
    platforms: orgs(orgRows.rows, 'platform'),
    projects: orgs(orgRows.rows, 'project'),
    officials: officials.rows.map((r) => ({ entityId: num(r.entity_id), name: r.name, titles: r.titles ?? [], documents: num(r.n) })),
    events: events.rows.map((r) => ({ ...toFactRow(r), docId: r.doc_id })),
    directives: [...byCategory].map(([category, items]) => ({ category, items })).sort((a, b) => b.items.length - a.items.length),
    sources: sources.rows.map(toDocumentRow),
  };
}
