/** One person or organization with titles over time and every mention in context. */
import { get, type EntityDetail } from '../api.ts';
import { useDisplay } from '../display.tsx';
import { href } from '../route.ts';
import { failureText, useApi } from '../useApi.ts';
import { kindLabel, vocab } from '../vocab.ts';

/** Props: entity id. */
export function EntityPage({ id }: { id: string }) {
  const { t, d, n, lang } = useDisplay();
  const r = useApi(() => get<EntityDetail>(`/api/entities/${id}`), id);
  if (r.loading) return <p>{t('loading')}</p>;
  if (r.error || !r.data) return <p className="error" data-testid="not-found">{failureText(r, t('notFound'))}</p>;
  const x = r.data;
  return (
    <div>
      <h2 data-testid="entity-name">{d(x.name)} <small data-testid="entity-kind">{vocab('entityType', x.type, lang)}{x.kind ? ` · ${kindLabel(x.type, x.kind, lang)}` : ''}</small></h2>
      <p>{x.regionCode && <><a href={href(`/region/${x.regionCode}`)}>{n(x.regionName ?? x.regionCode, x.regionNameEn)}</a> · </>}{t('documents')}: {x.documents}</p>
      {x.aliases.length > 0 && <p>{t('aliases')}: {d(x.aliases.join('、'))}</p>}
      {x.titles.length > 0 && (
        <section>
          <h3>{t('titles')}</h3>
          <ul>{x.titles.map((ti, i) => <li key={i}>{d(ti.title)} <small>{ti.date ?? ''}</small> <a href={href(`/doc/${ti.docId}`)}>{t('source')}</a></li>)}</ul>
        </section>
      )}
      <section>
        <h3>{t('mentionsOf')} ({x.mentions.length})</h3>
        <ul className="kwic">
          {x.mentions.map((m, i) => (
            <li key={i}>
              <a href={href(`/doc/${m.docId}`, { s: m.start, e: m.end })}>{d(m.title ?? m.docId.slice(0, 8))}</a>:{' '}
              …{d(m.before)}<mark>{d(m.text)}</mark>{d(m.after)}…
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
