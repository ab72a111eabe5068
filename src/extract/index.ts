/**
 * extract/: gazetteers + rules over the clean Simplified text → facts and mentions.
 *
 * Stages run in order; each reads the document context and what earlier stages found:
 *   1. regions        gazetteer (data/regions) + home region from dateline/outlet/title
 *   2. organizations  suffix rules + lexicons (companies, government, parks, platforms, projects, honors);
 *                     then places written inside a company's name (银河航天(北京)…有限公司) are dropped
 *   3. people         title chains, shared-title lists, roles; then organizations named only
 *                     inside a title (市工信局局长) are dropped
 *   4. industries     taxonomy (data/industries)
 *   5. quantities     numerals, units, qualifiers, metrics, scope
 *   6. events         event type, date, place, lead
 *   7. directives     speech verbs → clauses → policy-instrument categories
 */
import type {
  DocMeta,
  Extraction,
  IndustryFact,
  Mention,
  OrganizationFact,
  PersonFact,
  RegionFact,
} from '../analysis/schema.ts';
import { createContext, type StageResult } from './types.ts';
import { extractRegions } from './regions.ts';
import { extractOrganizations } from './organizations.ts';
import { extractPeople } from './people.ts';
import { extractIndustries } from './industries.ts';
import { extractQuantities } from './quantities.ts';
import { extractEvents } from './events.ts';
import { extractDirectives } from './directives.ts';
import { dropTitleOrganizations } from './organizations/in-titles.ts';
import { dropRegionsInCompanies, dropRegionsInNames } from './regions/in-companies.ts';

/** What earlier stages found, for the later ones. Each field is filled as its stage runs. */
export interface Found {
  readonly regions: StageResult<RegionFact>;
  readonly organizations: StageResult<OrganizationFact>;
  readonly people: StageResult<PersonFact>;
  readonly industries: StageResult<IndustryFact>;
}

const EMPTY = Object.freeze({ facts: [], mentions: [] });

/** Extract every fact from a clean text. */
export function extract(text: string, meta: DocMeta): Extraction {
  const ctx = createContext(text, meta);
  const found = { regions: EMPTY, organizations: EMPTY, people: EMPTY, industries: EMPTY } as {
    -readonly [K in keyof Found]: Found[K];
  };
  // 1. regions
  found.regions = extractRegions(ctx, found);
  // 2. organizations
  found.organizations = extractOrganizations(ctx, found);
  found.regions = dropRegionsInCompanies(found.regions, found.organizations.mentions);
  // 3. people
  found.people = extractPeople(ctx, found);
  found.regions = dropRegionsInNames(found.regions, found.people.mentions);
  found.organizations = dropTitleOrganizations(text, found.organizations, found.people.facts);
  // 4. industries
  found.industries = extractIndustries(ctx, found);
  // 5. quantities
  const quantities = extractQuantities(ctx, found);
  // 6. events
  const events = extractEvents(ctx, found);
  // 7. directives
  const directives = extractDirectives(ctx, found);

  const mentions: Mention[] = [
    ...found.regions.mentions,
    ...found.organizations.mentions,
    ...found.people.mentions,
    ...found.industries.mentions,
    ...quantities.mentions,
    ...events.mentions,
    ...directives.mentions,
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  return {
    regions: found.regions.facts,
    organizations: found.organizations.facts,
    people: found.people.facts,
    industries: found.industries.facts,
    quantities: quantities.facts,
    events: events.facts,
    directives: directives.facts,
    mentions,
  };
}
