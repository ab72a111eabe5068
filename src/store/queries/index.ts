/**
 * store/queries: the read side for the HTTP API. The server runs no SQL of its own; every
 * query it needs is one function here over a `Db`.
 */
export * from './common.ts';
export { listDocuments, getDocument } from './documents.ts';
export type { DocumentRow, DocumentDetail, FactRow } from './documents.ts';
export { search, snippetParts, partsToHtml, escapeHtml } from './search.ts';
export type { SearchHit, SearchResult, Facet, SnippetPart } from './search.ts';
export { mapAreas } from './map.ts';
export type { MapArea, MapQuery } from './map.ts';
export { regionTree, regionDetail } from './regions.ts';
export type { RegionNode, RegionDetail } from './regions.ts';
export { industryList, industryDetail } from './industries.ts';
export type { IndustryRow, IndustryDetail } from './industries.ts';
export { entityDetail } from './entities.ts';
export type { EntityDetail } from './entities.ts';
export { listClusters, clusterDetail } from './clusters.ts';
export type { ClusterRow, ClusterDetail, Figure, ClusterOrg } from './clusters.ts';
export { timeline } from './timeline.ts';
export type { Timeline, TimelinePoint } from './timeline.ts';
export { ingestItems } from './ingest.ts';
export type { IngestItemRow } from './ingest.ts';
export { industryDocCounts } from './chain.ts';
export { filterNames, industryEn, regionEn } from './names-en.ts';
export type { FilterNames } from './names-en.ts';
