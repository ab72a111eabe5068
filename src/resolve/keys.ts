/**
 * resolve/: cross-document entities. Two documents name the same organization when their
 * normalized names agree (a short name with a known `canonical` joins its canonical entity);
 * they name the same person when name and region agree.
 */
import type { Analysis, OrganizationFact, PersonFact, RegionFact } from '../analysis/schema.ts';

/** Characters that do not distinguish organization names: spaces, middle dots, quotes, brackets. */
const ORG_NOISE = /[\s·•・"'“”‘’「」『』《》〈〉()（）\[\]【】]/gu;

/** Normalize an organization name for matching: NFKC (full-width → half-width), noise removed, lower case. */
export function organizationKey(name: string): string {
  return name.normalize('NFKC').replace(ORG_NOISE, '').toLowerCase();
}

/**
 * The region a document is about: among its home regions the most specific level
 * (county, then city, then province), ties by count then code. Null when none.
 */
export function homeRegion(regions: readonly RegionFact[]): string | null {
  const rank = { county: 0, city: 1, province: 2 } as const;
  const homes = regions.filter((r) => r.home);
  homes.sort((a, b) => rank[a.level] - rank[b.level] || b.count - a.count || a.code.localeCompare(b.code));
  return homes[0]?.code ?? null;
}

/**
 * A person's key: `name@region`, the region being the one the person serves when the
 * extractor knows it, else the document's home region (empty when neither is known).
 */
export function personKey(name: string, region: string | null): string {
  return `${name.normalize('NFKC').replace(/\s+/g, '')}@${region ?? ''}`;
}

/** An entity as resolved from one document, before it has a database id. */
export interface EntityDraft {
  readonly type: 'person' | 'organization';
  readonly key: string;
  readonly name: string;
  readonly kind: string | null;
  readonly region: string | null;
  readonly aliases: readonly string[];
}

/** The entity drafts of one organization fact. */
export function organizationEntity(o: OrganizationFact): EntityDraft {
  const canonical = o.canonical ?? o.name;
  const aliases = new Set<string>(o.aliases ?? []);
  if (o.name !== canonical) aliases.add(o.name);
  aliases.delete(canonical);
  return {
    type: 'organization',
    key: organizationKey(canonical),
    name: canonical,
    kind: o.kind,
    region: o.region ?? null,
    aliases: [...aliases].sort(),
  };
}

/** The entity draft of one person fact, given the document's home region. */
export function personEntity(p: PersonFact, home: string | null): EntityDraft {
  const region = p.region ?? home;
  return { type: 'person', key: personKey(p.name, region), name: p.name, kind: p.role, region, aliases: [] };
}

/** Every entity a document names, organizations then people, one draft per key. */
export function documentEntities(a: Pick<Analysis, 'organizations' | 'people' | 'regions'>): EntityDraft[] {
  const home = homeRegion(a.regions);
  const out = new Map<string, EntityDraft>();
  const add = (d: EntityDraft) => {
    const id = `${d.type}\u0000${d.key}`;
    const prev = out.get(id);
    if (!prev) out.set(id, d);
    else out.set(id, { ...prev, aliases: [...new Set([...prev.aliases, ...d.aliases])].sort() });
  };
  for (const o of a.organizations) add(organizationEntity(o));
  for (const p of a.people) add(personEntity(p, home));
  return [...out.values()];
}
