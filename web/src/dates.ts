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

/** An ISO 8601 instant with a time (`2024-07-20T23:30:00.000Z`), as the API gives `published`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Calendar day of an instant in China Standard Time (IANA Asia/Shanghai, where the stories are written). */
const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day a document was published, as its readers saw it: `published` is an instant (stored in UTC),
 * so it is read in China time (07:30 on 21 July in Zhuzhou is 23:30 UTC on the 20th); without it the
 * story's own dateline (`2024-07-20`, `--07-20`) is shown as written.
 * @example formatPublished('2024-07-20T23:30:00.000Z', null, 'zh') // '2024年7月21日'
 */
export function formatPublished(published: string | null | undefined, dateline: string | null | undefined, lang: Lang): string {
  if (published && INSTANT.test(published)) {
    const t = Date.parse(published);
    if (!Number.isNaN(t)) return formatDate(CHINA_DAY.format(t), lang);
  }
  return formatDate(published || dateline, lang);
}
