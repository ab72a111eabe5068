/**
 * Labels for things the API may return without a name. Industry names come from the taxonomy in
 * data/industries; before it is loaded (or for an id it lacks) the id is shown with a marker, so a
 * missing name reads as missing rather than as a name.
 */
import type { Key } from './i18n.ts';

/**
 * The display name of an industry: its taxonomy name, else `id（未收录）` / `id (no name)`.
 * @example industryLabel(null, 'battery', t) // 'battery（未收录）'
 */
export function industryLabel(name: string | null | undefined, id: string, t: (key: Key) => string): string {
  return name ? name : `${id}${t('unnamedIndustry')}`;
}
