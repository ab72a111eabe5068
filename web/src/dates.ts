/**
 * Display of the dates facts carry: ISO 8601 `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD` when
 * the article gives a day without a year (ISO 8601:2000 reduced precision, as the schema writes it).
 */
import type { Lang } from './i18n.ts';

/** `--MM-DD`: month and day, year unknown. */
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
const WITH_YEAR = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/**
 * A fact date for people: 中文 `2024年7月7日` / `7月7日`, English `2024-07-07` / `Jul 7`.
 * Anything else is returned as given; null or empty gives `—`.
 * @example formatDate('--07-07', 'zh') // '7月7日'
 */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '—';
  const noYear = NO_YEAR.exec(date);
  if (noYear) {
    const [m, d] = [Number(noYear[1]), Number(noYear[2])];
    if (lang === 'zh') return `${m}月${d}日`;
    return `${new Date(Date.UTC(2000, m - 1, d)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${d}`;
  }
  const full = WITH_YEAR.exec(date);
  if (!full || lang !== 'zh') return full ? full[0] : date;
  const [, y, m, d] = full;
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
