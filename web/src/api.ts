/** Typed fetch helpers for the API. Every value from the API is data: it is rendered as text, never as HTML. */

/** An API error with its message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** GET a JSON API path. */
export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const res = await fetch(`${path}${qs.size ? `?${qs}` : ''}`);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, body.message ?? res.statusText);
  return body as T;
}

export interface DocRow { id: string; title: string | null; outlet: string | null; published: string | null; dateline: string | null; homeRegion: string | null; sourcePath: string }
export interface Fact { id: number; type: string; entityId: number | null; regionCode: string | null; industryId: string | null; data: Record<string, any>; start: number | null; end: number | null; date: string | null }
export interface Mention { type: string; kind: string | null; key: string | null; text: string; start: number; end: number; rule: string; entityId: number | null }
export interface Removal { start: number; end: number; reason: string; stage?: string; replacement?: string }
export interface DocDetail extends DocRow {
  sourceUrl: string | null; reporters: string[]; original: string; clean: string; removals: Removal[]; warnings: any[];
  mentions: Mention[]; facts: Fact[]; regions: { code: string; name: string | null; nameEn: string | null; count: number; home: boolean }[];
  industries: { id: string; name: string | null; nameEn: string | null; count: number }[];
}
export interface MapArea { code: string; name: string | null; nameEn: string | null; documents: number; enterprises: number; facts: number; topIndustries: { id: string; name: string | null; nameEn: string | null; documents: number }[] }
export interface Industry { id: string; name: string; nameEn: string | null; parent: string | null; documents: number }
export interface ClusterRow { region: string; regionName: string | null; regionNameEn: string | null; industry: string; industryName: string | null; industryNameEn: string | null; documents: number; latest: string | null }
export interface Figure { metric: string | null; change: string | null; value: number; valueMax: number | null; unit: string; qualifier: string | null; year: number | null; date: string | null; text: string; docId: string; docTitle: string | null; start: number; end: number }
export interface Org { entityId: number | null; name: string; kind: string; documents: number }
export interface Official { entityId: number | null; name: string; titles: string[]; documents: number }
export interface ClusterDetail {
  region: { code: string; name: string | null; nameEn: string | null }; industry: { id: string; name: string | null; nameEn: string | null } | null; documents: number;
  figures: Figure[]; conflicts: { metric: string; change: string | null; unit: string; year: number | null; figures: Figure[] }[];
  enterprises: Org[]; parks: Org[]; platforms: Org[]; projects: Org[]; officials: Official[];
  events: (Fact & { docId: string })[]; directives: { category: string; name: string | null; nameEn: string | null; description: string | null; items: (Fact & { docId: string })[] }[]; sources: DocRow[];
}
export interface IndustryChain {
  head: { id: string; name: string; nameEn: string | null; documents: number }; focus: string; region: string | null;
  members: { id: string; name: string; nameEn: string | null; role: string; documents: number }[];
}
export interface SnippetPart { text: string; mark: boolean }
export interface Facet { value: string; label: string | null; labelEn: string | null; count: number }
/** The names of the region and industry a list is filtered by. */
export interface FilterNames {
  region: { code: string; name: string | null; nameEn: string | null } | null;
  industry: { id: string; name: string | null; nameEn: string | null } | null;
}
export interface SearchResult {
  hits: (DocRow & { rank: number; snippetParts: SnippetPart[] })[]; total: number; totalExact: boolean; facetSample: number; limit: number; offset: number; mode: string;
  facets: { region: Facet[]; industry: Facet[]; outlet: Facet[]; entityKind: Facet[] }; filters: FilterNames;
}
/** A timeline: documents per month, and how many documents have no date to place them by. */
export interface TimelineData { points: { month: string; documents: number }[]; undated: number }
export interface RegionDetail {
  code: string; name: string; nameEn: string | null; level: string; parent: { code: string; name: string; nameEn: string | null } | null;
  children: { code: string; name: string; nameEn: string | null; level: string }[];
  /** Documents whose home region is here; `mentioning`: documents naming a place here (what its document list shows). */
  documents: number; mentioning: number; industries: { id: string; name: string | null; nameEn: string | null; documents: number }[]; leaders: Official[]; events: Fact[];
}
/** A node of the region tree (provinces with their cities). */
export interface RegionNode { code: string; name: string; nameEn: string | null; level: string; documents: number; children?: RegionNode[] }
export interface IndustryDetail extends Industry { children: Industry[]; regions: { code: string; name: string | null; nameEn: string | null; documents: number }[] }
export interface EntityDetail {
  id: number; type: string; kind: string | null; name: string; regionCode: string | null; regionName: string | null; regionNameEn: string | null; aliases: string[]; documents: number;
  titles: { title: string; docId: string; date: string | null }[];
  mentions: { docId: string; title: string | null; published: string | null; text: string; start: number; end: number; before: string; after: string }[];
}
