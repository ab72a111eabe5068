/**
 * One document: original and cleaned text side by side. Removed noise is struck through in the
 * original with its reason as a tooltip (and in a legend); recognised entities are highlighted
 * by type in the cleaned text; every fact links to its sentence.
 */
import { useState } from 'react';
import { get, type DocDetail, type Fact } from '../api.ts';
import { Spans, type MarkSpan } from '../components/Spans.tsx';
import { formatDate, formatPublished } from '../dates.ts';
import { useDisplay } from '../display.tsx';
import { industryLabel } from '../labels.ts';
import { href } from '../route.ts';
import { failureText, useApi } from '../useApi.ts';
import { quantityText } from '../figures.ts';
import { kindLabel, vocab } from '../vocab.ts';
import { isReplacement, shownRemovals } from '../removals.ts';
import type { Key, Lang } from '../i18n.ts';

/** Mention types with a colour each (see styles.css `.m-*`). */
const MENTION_TYPES = ['region', 'person', 'title', 'organization', 'industry', 'quantity', 'date', 'event'] as const;

function factLabel(f: Fact, lang: Lang): string {
  const x = f.data;
  switch (f.type) {
    case 'quantity': return quantityText({ metric: x.metric, change: x.change, value: x.value, valueMax: x.valueMax, unit: x.unit, qualifier: x.qualifier }, lang);
    case 'event': return `${vocab('eventType', x.type, lang)} ${x.date ? formatDate(x.date, lang) : ''} ${x.lead ?? ''}`;
    case 'directive': return `${x.speaker ?? ''} ${x.verb ?? ''}：${String(x.text ?? '').slice(0, 40)}`;
    case 'person': return `${x.name ?? ''} ${(x.titles ?? []).join('、')}${x.role ? ` (${vocab('role', x.role, lang)})` : ''}`;
    case 'organization': return `${x.name ?? ''}${x.kind ? ` (${vocab('kind', x.kind, lang)})` : ''}`;
    default: return vocab('factType', f.type, lang);
  }
}

/** Props: the document id and an optional span to focus (from a figure link). */
export function DocumentPage({ id, focusStart, focusEnd }: { id: string; focusStart?: number; focusEnd?: number }) {
  const { t, d, n, lang } = useDisplay();
  const doc = useApi(() => get<DocDetail>(`/api/documents/${id}`), id);
  const [picked, setPicked] = useState<{ start: number; end: number } | null>(null);
  if (doc.loading) return <p>{t('loading')}</p>;
  if (doc.error || !doc.data) return <p className="error" data-testid="not-found">{failureText(doc, t('notFound'))}</p>;
  const x = doc.data;
  const focus = picked ?? (focusStart !== undefined && focusEnd !== undefined ? { start: focusStart, end: focusEnd } : null);
  const removals: MarkSpan[] = shownRemovals(x.removals).map((r, i) => ({
    start: r.start, end: r.end, del: true, testId: `removal-${i}`,
    ...(isReplacement(r)
      ? { className: 'replaced', title: `${t('replacedBy')}: ${d(r.replacement)} · ${t('reason')}: ${r.reason}` }
      : { className: 'removed', title: `${t('reason')}: ${r.reason}${r.stage ? ` (${r.stage})` : ''}` }),
  }));
  const mentions: MarkSpan[] = x.mentions.map((m) => ({
    start: m.start, end: m.end, className: `m m-${m.type}`, title: `${(MENTION_TYPES as readonly string[]).includes(m.type) ? t(`m_${m.type}` as Key) : m.type}${m.kind ? ` · ${kindLabel(m.type, m.kind, lang)}` : ''}${m.key ? ` · ${m.key}` : ''} [${m.rule}]`,
  }));
  const reasons = new Map<string, { n: number; replaced: boolean }>();
  for (const r of x.removals) reasons.set(r.reason, { n: (reasons.get(r.reason)?.n ?? 0) + 1, replaced: isReplacement(r) });
  const replacedCount = x.removals.filter(isReplacement).length;
  const entityLinks = new Map<string, number>();
  for (const m of x.mentions) if (m.entityId != null) entityLinks.set(m.text, m.entityId);
  return (
    <div className="doc-page">
      <h2 data-testid="doc-title">{d(x.title) || x.id.slice(0, 12)}</h2>
      <p className="meta">
        {x.outlet && <span>{d(x.outlet)} · </span>}
        <time data-testid="doc-date" title={x.published ?? undefined}>{formatPublished(x.published, x.dateline, lang)}</time> · <code>{x.sourcePath}</code>
        {x.regions.filter((r) => r.home).map((r) => (
          <a key={r.code} href={href(`/region/${r.code}`)} className="chip">{n(r.name ?? r.code, r.nameEn)}</a>
        ))}
        {x.industries.map((i) => (
          <a key={i.id} href={href(`/industry/${i.id}`)} className="chip">{n(industryLabel(i.name, i.id, t), i.nameEn)}</a>
        ))}
      </p>
      <div className="legend">
        <strong>{t('legend')}:</strong>
        {MENTION_TYPES.map((m) => <mark key={m} className={`m m-${m}`}>{t(`m_${m}`)}</mark>)}
        <del className="removed">{t('removedNoise')}</del>
        <del className="replaced">{t('replaced')}</del>
      </div>
      <div className="side-by-side">
        <section>
          <h3>{t('original')}</h3>
          <div data-testid="original"><Spans text={x.original} spans={removals} convert={d} /></div>
        </section>
        <section>
          <h3>{t('clean')}</h3>
          <div data-testid="clean"><Spans text={x.clean} spans={mentions} focus={focus} convert={d} /></div>
        </section>
      </div>
      <section>
        <h3 data-testid="removal-counts">{t('removals')} ({t('removedNoise')} {x.removals.length - replacedCount} · {t('replaced')} {replacedCount})</h3>
        <ul className="reasons" data-testid="removal-reasons">
          {[...reasons].map(([r, v]) => <li key={r}><code>{r}</code> × {v.n}{v.replaced ? ` (${t('replaced')})` : ''}</li>)}
        </ul>
      </section>
      <section>
        <h3>{t('facts')} ({x.facts.length})</h3>
        <ul className="facts" data-testid="facts">
          {x.facts.map((f) => (
            <li key={f.id}>
              <span className={`chip t-${f.type}`}>{vocab('factType', f.type, lang)}</span>{' '}
              {f.start != null && f.end != null ? (
                <button type="button" className="link" onClick={() => setPicked({ start: f.start!, end: f.end! })}>{d(factLabel(f, lang))}</button>
              ) : f.entityId != null ? (
                <a href={href(`/entity/${f.entityId}`)}>{d(factLabel(f, lang))}</a>
              ) : (
                <span>{d(factLabel(f, lang))}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('mentions')} ({x.mentions.length})</h3>
        <p className="entity-list">
          {[...entityLinks].map(([name, eid]) => <a key={eid} href={href(`/entity/${eid}`)} className="chip">{d(name)}</a>)}
        </p>
      </section>
    </div>
  );
}
