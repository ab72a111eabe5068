/** One industry: its sub-industries and the provinces ranked by documents about it. */
import { get, type IndustryDetail } from '../api.ts';
import { Chain } from '../components/Chain.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { useDisplay } from '../display.tsx';
import { industryLabel } from '../labels.ts';
import { href } from '../route.ts';
import { failureText, useApi } from '../useApi.ts';

/** Props: industry id. */
export function IndustryPage({ id }: { id: string }) {
  const { t, n } = useDisplay();
  const r = useApi(() => get<IndustryDetail>(`/api/industries/${encodeURIComponent(id)}`), id);
  if (r.loading) return <p>{t('loading')}</p>;
  if (r.error || !r.data) return <p className="error" data-testid="not-found">{failureText(r, t('notFound'))}</p>;
  const x = r.data;
  return (
    <div>
      <h2 data-testid="industry-title">{n(industryLabel(x.name, x.id, t), x.nameEn)}</h2>
      <p>{t('documents')}: {x.documents} · <a href={href('/search', { industry: x.id })}>{t('documents')} →</a> · <a href={href('/', { industry: x.id })}>{t('map')}</a></p>
      <section>
        <h3>{t('regions')}</h3>
        <ol>{x.regions.map((g) => <li key={g.code}><a href={href(`/cluster/${g.code}/${x.id}`)}>{n(g.name ?? g.code, g.nameEn)}</a> <span className="count">{g.documents}</span></li>)}</ol>
      </section>
      {x.children.length > 0 && (
        <section>
          <h3>{t('subIndustries')}</h3>
          <ul className="inline">{x.children.map((c) => <li key={c.id}><a href={href(`/industry/${c.id}`)}>{n(c.name, c.nameEn)}</a></li>)}</ul>
        </section>
      )}
      <Chain industry={x.id} />
      <Timeline industry={x.id} />
    </div>
  );
}
