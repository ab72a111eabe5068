import type { Lang } from './i18n.ts';

/**
 * A figure written back the way Chinese writes it. The extractor keeps the qualifier apart from
 * the number (src/extract/quantities/lexicon.ts): 约/超过/近 stand before it, 多/余 (more than)
 * between the number and its unit, 以上/左右 after the unit: 约12平方公里, 400余家, 60%以上.
 */

/** The parts of a quantity fact the UI shows. */
export interface FigureParts {
  readonly value: number;
  readonly valueMax?: number | null;
  readonly unit?: string | null;
  readonly qualifier?: string | null;
}

/** Qualifiers written between the number and its unit. */
const BETWEEN = new Set(['多', '余']);

/** Qualifiers written after the unit. */
const AFTER = new Set(['以上', '左右']);

/**
 * The figure as text.
 * @example figureText({ value: 400, unit: '家', qualifier: '余' }) // '400余家'
 */
export function figureText(f: FigureParts): string {
  const q = f.qualifier ?? '';
  const num = `${f.value}${f.valueMax != null ? `–${f.valueMax}` : ''}`;
  const unit = f.unit ?? '';
  if (BETWEEN.has(q)) return `${num}${q}${unit}`;
  if (AFTER.has(q)) return `${num}${unit}${q}`;
  return `${q}${num}${unit}`;
}

/** The parts of a quantity fact a label shows: what it is about, the change it measures (Analysis @2) and the figure. */
export interface QuantityParts extends FigureParts {
  readonly metric?: string | null;
  readonly change?: string | null;
}

/** Directions of a change (src/analysis/schema.ts QuantityFact.change) that go up; the others go down. */
const UP = /(?:增长|提高|增加)$/;

/** What a change's prefix says in English: 同比 (against the same period a year before), 环比 (the previous period), 年均. */
const PREFIX_EN: Readonly<Record<string, string>> = { 同比: ' year on year', 环比: ' on the previous period', 年均: ' a year on average' };

/** A change's direction and comparison in English: 同比增长 → up, year on year. */
function changeEn(change: string): { direction: string; comparison: string } {
  const prefix = /^(?:同比|环比|年均)/.exec(change)?.[0] ?? '';
  return { direction: UP.test(change) ? 'up' : 'down', comparison: PREFIX_EN[prefix] ?? '' };
}

/**
 * What a quantity is about, without its figure: the metric and its change (a table's first column).
 * @example quantityLabel({ metric: '营业收入', change: '同比增长' }, 'en') // '营业收入 up year on year'
 */
export function quantityLabel(q: Pick<QuantityParts, 'metric' | 'change'>, lang: Lang): string {
  if (!q.change) return q.metric ?? '';
  if (lang === 'zh') return [q.metric, q.change].filter(Boolean).join(' ');
  const { direction, comparison } = changeEn(q.change);
  return [q.metric, `${direction}${comparison}`].filter(Boolean).join(' ');
}

/**
 * A quantity as a label: metric, change and figure, so a change never reads as a level.
 * Chinese writes the change as the extractor normalized it; English says up or down and the comparison.
 * @example quantityText({ metric: '产值', change: '增长', value: 19.3, unit: '%' }, 'zh') // '产值 增长 19.3%'
 * @example quantityText({ metric: '营业收入', change: '同比增长', value: 9, unit: '%' }, 'en') // '营业收入 up 9% year on year'
 */
export function quantityText(q: QuantityParts, lang: Lang): string {
  const figure = figureText(q);
  if (!q.change || lang === 'zh') return [quantityLabel(q, lang), figure].filter(Boolean).join(' ');
  const { direction, comparison } = changeEn(q.change);
  return [q.metric, direction, `${figure}${comparison}`].filter(Boolean).join(' ');
}
