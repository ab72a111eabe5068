/**
 * Full-text search over clean text: the query is segmented with the same jieba tokens the store
 * indexed (`documents.search`, config `simple`); queries too short to segment fall back to ILIKE.
 * Hits carry an escaped, marked snippet plus the same snippet as plain parts for safe rendering.
 */
import type { Db } from '../db.ts';
import { searchTokens } from '../search.ts';
import { addDocFilters, num, Where, type DocFilters, type Page } from './common.ts';
import { toDocumentRow, type DocumentRow } from './documents.ts';
import { industryEn, regionEn } from './names-en.ts';

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
  /** The label in English: regions and industries; null for outlets and entity kinds (the UI has their words). */
  readonly labelEn: string | null;
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
  /** How many of the best hits the facets count (`FACET_SAMPLE` at most): below `total`, facets do not add up to it. */
  readonly facetSample: number;
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
    // ILIKE case-folds every scanned character (3× slower on CJK text); plain LIKE is exact for
    // queries without cased letters, such as Chinese.
    const op = query.toLowerCase() === query.toUpperCase() ? 'LIKE' : 'ILIKE';
    w.add(`(d.clean ${op} ${like} OR d.title ${op} ${like})`);
  } else {
    const tsq = `plainto_tsquery('simple', ${w.p(tokens.join(' '))})`;
    w.add(`d.search @@ ${tsq}`);
    rank = `ts_rank(d.search, ${tsq})`;
  }
  addDocFilters(w, filters);
  // 1. The sample: the best FACET_SAMPLE (fulltext, by rank) or the newest SUBSTRING_CAP (substring)
  //    matching ids, ranked once. Pages inside it, the substring count and every facet reuse it,
  //    so each request scans the matches once instead of once per query.
  const order = substring ? 'd.published DESC, d.id' : 'rank DESC, d.published DESC NULLS LAST, d.id';
  const cap = substring ? SUBSTRING_CAP : FACET_SAMPLE;
  const sampled = await db.query<{ id: string; rank: unknown }>(
    `SELECT d.id, ${rank} AS rank FROM documents d ${w} ORDER BY ${order} LIMIT ${cap}`, w.params);
  const sample = sampled.rows.map((r) => r.id);
  const params = [...w.params];
  const rankOf = new Map(sampled.rows.map((r) => [r.id, Number(r.rank)]));
  const inSample = page.offset + page.limit <= sample.length || sample.length < cap;
  // 2. The page: read from the sample when it lies inside it, else ranked again with OFFSET.
  const cols = 'd.id, d.title, d.outlet, d.published, d.dateline, d.home_region, d.source_path, d.clean';
  const pageIds = sample.slice(page.offset, page.offset + page.limit);
  const rowsP = inSample
    ? db.query<Record<string, any>>(`SELECT ${cols} FROM documents d WHERE d.id = ANY($1::text[])`, [pageIds])
      .then((r) => ({ rows: pageIds.map((id) => r.rows.find((x) => x.id === id)).filter(Boolean).map((x) => ({ ...x, rank: rankOf.get(x!.id) })) as Record<string, any>[] }))
    : db.query<Record<string, any>>(
      `SELECT ${cols}, ${rank} AS rank FROM documents d ${w} ORDER BY ${order}
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, page.limit, page.offset]);
  // 3. The count: substring matches are counted up to the cap (the sample); words use the GIN index.
  const countP = substring
    ? Promise.resolve({ rows: [{ n: sample.length as unknown }] })
    : db.query<{ n: unknown }>(`SELECT count(*) AS n FROM documents d ${w}`, params);
  // 4. Facets over the sample ids.
  const ids = [sample];
  const [rows, count, region, industry, outlet, kind] = await Promise.all([
    rowsP,
    countP,
    db.query<Record<string, any>>(
      `SELECT left(r.code, 2) || '0000' AS value, g.name AS label, count(DISTINCT r.doc_id) AS n
       FROM doc_regions r LEFT JOIN regions g ON g.code = left(r.code, 2) || '0000' WHERE r.doc_id = ANY($1::text[])
       GROUP BY 1, 2 ORDER BY n DESC, value LIMIT 40`, ids),
    db.query<Record<string, any>>(
      `SELECT i.industry_id AS value, n.name AS label, count(*) AS n
       FROM doc_industries i LEFT JOIN industries n ON n.id = i.industry_id WHERE i.doc_id = ANY($1::text[])
       GROUP BY 1, 2 ORDER BY n DESC, value LIMIT 40`, ids),
    db.query<Record<string, any>>(
      `SELECT d.outlet AS value, d.outlet AS label, count(*) AS n
       FROM documents d WHERE d.id = ANY($1::text[]) AND d.outlet IS NOT NULL GROUP BY 1 ORDER BY n DESC, value LIMIT 40`, ids),
    db.query<Record<string, any>>(
      `SELECT m.kind AS value, m.kind AS label, count(DISTINCT m.doc_id) AS n
       FROM mentions m WHERE m.doc_id = ANY($1::text[]) AND m.type = 'organization' AND m.kind IS NOT NULL
       GROUP BY 1 ORDER BY n DESC, value LIMIT 20`, ids),
  ]);
  const facet = (r: { rows: Record<string, any>[] }, en: (x: Record<string, any>) => string | null = () => null): Facet[] =>
    r.rows.map((x) => ({ value: x.value, label: x.label, labelEn: en(x), count: num(x.n) }));
  const terms = substring ? [query] : tokens;
  return {
    hits: rows.rows.map((r) => {
      const parts = snippetParts(r.clean, terms);
      return { ...toDocumentRow(r), rank: Number(r.rank), snippet: partsToHtml(parts), snippetParts: parts };
    }),
    total: num(count.rows[0].n), ...page, mode: substring ? 'substring' : 'fulltext', terms,
    totalExact: !substring || sample.length < SUBSTRING_CAP, facetSample: sample.length,
    facets: {
      region: facet(region, (x) => regionEn(x.label)), industry: facet(industry, (x) => industryEn(x.value)), outlet: facet(outlet), entityKind: facet(kind),
    },
  };
}
