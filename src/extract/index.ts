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
 *
 * `extract` runs them on one document; `extractMany` runs each over a batch of documents before the
 * next (same results, less CPU: a stage's tables stay in cache).
 */
import type {
  DirectiveFact,
  DocMeta,
  EventFact,
  Extraction,
  IndustryFact,
  Mention,
  OrganizationFact,
  PersonFact,
  QuantityFact,
  RegionFact,
} from '../analysis/schema.ts';
import { createContext, type ExtractContext, type StageResult } from './types.ts';
import { attempt } from '../analysis/attempt.ts';
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

/** One document on its way through the stages: its context, what the stages found so far, the first error. */
interface Work {
  readonly ctx: ExtractContext;
  readonly found: { -readonly [K in keyof Found]: Found[K] };
  quantities: StageResult<QuantityFact>;
  events: StageResult<EventFact>;
  directives: StageResult<DirectiveFact>;
}

/** The stages in order; each reads the context and what earlier stages found, and records its own result. */
const STAGES: readonly ((w: Work) => void)[] = [
  // 1. regions
  ({ ctx, found }) => {
    found.regions = extractRegions(ctx, found);
  },
  // 2. organizations, then places written inside a company's name are dropped
  ({ ctx, found }) => {
    found.organizations = extractOrganizations(ctx, found);
    found.regions = dropRegionsInCompanies(found.regions, found.organizations.mentions);
  },
  // 3. people, then places inside a person's name and organizations named only inside a title are dropped
  ({ ctx, found }) => {
    found.people = extractPeople(ctx, found);
    found.regions = dropRegionsInNames(found.regions, found.people.mentions);
    found.organizations = dropTitleOrganizations(ctx.text, found.organizations, found.people.facts);
  },
  // 4. industries
  ({ ctx, found }) => {
    found.industries = extractIndustries(ctx, found);
  },
  // 5. quantities
  (w) => {
    w.quantities = extractQuantities(w.ctx, w.found);
  },
  // 6. events
  (w) => {
    w.events = extractEvents(w.ctx, w.found);
  },
  // 7. directives
  (w) => {
    w.directives = extractDirectives(w.ctx, w.found);
  },
];

/** A document before its first stage. */
function begin(text: string, meta: DocMeta): Work {
  return {
    ctx: createContext(text, meta),
    found: { regions: EMPTY, organizations: EMPTY, people: EMPTY, industries: EMPTY },
    quantities: EMPTY,
    events: EMPTY,
    directives: EMPTY,
  };
}

/** The Extraction of a document after its last stage: the facts, and every mention in text order. */
function finish({ found, quantities, events, directives }: Work): Extraction {
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

/** Extract every fact from a clean text. */
export function extract(text: string, meta: DocMeta): Extraction {
  const w = begin(text, meta);
  for (const stage of STAGES) stage(w);
  return finish(w);
}

/**
 * Extract every fact from several clean texts, stage by stage: each stage runs over every document
 * before the next one starts. Each result is what `extract` gives for that document, or the error
 * `extract` would have thrown (the document's later stages are skipped).
 *
 * Why: over short news documents (~360 characters) this costs about 30 % less CPU than `extract`
 * document by document (groups of 16 or more; BENCHMARKS.md, "Extraction speed, 2026-12-03 (X1)"): a
 * stage's code, patterns and tables stay in the CPU caches while it reads many documents, where running
 * all seven stages on each document evicts them.
 * @example extractMany([{ text: '湖北省十堰市…', meta }])[0] // same as extract('湖北省十堰市…', meta)
 */
export function extractMany(docs: readonly { readonly text: string; readonly meta: DocMeta }[]): (Extraction | Error)[] {
  const work: (Work | Error)[] = docs.map((d) => attempt(() => begin(d.text, d.meta)));
  for (const stage of STAGES) {
    for (let i = 0; i < work.length; i++) {
      const w = work[i]!;
      if (!(w instanceof Error)) work[i] = attempt(() => (stage(w), w));
    }
  }
  return work.map((w) => (w instanceof Error ? w : attempt(() => finish(w))));
}

