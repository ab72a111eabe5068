/**
 * Months for the attention chart: the API lists only months that have documents, so a category
 * axis would draw 2008-11 and 2023-03 side by side. Every month between the first and the last is
 * filled in with zero, so the distance between points is time.
 */

/** Documents in one month (`YYYY-MM`). */
export interface MonthPoint {
  readonly month: string;
  readonly documents: number;
}

/** More months than this are drawn as given (a stray date centuries off must not make a huge axis). */
const MAX_MONTHS = 1200;

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Every month from the first to the last point, zero where the input has none; input in ascending order.
 * Malformed months leave the input as given.
 * @example fillMonths([{month: '2024-11', documents: 2}, {month: '2025-01', documents: 1}]) // 2024-11: 2, 2024-12: 0, 2025-01: 1
 */
export function fillMonths(points: readonly MonthPoint[]): MonthPoint[] {
  if (points.length < 2) return [...points];
  const index = (m: string) => {
    const x = MONTH.exec(m);
    return x ? Number(x[1]) * 12 + Number(x[2]) - 1 : null;
  };
  const first = index(points[0].month);
  const last = index(points[points.length - 1].month);
  if (first === null || last === null || last < first || last - first >= MAX_MONTHS) return [...points];
  const byMonth = new Map(points.map((p) => [p.month, p.documents]));
  const out: MonthPoint[] = [];
  for (let i = first; i <= last; i++) {
    const month = `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
    out.push({ month, documents: byMonth.get(month) ?? 0 });
  }
  return out;
}
