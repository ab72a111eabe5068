/** The OpenAPI 3.1 description of the API, served at `/api/openapi.json`. Hand-written: one entry per route. */

const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 20 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
  { name: 'format', in: 'query', description: 'json (default), csv or jsonl', schema: { type: 'string', enum: ['json', 'csv', 'jsonl'] } },
];
const filters = [
  { name: 'region', in: 'query', description: 'GB/T 2260 code; matches everything under it', schema: { type: 'string', pattern: '^\\d{6}$' } },
  { name: 'industry', in: 'query', schema: { type: 'string' } },
  { name: 'entityKind', in: 'query', description: 'organization kind: company, park, platform, project ...', schema: { type: 'string' } },
  { name: 'outlet', in: 'query', schema: { type: 'string' } },
  { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
  { name: 'undated', in: 'query', description: 'true: only documents without a date (those the timeline counts as undated)', schema: { type: 'string', enum: ['true', '1'] } },
];
const path = (name: string, pattern?: string) => ({ name, in: 'path', required: true, schema: { type: 'string', ...(pattern ? { pattern } : {}) } });
const ok = (description: string) => ({
  200: { description, content: { 'application/json': { schema: { type: 'object' } } } },
  400: { $ref: '#/components/responses/Error' },
});
const get = (summary: string, parameters: unknown[], description = summary) => ({ get: { summary, parameters, responses: ok(description) } });

/** The document. */
export const OPENAPI = Object.freeze({
  openapi: '3.1.0',
  info: { title: 'Cluster Atlas API', version: '1', description: 'Industrial clusters of China from regional news, every fact traced to its source span. Every region or industry name field `x` (name, regionName, industryName, facet label) has an English twin `xEn` (nameEn …): regions romanized from their GB/T 2260 names, industries from the taxonomy; null when unknown.' },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
    },
    responses: { Error: { description: 'Bad request', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
  },
  paths: {
    '/api/health': get('Liveness and document count', []),
    '/api/search': get('Full-text search with facets and highlighted snippets',
      [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }, ...filters, ...page],
      '{hits, total, facets, limit, offset, mode, terms, filters: {region, industry} with their names}'),
    '/api/documents': get('Documents, newest first', [...filters, ...page], '{items, total, limit, offset, filters: {region, industry} with their names}'),
    '/api/documents/{id}': get('One document: original, clean, removals with reasons, mentions, facts', [path('id', '^[0-9a-f]{64}$')]),
    '/api/map': get('Per-area documents, enterprises, facts and top industries', [
      { name: 'level', in: 'query', schema: { type: 'string', enum: ['province', 'city'] } },
      { name: 'province', in: 'query', description: 'required for level=city', schema: { type: 'string' } },
      { name: 'industry', in: 'query', schema: { type: 'string' } },
      page[2],
    ], '{level, areas}'),
    '/api/regions': get('Province → city tree with document counts', []),
    '/api/regions/{code}': get('One region: children, industries, leaders, events', [path('code', '^\\d{6}$')]),
    '/api/industries': get('The industry taxonomy with document counts', [page[2]]),
    '/api/industries/{id}': get('One industry with regions ranked', [path('id')]),
    '/api/entities/{id}': get('One person or organization with all its mentions', [path('id', '^\\d+$')]),
    '/api/clusters': get('Clusters (region × industry) ranked by documents', [filters[0], filters[1], ...page], '{items, total, limit, offset}'),
    '/api/clusters/{region}': get('Everything about a region, as a cluster without an industry', [path('region', '^\\d{6}$')]),
    '/api/clusters/{region}/{industry}': get(
      'One cluster: latest figures with sources, conflicts, organizations, officials, events, directives, sources',
      [path('region', '^\\d{6}$'), path('industry')],
    ),
    '/api/chain': get('An industry\'s chain (upstream, midstream, downstream, component, service members from the taxonomy) with documents per member in a region; members without documents are gaps', [
      { name: 'industry', in: 'query', required: true, schema: { type: 'string' } }, { name: 'region', in: 'query', schema: { type: 'string', pattern: '^\\d{6}$' } },
    ], '{head, focus, region, members}'),
    '/api/timeline': get('Documents per month', [...filters, page[2]], '{points, undated}: undated counts the documents without a date, left out of points'),
    '/api/ingest': {
      post: {
        summary: 'Upload files to ingest (multipart field `files`)', security: [{ bearer: [] }],
        requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } } } },
        responses: { 202: { description: '{id, status, files, progress}' }, 401: { $ref: '#/components/responses/Error' }, 413: { $ref: '#/components/responses/Error' } },
      },
    },
    '/api/ingest/{id}': get('Progress and per-file outcome of an upload', [path('id')]),
  },
});
