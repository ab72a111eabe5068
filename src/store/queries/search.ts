/**
 * Full-text search over clean text: the query is segmented with the same jieba tokens the store
 * indexed (`documents.search`, config `simple`); queries too short to segment fall back to ILIKE.
 * Hits carry an escaped, marked snippet plus the same snippet as plain parts for safe rendering.
 */
import type { Db } from '../db.ts';
import { searchTokens } from '../search.ts';
import { addDocFilters, num, Where, type DocFilters, type Page } from './common.ts';
import { toDocumentRow, type DocumentRow } from './documents.ts';

/** A piece of a snippet; `mark` pieces matched the query. */
export interface SnippetPart {
  readonly text: string;
  readonly mark: boolean;
}

/** One search hit. */
export interface SearchHit extends DocumentRow {
  readonly rank: number;
  /** HTML: the snippet escaped first, then matches wrapped in `<mark>`. */
  readonly snippet: string;
  readonly snippetParts: readonly SnippetPart[];
}

/** Counts of the matching documents by a field. */
export interface Facet {
  readonly value: string;
  readonly label: string | null;
  readonly count: number;
}

/** A search answer. */
export interface SearchResult {
  readonly hits: SearchHit[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** `fulltext` (tsvector) or `substring` (ILIKE fallback). */
  readonly mode: 'fulltext' | 'substring';
  /** False when `total` is a lower bound (substring matches are counted up to a cap). */
  readonly totalExact: boolean;
  readonly terms: readonly string[];
  readonly facets: { region: Facet[]; industry: Facet[]; outlet: Facet[]; entityKind: Facet[] };
}

/** Queries of at most this many characters use ILIKE: jieba gives one-character words no weight. */
const SHORT_QUERY_CHARS = 1;

/** Facets are counted over at most this many of the best hits, so broad queries stay fast. */
const FACET_SAMPLE = 1000;

/** Substring (ILIKE) matches scan text, not an index: count and facet at most this many, newest first. */
const SUBSTRING_CAP = 1000;

/** Characters of context on each side of the first match in a snippet. */
const SNIPPET_CONTEXT = 60;

/** `%`, `_` and `\` are LIKE wildcards: escape them for a literal substring match. */
const LIKE_SPECIAL = /[%_\\]/g;

const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]);
}

/**
 * Cut a snippet around the first occurrence of any term and split it into marked parts.
 * @example snippetParts('甲乙丙丁', ['乙丙'], 1) // [{text:'甲',mark:false},{text:'乙丙',mark:true},{text:'丁',mark:false}]
 */
