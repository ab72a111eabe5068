/**
 * Organization lexicons from `data/organizations/`: known companies with their short names, and
 * government departments with their standard abbreviations. Loaded once per process.
 */
import { readFileSync } from 'node:fs';

interface CompanyEntry {
  readonly name: string;
  readonly short: readonly string[];
}
interface GovernmentData {
  readonly abbreviations: readonly { readonly full: string; readonly short: readonly string[] }[];
  readonly national: readonly string[];
}

const DIR = new URL('../../../data/organizations/', import.meta.url);

/** A known company surface (full or short name) → its canonical full name. */
export interface Lexicons {
  readonly companies: ReadonlyMap<string, string>;
  /** Abbreviation → full department word (质监局 → 质量技术监督局), longest abbreviation first. */
  readonly abbreviations: readonly (readonly [string, string])[];
  readonly national: readonly string[];
}

let cached: Lexicons | undefined;

/** The lexicons, loaded on first use. */
export function lexicons(): Lexicons {
  if (cached) return cached;
  const c = JSON.parse(readFileSync(new URL('companies.json', DIR), 'utf8')) as { companies: CompanyEntry[] };
  const companies = new Map<string, string>();
  for (const e of c.companies) for (const s of [e.name, ...e.short]) companies.set(s, e.name);
  const g = JSON.parse(readFileSync(new URL('government.json', DIR), 'utf8')) as GovernmentData;
  const abbreviations = g.abbreviations
    .flatMap((a) => a.short.map((s) => [s, a.full] as const))
    .sort((a, b) => b[0].length - a[0].length);
  cached = { companies, abbreviations, national: g.national };
  return cached;
}

/** A government name with its abbreviations spelled out: 湖北省质监局 → 湖北省质量技术监督局. */
export function expandGovernment(name: string): string {
  for (const [short, full] of lexicons().abbreviations) {
    if (name.endsWith(short) && !name.endsWith(full)) return name.slice(0, name.length - short.length) + full;
  }
  return name;
}
