/**
 * Search with facets (region, industry, outlet, entity kind, date range) and highlighted hits. Without
 * search terms but with a filter (the region and industry pages link here) it lists the matching
 * documents, newest first, from /api/documents.
 */
import { useState, type FormEvent } from 'react';
import { get, type DocRow, type Facet, type FilterNames, type SearchResult } from '../api.ts';
import { formatPublished } from '../dates.ts';
import { useDisplay } from '../display.tsx';
import { industryLabel } from '../labels.ts';
import { href } from '../route.ts';
import { useApi } from '../useApi.ts';
import { vocab } from '../vocab.ts';

const FILTERS = ['region', 'industry', 'outlet', 'entityKind', 'from', 'to', 'undated'] as const;
const PAGE = 20;

/** The documents a filter matches, newest first, shaped as search results without snippets or facets. */
async function browseDocuments(params: Record<string, string>, offset: number): Promise<SearchResult> {
  const r = await get<{ items: DocRow[]; total: number; filters: FilterNames }>('/api/documents', { ...params, offset, limit: PAGE });
  return {
    hits: r.items.map((h) => ({ ...h, rank: 0, snippetParts: [] })), total: r.total, totalExact: true, facetSample: 0, limit: PAGE, offset, mode: 'browse',
    facets: { region: [], industry: [], outlet: [], entityKind: [] }, filters: r.filters,
  };
}

/** Props: the route's query string. */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const { t, d, n, lang } = useDisplay();
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const params: Record<string, string> = {};
  for (const k of FILTERS) if (query.get(k)) params[k] = query.get(k)!;
  const [text, setText] = useState(q);
  const browse = !q.trim() && Object.keys(params).length > 0;
  const r = useApi(
    () => (q.trim() ? get<SearchResult>('/api/search', { q, ...params, offset, limit: PAGE }) : browse ? browseDocuments(params, offset) : Promise.resolve(null)),
    query.toString(),
  );
  const nav = (over: Record<string, string | number | null>) => {
    location.hash = href('/search', { q, ...params, offset: 0, ...over });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    nav({ q: text.trim() });
  };
  const facetLabel = (key: string, f: Facet) =>
    key === 'industry' ? n(industryLabel(f.label, f.value, t), f.labelEn) : key === 'entityKind' ? d(vocab('kind', f.value, lang)) : n(f.label ?? f.value, f.labelEn);
  /** The active filter's chip: a region or industry by its name (the answer names them), a kind by its word. */
  const activeLabel = (key: string, value: string) => {
    const names = r.data?.filters;
    if (key === 'region' && names?.region?.name) return n(names.region.name, names.region.nameEn);
    if (key === 'industry' && names?.industry) return n(industryLabel(names.industry.name, value, t), names.industry.nameEn);
    return d(key === 'entityKind' ? vocab('kind', value, lang) : value);
  };
  const facet = (key: 'region' | 'industry' | 'outlet' | 'entityKind', title: string, list: Facet[]) => (!list.length && !params[key] ? null : (
    <div className="facet" data-testid={`facet-${key}`}>
      <h4>{title}</h4>
      {params[key] && <button type="button" className="link" onClick={() => nav({ [key]: null })} data-testid={`active-${key}`}>✕ {activeLabel(key, params[key])}</button>}
      <ul>
        {list.map((f) => (
          <li key={f.value}><button type="button" className="link" onClick={() => nav({ [key]: f.value })}>{facetLabel(key, f)}</button> <span className="count">{f.count}</span></li>
        ))}
      </ul>
    </div>
  ));
  return (
    <div className="search-page">
      <form onSubmit={submit} className="search-form">
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('query')} data-testid="search-input" maxLength={200} />
        <button type="submit">{t('search')}</button>
        <label>{t('from')} <input type="date" value={params.from ?? ''} onChange={(e) => nav({ from: e.target.value || null })} /></label>
        <label>{t('to')} <input type="date" value={params.to ?? ''} onChange={(e) => nav({ to: e.target.value || null })} /></label>
      </form>
      {r.error && <p className="error">{r.error}</p>}
      {!q.trim() && !browse && <p className="none" data-testid="search-hint">{t('searchHint')}</p>}
      {r.data && (
        <div className="search-layout">
          <aside className="facets">
            {facet('region', t('regions'), r.data.facets.region)}
            {facet('industry', t('industry'), r.data.facets.industry)}
            {facet('outlet', t('outlet'), r.data.facets.outlet)}
            {facet('entityKind', t('entityKind'), r.data.facets.entityKind)}
            {r.data.facetSample > 0 && r.data.facetSample < r.data.total && (
              <p className="note" data-testid="facet-sample">{t('facetSample').replace('{n}', String(r.data.facetSample))}</p>
            )}
            {params.undated && (
              <div className="facet" data-testid="facet-undated">
                <button type="button" className="link" onClick={() => nav({ undated: null })}>✕ {t('undatedFilter')}</button>
              </div>
            )}
          </aside>
          <section>
            <p data-testid="search-total">{t('total')} {r.data.totalExact ? '' : '≥'}{r.data.total}</p>
            <ol className="hits" data-testid="hits">
              {r.data.hits.map((h) => (
                <li key={h.id}>
                  <a href={href(`/doc/${h.id}`)} className="hit-title">{d(h.title ?? h.id.slice(0, 12))}</a>
                  <small> {d(h.outlet)} <time data-testid="hit-date">{formatPublished(h.published, h.dateline, lang)}</time></small>
                  <p className="snippet">{h.snippetParts.map((p, i) => (p.mark ? <mark key={i}>{d(p.text)}</mark> : <span key={i}>{d(p.text)}</span>))}</p>
                </li>
              ))}
            </ol>
            <div className="pager">
              {offset > 0 && <button type="button" onClick={() => nav({ offset: Math.max(0, offset - PAGE) })}>{t('prev')}</button>}
              {offset + PAGE < r.data.total && <button type="button" onClick={() => nav({ offset: offset + PAGE })}>{t('next')}</button>}
            </div>
          </section>
        </div>
      )}
    </div>
  );
}