export function snippetParts(text: string, terms: readonly string[], context = SNIPPET_CONTEXT): SnippetPart[] {
  const words = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  let first = -1;
  for (const t of words) {
    const i = text.indexOf(t);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  const from = Math.max(0, (first < 0 ? 0 : first) - context);
  const to = Math.min(text.length, (first < 0 ? 0 : first) + context * 2);
  const window = (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '');
  const parts: SnippetPart[] = [];
  let plain = '';
  for (let i = 0; i < window.length; ) {
    const hit = words.find((t) => window.startsWith(t, i));
    if (hit) {
      if (plain) parts.push({ text: plain, mark: false });
      plain = '';
      parts.push({ text: hit, mark: true });
      i += hit.length;
    } else {
      plain += window[i];
      i += 1;
    }
  }
  if (plain) parts.push({ text: plain, mark: false });
  return parts;
}

/** Parts → HTML, escaping every piece before marking it. */
export function partsToHtml(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

/**
 * Search documents.
 * @param q the user's query (any language; Traditional is matched as typed)
 * @example await search(db, '工程机械', { region: '430000' }, { limit: 10, offset: 0 })
 */
export async function search(db: Db, q: string, filters: DocFilters, page: Page): Promise<SearchResult> {
  const query = q.trim();
  const tokens = searchTokens(query);
  const substring = query.length <= SHORT_QUERY_CHARS || tokens.length === 0;
  const w = new Where();
  let rank = '0';
  if (substring) {
    const like = w.p(`%${query.replace(LIKE_SPECIAL, (c) => `\\${c}`)}%`);
    w.add(`(d.clean ILIKE ${like} OR d.title ILIKE ${like})`);
  } else {
    const tsq = `plainto_tsquery('simple', ${w.p(tokens.join(' '))})`;
    w.add(`d.search @@ ${tsq}`);
    rank = `ts_rank(d.search, ${tsq})`;
  }
  addDocFilters(w, filters);
  const base = w.params.length;
  const rows = await db.query<Record<string, any>>(
    `SELECT d.id, d.title, d.outlet, d.published, d.dateline, d.home_region, d.source_path, d.clean, ${rank} AS rank
     FROM documents d ${w} ORDER BY ${substring ? 'd.published DESC' : 'rank DESC, d.published DESC NULLS LAST, d.id'}
     LIMIT ${w.p(page.limit)} OFFSET ${w.p(page.offset)}`, w.params,
  );
  const params = w.params.slice(0, base);
  const sample = `SELECT d.id FROM documents d ${w} ORDER BY ${substring ? 'd.published DESC' : `${rank} DESC`} LIMIT ${substring ? SUBSTRING_CAP : FACET_SAMPLE}`;
  const countSql = substring
    ? `SELECT count(*) AS n FROM (SELECT 1 FROM documents d ${w} LIMIT ${SUBSTRING_CAP}) t`
    : `SELECT count(*) AS n FROM documents d ${w}`;
  const [count, region, industry, outlet, kind] = await Promise.all([
    db.query<{ n: unknown }>(countSql, params),
    db.query<Record<string, any>>(
      `WITH s AS (${sample}) SELECT left(r.code, 2) || '0000' AS value, g.name AS label, count(DISTINCT r.doc_id) AS n
       FROM doc_regions r JOIN s ON s.id = r.doc_id LEFT JOIN regions g ON g.code = left(r.code, 2) || '0000'
       GROUP BY 1, 2 ORDER BY n DESC, value LIMIT 40`, params),
    db.query<Record<string, any>>(
      `WITH s AS (${sample}) SELECT i.industry_id AS value, n.name AS label, count(*) AS n
       FROM doc_industries i JOIN s ON s.id = i.doc_id LEFT JOIN industries n ON n.id = i.industry_id
       GROUP BY 1, 2 ORDER BY n DESC, value LIMIT 40`, params),
    db.query<Record<string, any>>(
      `WITH s AS (${sample}) SELECT d.outlet AS value, d.outlet AS label, count(*) AS n
       FROM documents d JOIN s ON s.id = d.id WHERE d.outlet IS NOT NULL GROUP BY 1 ORDER BY n DESC, value LIMIT 40`, params),
    db.query<Record<string, any>>(
      `WITH s AS (${sample}) SELECT m.kind AS value, m.kind AS label, count(DISTINCT m.doc_id) AS n
       FROM mentions m JOIN s ON s.id = m.doc_id WHERE m.type = 'organization' AND m.kind IS NOT NULL
       GROUP BY 1 ORDER BY n DESC, value LIMIT 20`, params),
  ]);
  const facet = (r: { rows: Record<string, any>[] }): Facet[] => r.rows.map((x) => ({ value: x.value, label: x.label, count: num(x.n) }));
  const terms = substring ? [query] : tokens;
  return {
    hits: rows.rows.map((r) => {
      const parts = snippetParts(r.clean, terms);
      return { ...toDocumentRow(r), rank: Number(r.rank), snippet: partsToHtml(parts), snippetParts: parts };
    }),
    total: num(count.rows[0].n), ...page, mode: substring ? 'substring' : 'fulltext', terms,
    totalExact: !substring || num(count.rows[0].n) < SUBSTRING_CAP,
    facets: { region: facet(region), industry: facet(industry), outlet: facet(outlet), entityKind: facet(kind) },
  };
}
