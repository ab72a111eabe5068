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
