/** A React host for one ECharts instance: sets the option on change, resizes with its box, forwards clicks. */
import { useEffect, useRef } from 'react';
import { echarts } from './echarts.ts';

/** Props of Chart. */
export interface ChartProps {
  option: Record<string, unknown> | null;
  onClick?: (params: { name: string; data?: any }) => void;
  height?: number | string;
  testId?: string;
}

/** Render an ECharts option. */
export function Chart({ option, onClick, height = 400, testId }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    const c = echarts.init(el.current!);
    chart.current = c;
    c.on('click', (p: any) => click.current?.(p));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current!);
    return () => {
      ro.disconnect();
      c.dispose();
    };
  }, []);
  useEffect(() => {
    if (option) chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={el} className="chart" data-testid={testId} style={{ height }} />;
}
