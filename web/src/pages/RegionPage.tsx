/** One region: subdivisions, industries (each a cluster link), leaders, events, attention over time. */
import { get, type RegionDetail } from '../api.ts';
import { Timeline } from '../components/Timeline.tsx';
import { formatDate } from '../dates.ts';
import { useDisplay } from '../display.tsx';
import { industryLabel } from '../labels.ts';
import { href } from '../route.ts';
import { failureText, useApi } from '../useApi.ts';
import { vocab } from '../vocab.ts';

/** Props: region code. */
export function RegionPage({ code }: { code: string }) {
  const { t, d, n, lang } = useDisplay();
  const r = useApi(() => get<RegionDetail>(`/api/regions/${code}`), code);
  if (r.loading) return <p>{t('loading')}</p>;
  if (r.error || !r.data) return <p className="error" data-testid="not-found">{failureText(r, t('notFound'))}</p>;
  const x = r.data;
  return (
    <div className="region-page">
      <h2 data-testid="region-title">{x.parent && <><a href={href(`/region/${x.parent.code}`)}>{n(x.parent.name, x.parent.nameEn)}</a> › </>}{n(x.name, x.nameEn)}</h2>
      <p>
        <span title={t('aboutRegionHint')} data-testid="region-home-count">{t('aboutRegion')}: {x.documents}</span>
        {' · '}<a href={href(`/cluster/${x.code}`)}>{t('clusters')} · {t('regionAll')}</a>
        {' · '}<a href={href('/search', { region: x.code })} title={t('mentioningRegionHint')} data-testid="region-documents">{t('mentioningRegion')}: {x.mentioning} →</a>
      </p>
      <section>
        <h3>{t('industry')}</h3>
        <ul className="inline">
          {x.industries.map((i) => <li key={i.id}><a href={href(`/cluster/${x.code}/${i.id}`)}>{n(industryLabel(i.name, i.id, t), i.nameEn)}</a> <span className="count">{i.documents}</span></li>)}
        </ul>
      </section>
      <section>
        <h3>{t('leaders')}</h3>
        <ul className="inline">
          {x.leaders.map((l, i) => <li key={i}>{l.entityId != null ? <a href={href(`/entity/${l.entityId}`)}>{d(l.name)}</a> : d(l.name)} <small>{d(l.titles.join('、'))}</small></li>)}
        </ul>
      </section>
      <section>
        <h3>{t('events')}</h3>
        <ol className="events">
          {x.events.map((e) => <li key={e.id}><time>{formatDate(e.date, lang)}</time> {d(vocab('eventType', String(e.data.type ?? ''), lang))} {d(String(e.data.text ?? '').slice(0, 80))}</li>)}
        </ol>
      </section>
      <section>
        <h3>{t('children')}</h3>
        <ul className="inline">{x.children.map((c) => <li key={c.code}><a href={href(`/region/${c.code}`)}>{n(c.name, c.nameEn)}</a></li>)}</ul>
      </section>
      <Timeline region={x.code} />
    </div>
  );
}
