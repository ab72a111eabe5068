/** A cluster (region × industry): figures linked to their source sentences, organizations, officials, events, directives, sources. */
import { get, type ClusterDetail, type Org } from '../api.ts';
import { formatDate, formatPublished } from '../dates.ts';
import { useDisplay } from '../display.tsx';
import { industryLabel } from '../labels.ts';
import { href } from '../route.ts';
import { failureText, useApi } from '../useApi.ts';
import { figureText, quantityLabel } from '../figures.ts';
import { Chain } from '../components/Chain.tsx';
import { vocab } from '../vocab.ts';


/** Link to the sentence a fact came from. */
function sourceLink(docId: string, start: number | null, end: number | null) {
  return href(`/doc/${docId}`, { s: start, e: end });
}

/** Props: region code and optional industry id. */
export function ClusterPage({ region, industry }: { region: string; industry?: string }) {
  const { t, d, n, lang } = useDisplay();
  const c = useApi(() => get<ClusterDetail>(`/api/clusters/${region}${industry ? `/${encodeURIComponent(industry)}` : ''}`), `${region}/${industry}`);
  if (c.loading) return <p>{t('loading')}</p>;
  if (c.error || !c.data) return <p className="error" data-testid="not-found">{failureText(c, t('notFound'))}</p>;
  const x = c.data;
  const orgList = (title: string, list: Org[], id: string) => (
    <section data-testid={id}>
      <h3>{title} ({list.length})</h3>
      {list.length === 0 && <p className="none">{t('noneFound')}</p>}
      <ul className="inline">
        {list.map((o, i) => (
          <li key={`${o.entityId}-${i}`}>{o.entityId != null ? <a href={href(`/entity/${o.entityId}`)}>{d(o.name)}</a> : d(o.name)} <span className="count">{o.documents}</span></li>
        ))}
      </ul>
    </section>
  );
  return (
    <div className="cluster-page">
      <h2 data-testid="cluster-title">
        <a href={href(`/region/${x.region.code}`)}>{n(x.region.name ?? x.region.code, x.region.nameEn)}</a>
        {x.industry && <> · <a href={href(`/industry/${x.industry.id}`)}>{n(industryLabel(x.industry.name, x.industry.id, t), x.industry.nameEn)}</a></>}
      </h2>
      <p title={x.industry ? t('clusterDocsHint') : t('aboutRegionHint')} data-testid="cluster-documents">{t('documents')}: {x.documents}</p>
      {x.industry && <Chain industry={x.industry.id} region={x.region.code} />}
      <section data-testid="figures">
        <h3>{t('figures')} ({x.figures.length})</h3>
        {x.figures.length === 0 && <p className="none">{t('noneFound')}</p>}
        <table>
          <tbody>
            {x.figures.map((f, i) => (
              <tr key={i}>
                <td>{d(quantityLabel(f, lang))}</td>
                <td className="num">{d(figureText(f))}</td>
                <td>{f.year ?? (f.date ? formatDate(f.date, lang) : '')}</td>
                <td><a className="source-link" href={sourceLink(f.docId, f.start, f.end)} title={d(f.text)}>{t('source')}: {d(f.docTitle ?? f.docId.slice(0, 8))}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {x.conflicts.length > 0 && (
        <section data-testid="conflicts">
          <h3>{t('conflicts')}</h3>
          {x.conflicts.map((g, i) => (
            <div key={i} className="conflict">
              <strong>{d(quantityLabel(g, lang))} {g.year ?? ''}</strong>
              <div className="side-by-side">
                {g.figures.map((f, j) => (
                  <div key={j}><span className="num">{d(figureText(f))}</span> — <a href={sourceLink(f.docId, f.start, f.end)}>{d(f.docTitle ?? f.docId.slice(0, 8))}</a></div>
                ))}
              </div>
            </div>
          ))}
        </section>
      )}
      {orgList(t('enterprises'), x.enterprises, 'enterprises')}
      {orgList(t('parks'), x.parks, 'parks')}
      {orgList(t('platforms'), x.platforms, 'platforms')}
      {orgList(t('projects'), x.projects, 'projects')}
      <section data-testid="officials">
        <h3>{t('officials')} ({x.officials.length})</h3>
        <ul className="inline">
          {x.officials.map((o) => (
            <li key={o.entityId}><a href={href(`/entity/${o.entityId}`)}>{d(o.name)}</a> <small>{d(o.titles.join('、'))}</small></li>
          ))}
        </ul>
      </section>
      <section data-testid="events">
        <h3>{t('events')} ({x.events.length})</h3>
        <ol className="events">
          {x.events.map((e) => (
            <li key={e.id}><time>{formatDate(e.date, lang)}</time> <span className="chip">{d(vocab('eventType', String(e.data.type ?? ''), lang))}</span> <a href={sourceLink(e.docId, e.start, e.end)}>{d(String(e.data.text ?? '').slice(0, 80))}</a></li>
          ))}
        </ol>
      </section>
      <section data-testid="directives">
        <h3>{t('directives')}</h3>
        {x.directives.map((g) => (
          <div key={g.category}>
            <h4 title={g.description ?? undefined}>{d((lang === 'zh' ? g.name : g.nameEn) ?? g.category)} ({g.items.length})</h4>
            <ul>
              {g.items.map((f) => (
                <li key={f.id}>{d(String(f.data.speaker ?? ''))} <a href={sourceLink(f.docId, f.start, f.end)}>{d(String(f.data.text ?? '').slice(0, 100))}</a></li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section data-testid="sources">
        {/* The list is capped (newest first): say so when it shows fewer than the cluster has. */}
        <h3>{t('sources')} ({x.sources.length < x.documents ? `${t('newest')} ${x.sources.length} ${t('of')} ${x.documents}` : x.sources.length})</h3>
        <ul>
          {x.sources.map((s) => (
            <li key={s.id}><a href={href(`/doc/${s.id}`)}>{d(s.title ?? s.id.slice(0, 12))}</a> <small>{d(s.outlet)} <time>{formatPublished(s.published, s.dateline, lang)}</time></small></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
