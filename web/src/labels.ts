/**
 * Labels for things the API may return without a name. Industry names come from the taxonomy in
 * data/industries; before it is loaded (or for an id it lacks) the id is shown with a marker, so a
 * missing name reads as missing rather than as a name.
 */
import type { Key, Lang } from './i18n.ts';

/**
 * The display name of an industry: its taxonomy name, else `id（未收录）` / `id (no name)`.
 * @example industryLabel(null, 'battery', t) // 'battery（未收录）'
 */
export function industryLabel(name: string | null | undefined, id: string, t: (key: Key) => string): string {
  return name ? name : `${id}${t('unnamedIndustry')}`;
}

/**
 * The name to show in the chosen language: the English name (its first letter capitalised: taxonomy terms are
 * written in lower case, as in running text) when English is chosen and there is one, else the Chinese name.
 * @example displayName('工程机械', 'construction machinery', 'en') // 'Construction machinery'
 */
export function displayName(zh: string, en: string | null | undefined, lang: Lang): string {
  return lang === 'en' && en ? en[0].toUpperCase() + en.slice(1) : zh;
}
