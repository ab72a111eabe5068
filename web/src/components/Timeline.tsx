/** Attention over time: documents per month under the current region/industry. */
import { useMemo } from 'react';
import { get, type TimelineData } from '../api.ts';
import { useDisplay } from '../display.tsx';
import { href } from '../route.ts';
import { fillMonths } from '../months.ts';
import { useApi } from '../useApi.ts';
import { Chart } from './Chart.tsx';

/** Props: filters. Documents without a date are counted under the chart, with a link to their list. */
export function Timeline({ region, industry }: { region?: string | null; industry?: string | null }) {
  const { t } = useDisplay();
  const r = useApi(() => get<TimelineData>('/api/timeline', { region, industry }), `${region}|${industry}`);
  const undated = r.data?.undated ?? 0;
  const option = useMemo(() => {
    const pts = fillMonths(r.data?.points ?? []);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: pts.map((p) => p.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: pts.map((p) => p.documents), itemStyle: { color: '#e6550d' } }],
    };
  }, [r.data]);
  return (
    <section className="timeline">
      <h3>{t('timeline')}</h3>
      {/* What the bars count: documents that mention the region (not only those whose story is there), as its list does. */}
      <p className="note" data-testid="timeline-measure">{t(region && industry ? 'timelineBoth' : region ? 'timelineRegion' : industry ? 'timelineIndustry' : 'timelineAll')}</p>
      <Chart option={option} height={200} testId="timeline" />
      {undated > 0 && (
        <p className="note" data-testid="timeline-undated">
          <a href={href('/search', { region, industry, undated: 'true' })}>{undated} {t(undated === 1 ? 'undatedDoc' : 'undatedDocs')} →</a>
        </p>
      )}
    </section>
  );
}
