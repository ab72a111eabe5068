/**
 * The industry taxonomy (`data/industries/taxonomy.tsv`, see its SOURCE.md): each industry with its
 * canonical name, synonyms, parent, chain role and GB/T 4754-2017 codes. Loaded once per process.
 */
import { readFileSync } from 'node:fs';

/** One industry of the taxonomy. */
export interface Industry {
  readonly id: string;
  readonly name: string;
  /** The English industry term (`name_en`), lower case as in running text: 工程机械 → construction machinery. */
  readonly nameEn: string;
  readonly parent: string | null;
  /** sector | industry | upstream | midstream | downstream | component | service */
  readonly chainRole: string;
  readonly synonyms: readonly string[];
  readonly gbt4754: readonly string[];
}

const FILE = new URL('../../../data/industries/taxonomy.tsv', import.meta.url);

/** Columns every taxonomy must have, each row a value in each. */
const REQUIRED = ['id', 'name', 'name_en'] as const;

/**
 * Parse the TSV text (comment lines start with `#`; the first other line is the header).
 * @throws when the header lacks `id`, `name` or `name_en`, or a row leaves one of them empty
 */
export function parseTaxonomy(text: string): Industry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const cols = (lines.shift() ?? '').split('\t');
  const at = (name: string) => cols.indexOf(name);
  for (const col of REQUIRED) if (at(col) < 0) throw new Error(`Expected a taxonomy column ${col}, got ${cols.join(', ')}`);
  const list = (s: string | undefined, sep: string) => (s ? s.split(sep).map((x) => x.trim()).filter(Boolean) : []);
  return lines.map((l) => {
    const c = l.split('\t');
    for (const col of REQUIRED) if (!c[at(col)]?.trim()) throw new Error(`Expected a ${col} in taxonomy row ${c[0]}, got none`);
    return {
      id: c[at('id')]!,
      name: c[at('name')]!,
      nameEn: c[at('name_en')]!.trim(),
      parent: c[at('parent')] || null,
      chainRole: c[at('chain_role')] || 'industry',
      synonyms: list(c[at('synonyms')], ';'),
      gbt4754: list(c[at('gbt4754')], ','),
    };
  });
}

let cached: { readonly list: readonly Industry[]; readonly byId: ReadonlyMap<string, Industry> } | undefined;

/** The taxonomy, loaded on first use. */
export function taxonomy(): { readonly list: readonly Industry[]; readonly byId: ReadonlyMap<string, Industry> } {
  if (!cached) {
    const list = parseTaxonomy(readFileSync(FILE, 'utf8'));
    cached = { list, byId: new Map(list.map((i) => [i.id, i])) };
  }
  return cached;
}

const BLOCKED = new URL('../../../data/industries/not-industries.txt', import.meta.url);

/** Compounds that contain an industry word but are no industry mention (`data/industries/not-industries.txt`). */
export function notIndustries(): readonly string[] {
  return readFileSync(BLOCKED, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
