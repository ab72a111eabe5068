/** Attention over time: documents per month under the current region/industry. */
import { useMemo } from 'react';
import { get } from '../api.ts';
import { useDisplay } from '../display.tsx';
import { fillMonths } from '../months.ts';
import { useApi } from '../useApi.ts';
import { Chart } from './Chart.tsx';

/** Props: filters. */
export function Timeline({ region, industry }: { region?: string | null; industry?: string | null }) {
  const { t } = useDisplay();
  const r = useApi(() => get<{ points: { month: string; documents: number }[] }>('/api/timeline', { region, industry }), `${region}|${industry}`);
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
      <Chart option={option} height={200} testId="timeline" />
    </section>
  );
}
