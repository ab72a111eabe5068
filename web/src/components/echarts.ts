/** ECharts, tree-shaken to what the atlas draws: a map, a bar chart (documents per month), tooltips and a visual map. */
import * as echarts from 'echarts/core';
import { BarChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, BarChart, GridComponent, TooltipComponent, VisualMapComponent, TitleComponent, CanvasRenderer]);

export { echarts };

const loaded = new Map<string, Promise<Map<string, string>>>();

/**
 * Fetch and register the geometry of an area (`100000` for China, else a province code).
 * @returns feature code → feature name, for matching data to shapes
 */
export function loadMap(code: string): Promise<Map<string, string>> {
  let p = loaded.get(code);
  if (!p) {
    p = fetch(`/geo/${code}.json`)
      .then((r) => {
        if (!r.ok) throw new Error(`no map for ${code}`);
        return r.json();
      })
      .then((geo: { features: { id?: string; properties: { name: string } }[] }) => {
        echarts.registerMap(`area-${code}`, geo as any);
        return new Map(geo.features.filter((f) => f.id).map((f) => [String(f.id), f.properties.name]));
      });
    loaded.set(code, p);
    p.catch(() => loaded.delete(code));
  }
  return p;
}
