/**
 * English names for what the API labels: industries from the taxonomy's `name_en` column (data/industries),
 * regions romanized from their GB/T 2260 names (./romanize.ts). Each name field `x` of an API answer has its
 * English twin `xEn` (`name` → `nameEn`, `regionName` → `regionNameEn`); null when there is none (an industry id
 * the taxonomy lacks).
 */
import { taxonomy } from '../../extract/industries/taxonomy.ts';
import type { Db } from '../db.ts';
import { industryNames, regionNames } from './common.ts';
import { regionNameEn } from './romanize.ts';

const regions = new Map<string, string | null>();

/**
 * The English name of a region from its Chinese name (memoized: the map asks for the same few hundred names).
 * @example regionEn('长沙市') // 'Changsha'
 */
export function regionEn(name: string | null | undefined): string | null {
  if (!name) return null;
  let en = regions.get(name);
  if (en === undefined) {
    en = regionNameEn(name);
    regions.set(name, en);
  }
  return en;
}

/**
 * The English name of an industry by taxonomy id, or null for an id the taxonomy lacks.
 * @example industryEn('construction-machinery') // 'construction machinery'
 */
export function industryEn(id: string | null | undefined): string | null {
  return (id && taxonomy().byId.get(id)?.nameEn) || null;
}

/** The names of the region and industry a list is filtered by, for its filter chips. */
export interface FilterNames {
  readonly region: { readonly code: string; readonly name: string | null; readonly nameEn: string | null } | null;
  readonly industry: { readonly id: string; readonly name: string | null; readonly nameEn: string | null } | null;
}

/**
 * Names of the filters `region` and `industry` (null when a filter is absent; a name null when unknown).
 * @example await filterNames(db, { region: '430100' }) // { region: { code: '430100', name: '长沙市', nameEn: 'Changsha' }, industry: null }
 */
export async function filterNames(db: Db, f: { readonly region?: string; readonly industry?: string }): Promise<FilterNames> {
  const [regions, industries] = await Promise.all([
    regionNames(db, f.region ? [f.region] : []), industryNames(db, f.industry ? [f.industry] : []),
  ]);
  const rname = f.region ? regions.get(f.region) ?? null : null;
  return {
    region: f.region ? { code: f.region, name: rname, nameEn: regionEn(rname) } : null,
    industry: f.industry ? { id: f.industry, name: industries.get(f.industry) ?? null, nameEn: industryEn(f.industry) } : null,
  };
}
