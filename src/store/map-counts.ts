/**
 * The map's counters (`ui_map_counts`, `ui_area_entities`, migration 002) as the deltas of one write batch,
 * counted in JavaScript from the rows the batch inserts. Until migration 008 statement triggers on
 * `doc_regions`, `doc_industries` and `facts` kept them, re-reading each statement's new rows and joining
 * `doc_industries` for every fact (~0.3 ms of main-thread CPU per extracted document in PGlite); the
 * writer knows every one of those rows already. The counts are the triggers' own:
 *
 * - documents of (home code, '') — one per `doc_regions` row with `home`;
 * - documents of (home code, industry) — one per `doc_industries` row × home `doc_regions` row of its document;
 * - facts of (region, '') — one per fact with a region; facts of (region, industry) — × its document's industries;
 * - area entities (region, '' and each industry of the document, entity) — organization facts of a company
 *   (`data.kind = 'company'`) with an entity id and a region.
 */

/** One new document as its rows count on the map. */
export interface MapDocument {
  /** The codes of its `doc_regions` rows marked home (each once). */
  readonly homeCodes: readonly string[];
  /** The industries of its `doc_industries` rows (each once). */
  readonly industries: readonly string[];
  /** Its `facts` rows: region code (null: not counted), entity id, whether it is an organization fact of a company. */
  readonly facts: readonly MapFact[];
}

/** What the counters read of a `facts` row. */
export interface MapFact {
  readonly region: string | null;
  readonly entity: number | null;
  readonly company: boolean;
}

/** The batch's counter rows: column arrays for the two upserts, sorted by key. */
export interface MapDeltas {
  /** `ui_map_counts` deltas: code, industry ('' for all), documents, facts. */
  readonly counts: { readonly code: string[]; readonly industry: string[]; readonly documents: number[]; readonly facts: number[] };
  /** `ui_area_entities` rows: code, industry, entity id (each once). */
  readonly areaEntities: { readonly code: string[]; readonly industry: string[]; readonly entity: number[] };
}

const SEP = '\u0000';

/**
 * Count a batch of new documents into counter deltas.
 * @example mapDeltas([{ homeCodes: ['430100'], industries: ['a'], facts: [] }]).counts
 * // { code: ['430100', '430100'], industry: ['', 'a'], documents: [1, 1], facts: [0, 0] }
 */
export function mapDeltas(docs: readonly MapDocument[]): MapDeltas {
  const counts = new Map<string, { documents: number; facts: number }>();
  const bump = (code: string, industry: string, documents: number, facts: number) => {
    const k = code + SEP + industry;
    const c = counts.get(k);
    if (c) {
      c.documents += documents;
      c.facts += facts;
    } else counts.set(k, { documents, facts });
  };
  const areas = new Set<string>();
  for (const d of docs) {
    for (const code of d.homeCodes) {
      bump(code, '', 1, 0);
      for (const industry of d.industries) bump(code, industry, 1, 0);
    }
    // A document's facts by region, and its companies by region, before they meet its industries.
    const facts = new Map<string, number>();
    const companies = new Set<string>();
    for (const f of d.facts) {
      if (f.region === null) continue;
      facts.set(f.region, (facts.get(f.region) ?? 0) + 1);
      if (f.company && f.entity !== null) companies.add(f.region + SEP + f.entity);
    }
    for (const [region, n] of facts) {
      bump(region, '', 0, n);
      for (const industry of d.industries) bump(region, industry, 0, n);
    }
    for (const k of companies) {
      const [region, entity] = k.split(SEP) as [string, string];
      areas.add(region + SEP + SEP + entity);
      for (const industry of d.industries) areas.add(region + SEP + industry + SEP + entity);
    }
  }
  const out: MapDeltas = { counts: { code: [], industry: [], documents: [], facts: [] }, areaEntities: { code: [], industry: [], entity: [] } };
  // Sorted, so concurrent writers on a PostgreSQL server take the rows' locks in one order.
  for (const k of [...counts.keys()].sort()) {
    const [code, industry] = k.split(SEP) as [string, string];
    const c = counts.get(k)!;
    out.counts.code.push(code);
    out.counts.industry.push(industry);
    out.counts.documents.push(c.documents);
    out.counts.facts.push(c.facts);
  }
  for (const k of [...areas].sort()) {
    const [code, industry, entity] = k.split(SEP) as [string, string, string];
    out.areaEntities.code.push(code);
    out.areaEntities.industry.push(industry);
    out.areaEntities.entity.push(Number(entity));
  }
  return out;
}

/** Add the deltas to `ui_map_counts` (one row per code × industry of the batch). */
export const UPSERT_MAP_COUNTS = `
INSERT INTO ui_map_counts (code, industry_id, documents, facts)
SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])
ON CONFLICT (code, industry_id) DO UPDATE SET documents = ui_map_counts.documents + EXCLUDED.documents,
  facts = ui_map_counts.facts + EXCLUDED.facts`;

/** Record the batch's companies per area (`ui_area_entities`, distinct rows). */
export const INSERT_AREA_ENTITIES = `
INSERT INTO ui_area_entities (code, industry_id, entity_id)
SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
ON CONFLICT DO NOTHING`;
