/**
 * The map of China: provinces coloured by documents about the selected industry, a ranked list
 * beside it, tooltips; clicking a province (on the map or in the list) drills into its cities
 * and lists its clusters.
 */
import { useEffect, useMemo, useState } from 'react';
import { get, type ClusterRow, type Industry, type MapArea, type RegionNode } from '../api.ts';
import { Chart } from '../components/Chart.tsx';
import { loadMap } from '../components/echarts.ts';
import { Timeline } from '../components/Timeline.tsx';
import { useDisplay } from '../display.tsx';
import { industryLabel } from '../labels.ts';
import { href } from '../route.ts';
import { useApi } from '../useApi.ts';

/** Props: the province drilled into (from the route) and the industry filter. */
export function MapPage({ province, industry }: { province: string | null; industry: string | null }) {
  const { t, n, lang } = useDisplay();
  // English names of every province and city, for the areas of the map without documents (the geometry names them in Chinese).
  const tree = useApi(() => (lang === 'en' ? get<{ items: RegionNode[] }>('/api/regions') : Promise.resolve(null)), `tree|${lang}`);
  const industries = useApi(() => get<{ items: Industry[] }>('/api/industries'), 'industries');
  const areas = useApi(
    () => get<{ areas: MapArea[] }>('/api/map', { level: province ? 'city' : 'province', province, industry }),
    `${province}|${industry}`,
  );
  const clusters = useApi(
    () => (province ? get<{ items: ClusterRow[]; total: number }>('/api/clusters', { region: province, industry, limit: 50 }) : Promise.resolve(null)),
    `c|${province}|${industry}`,
  );
  const [loaded, setLoaded] = useState<{ code: string; names: Map<string, string> } | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const mapCode = province ?? '100000';
  useEffect(() => {
    setMapError(null);
    loadMap(mapCode).then((names) => setLoaded({ code: mapCode, names }), (e: Error) => setMapError(e.message));
  }, [mapCode]);
  // Only the geometry registered for the current area may be drawn (the previous one lingers for a render).
  const names = loaded?.code === mapCode ? loaded.names : null;
  /** Geometry name → English name, from the region tree. */
  const english = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const p of tree.data?.items ?? []) for (const r of [p, ...(p.children ?? [])]) if (r.nameEn) byCode.set(r.code, r.nameEn);
    return new Map([...(names ?? [])].flatMap(([code, zh]) => (byCode.has(code) ? [[zh, byCode.get(code)!] as const] : [])));
  }, [tree.data, names]);
  /** An area of the geometry without documents, by its geometry name. */
  const plain = (zh: string) => n(zh, english.get(zh));

  const go = (code: string | null, ind = industry) => {
    location.hash = href('/', { province: code, industry: ind });
  };
  const rows = areas.data?.areas ?? [];
  const option = useMemo(() => {
    if (!names) return null;
    const max = Math.max(1, ...rows.map((a) => a.documents));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: any) => {
          const a: MapArea | undefined = p.data?.area;
          const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
          if (!a) return esc(plain(p.name));
          const top = a.topIndustries.map((i) => esc(n(industryLabel(i.name, i.id, t), i.nameEn))).join(t('listSep')) || t('none');
          return `<b>${esc(n(a.name ?? p.name, a.nameEn))}</b><br/>${t('documents')}: ${a.documents}<br/>${t('enterprises')}: ${a.enterprises}<br/>${t('facts')}: ${a.facts}<br/>${t('topIndustries')}: ${top}`;
        },
      },
      visualMap: { min: 0, max, left: 10, bottom: 10, calculable: true, text: [String(max), '0'], inRange: { color: ['#fff4e6', '#fdae6b', '#e6550d', '#a63603'] } },
      series: [{
        type: 'map', map: `area-${mapCode}`, roam: true, selectedMode: false,
        // City labels in the chosen language (the geometry's own names are Chinese).
        label: { show: !!province, fontSize: 10, formatter: (p: any) => (p.data?.area ? n(p.data.area.name ?? p.name, p.data.area.nameEn) : plain(p.name)) },
        emphasis: { label: { show: true } },
        itemStyle: { areaColor: '#f2f2f2', borderColor: '#999' },
        data: rows.filter((a) => names.has(a.code)).map((a) => ({ name: names.get(a.code), value: a.documents, code: a.code, area: a })),
      }],
    };
  }, [names, rows, mapCode, province, t, n, english]);

  const colored = rows.filter((a) => a.documents > 0 && names?.has(a.code)).length;
  return (
    <div className="map-page">
      <div className="toolbar">
        <label>
          {t('industry')}{' '}
          <select value={industry ?? ''} onChange={(e) => go(province, e.target.value || null)} data-testid="industry-select">
            <option value="">{t('allIndustries')}</option>
            {(industries.data?.items ?? []).map((i) => (
              <option key={i.id} value={i.id}>{n(industryLabel(i.name, i.id, t), i.nameEn)} ({i.documents})</option>
            ))}
          </select>
        </label>
        {province && <a href={href('/', { industry })} className="back">← {t('back')}</a>}
        {province && <a href={href(`/region/${province}`)} data-testid="region-link">{t('regionProfile')} →</a>}
      </div>
      <div className="map-layout">
        <div className="map-box" data-testid="map" data-colored={colored} data-level={province ? 'city' : 'province'}>
          {mapError ? <p className="error">{mapError}</p> : <Chart option={option} height={520} onClick={(p) => p.data?.code && !province && go(p.data.code)} />}
        </div>
        <aside className="ranking">
          <h3>{t('ranking')}</h3>
          {areas.loading && <p>{t('loading')}</p>}
          <ol data-testid="ranking">
            {rows.map((a) => (
              <li key={a.code}>
                {province ? (
                  <a href={href(`/region/${a.code}`)}>{n(a.name ?? a.code, a.nameEn)}</a>
                ) : (
                  <button type="button" className="link" onClick={() => go(a.code)} data-code={a.code}>{n(a.name ?? a.code, a.nameEn)}</button>
                )}
                <span className="count">{a.documents}</span>
              </li>
            ))}
          </ol>
        </aside>
      </div>
      {province && (
        <section className="clusters" data-testid="clusters">
          <h3>{t('clusters')}</h3>
          <ul>
            <li><a href={href(`/cluster/${province}`)}>{t('regionAll')} · {t('sources')}</a></li>
            {(clusters.data?.items ?? []).map((c) => (
              <li key={`${c.region}/${c.industry}`}>
                <a href={href(`/cluster/${c.region}/${c.industry}`)}>{n(c.regionName ?? c.region, c.regionNameEn)} · {n(industryLabel(c.industryName, c.industry, t), c.industryNameEn)}</a>
                <span className="count">{c.documents}</span>
              </li>
            ))}
          </ul>
          {clusters.data && clusters.data.items.length === 0 && <p>{t('noClusters')}</p>}
        </section>
      )}
      <Timeline region={province} industry={industry} />
    </div>
  );
}
