/**
 * The HTTP app (Hono): JSON API under /api, the map geometry under /geo, the built UI for the rest.
 * Inputs are validated with zod (params.ts); every error is `{error, message}` with a 4xx, or a logged 500.
 * The only write route, POST /api/ingest, needs `Authorization: Bearer <token>`.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/index.ts';
import * as Q from '../store/queries/index.ts';
import { industryChain } from './chain.ts';
import { instrumentNames } from './instrument-names.ts';
import { HttpError } from './errors.ts';
import { toCsv, toJsonl } from './export.ts';
import { acceptsGzip, GzipCache } from './gzip-cache.ts';
import { IngestJobs } from './ingest-jobs.ts';
import { OPENAPI } from './openapi.ts';
import * as P from './params.ts';
import { geoFile, uiFile, type StaticFile } from './static.ts';

/** Options of `createApp`. */
export interface AppOptions {
  readonly store: Store;
  /** Bearer token for write routes. */
  readonly token: string;
  /** Built UI folder (web/dist); no UI when absent. */
  readonly uiDir?: string;
  /** Map geometry folder (data/geo). */
  readonly geoDir?: string;
  /** Largest upload request, bytes (default 64 MiB). */
  readonly maxUploadBytes?: number;
  /** Worker threads for uploads (default 1). */
  readonly ingestWorkers?: number;
  /** Log 500s here (default console.error). */
  readonly log?: (msg: string) => void;
}

const DEFAULTS = Object.freeze({ maxUploadBytes: 64 * 2 ** 20, ingestWorkers: 1 });

/** Content-Security-Policy of every response: our own scripts only, nothing inline. */
const CSP = {
  defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"],
};

type Format = 'json' | 'csv' | 'jsonl';

/** Answer a list in the requested format; `rows` is what CSV/JSONL export. */
function list(c: Context, format: Format, rows: readonly Record<string, unknown>[], json: unknown, name: string): Response {
  if (format === 'csv') {
    return c.body(toCsv(rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
  }
  if (format === 'jsonl') {
    return c.body(toJsonl(rows), 200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'content-disposition': `attachment; filename="${name}.jsonl"` });
  }
  return c.json(json);
}

/** Send a static file, gzipped (once per file, see gzip-cache.ts) when the client takes it. */
function sendFile(c: Context, f: StaticFile, gzip: GzipCache, key: string): Response {
  const headers: Record<string, string> = {
    'content-type': f.type, 'cache-control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache', vary: 'accept-encoding',
  };
  const gz = acceptsGzip(c.req.header('accept-encoding')) ? gzip.get(key, f.body, f.type) : null;
  if (gz) headers['content-encoding'] = 'gzip';
  return c.body((gz ?? f.body) as Uint8Array<ArrayBuffer>, 200, headers);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Build the app.
 * @example const app = createApp({ store, token: 'secret' }); await app.request('/api/health')
 */
export function createApp(options: AppOptions): Hono {
  const opts = { ...DEFAULTS, ...options };
  const { store } = opts;
  const db = store.db;
  const jobs = new IngestJobs(store, opts.ingestWorkers);
  const log = opts.log ?? ((m: string) => console.error(m));
  const app = new Hono();
  const gzip = new GzipCache();

  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.code, message: err.message }, err.status);
    log(`500 ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? String(err)}`);
    return c.json({ error: 'internal', message: 'internal server error' }, 500);
  });

  app.get('/api/health', async (c) => {
    const { rows } = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM documents');
    return c.json({ status: 'ok', documents: Q.num(rows[0].n) });
  });
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));

  app.get('/api/search', async (c) => {
    const p = P.parse(P.searchSchema, c.req.query());
    const [r, filters] = await Promise.all([Q.search(db, p.q, p, p), Q.filterNames(db, p)]);
    const rows = r.hits.map(({ snippetParts, snippet, ...h }) => ({ ...h, snippet: snippetParts.map((x) => x.text).join('') }));
    return list(c, p.format, rows, { ...r, filters }, 'search');
  });

  app.get('/api/documents', async (c) => {
    const p = P.parse(P.documentsSchema, c.req.query());
    const [r, filters] = await Promise.all([Q.listDocuments(db, p, p), Q.filterNames(db, p)]);
    return list(c, p.format, r.items as unknown as Record<string, unknown>[], { ...r, filters }, 'documents');
  });
  app.get('/api/documents/:id', async (c) => {
    const id = P.parse(P.docParam, c.req.param('id'));
    const d = await Q.getDocument(db, id);
    if (!d) throw new HttpError(404, 'not-found', `no document ${id}`);
    return c.json(d);
  });

  app.get('/api/map', async (c) => {
    const p = P.parse(P.mapSchema, c.req.query());
    if (p.level === 'city' && !p.province) throw new HttpError(400, 'bad-request', 'province: required when level=city');
    const areas = await Q.mapAreas(db, p);
    return list(c, p.format, areas as unknown as Record<string, unknown>[], { level: p.level, province: p.province ?? null, industry: p.industry ?? null, areas }, 'map');
  });

  app.get('/api/regions', async (c) => c.json({ items: await Q.regionTree(db) }));
  app.get('/api/regions/:code', async (c) => {
    const code = P.parse(P.regionParam, c.req.param('code'));
    const r = await Q.regionDetail(db, code);
    if (!r) throw new HttpError(404, 'not-found', `no region ${code}`);
    return c.json(r);
  });

  app.get('/api/industries', async (c) => {
    const { format } = P.parse(P.timelineSchema.pick({ format: true }), c.req.query());
    const items = await Q.industryList(db);
    return list(c, format, items as unknown as Record<string, unknown>[], { items, total: items.length }, 'industries');
  });
  app.get('/api/industries/:id', async (c) => {
    const id = P.parse(P.industryParam, c.req.param('id'));
    const r = await Q.industryDetail(db, id);
    if (!r) throw new HttpError(404, 'not-found', `no industry ${id}`);
    return c.json(r);
  });

  app.get('/api/entities/:id', async (c) => {
    const id = P.parse(P.entityParam, c.req.param('id'));
    const r = await Q.entityDetail(db, id);
    if (!r) throw new HttpError(404, 'not-found', `no entity ${id}`);
    return c.json(r);
  });

  app.get('/api/clusters', async (c) => {
    const p = P.parse(P.clustersSchema, c.req.query());
    const r = await Q.listClusters(db, p);
    return list(c, p.format, r.items as unknown as Record<string, unknown>[], r, 'clusters');
  });
  const cluster = async (c: Context) => {
    const p = P.parse(P.clusterSchema, { region: c.req.param('region'), industry: c.req.param('industry') });
    const r = await Q.clusterDetail(db, p.region, p.industry);
    if (!r) throw new HttpError(404, 'not-found', `no region ${p.region}`);
    // An industry the taxonomy lacks and no document names is a typo, not an empty cluster.
    if (r.industry && r.industry.name === null && r.documents === 0) throw new HttpError(404, 'not-found', `no industry ${r.industry.id}`);
    return c.json({ ...r, directives: r.directives.map((g) => ({ ...g, ...instrumentNames(g.category) })) });
  };
  app.get('/api/clusters/:region', cluster);
  app.get('/api/clusters/:region/:industry', cluster);

  app.get('/api/chain', async (c) => {
    const p = P.parse(P.chainSchema, c.req.query());
    const r = await industryChain(db, p.industry, p.region);
    if (!r) throw new HttpError(404, 'not-found', `no industry ${p.industry}`);
    return c.json(r);
  });

  app.get('/api/timeline', async (c) => {
    const p = P.parse(P.timelineSchema, c.req.query());
    const t = await Q.timeline(db, p);
    return list(c, p.format, t.points as unknown as Record<string, unknown>[], t, 'timeline');
  });

  app.post(
    '/api/ingest',
    async (c, next) => {
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      if (!m || !sameToken(m[1], opts.token)) throw new HttpError(401, 'unauthorized', 'a valid `Authorization: Bearer <token>` is required');
      await next();
    },
    bodyLimit({
      maxSize: opts.maxUploadBytes,
      onError: () => {
        throw new HttpError(413, 'too-large', `upload larger than ${opts.maxUploadBytes} bytes`);
      },
    }),
    async (c) => {
      const body = await c.req.parseBody({ all: true }).catch(() => {
        throw new HttpError(400, 'bad-request', 'expected multipart/form-data with field `files`');
      });
      const raw = body.files ?? body.file;
      const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
      if (!list.length) throw new HttpError(400, 'bad-request', 'files: at least one file is required');
      if (list.length > 500) throw new HttpError(400, 'bad-request', 'files: at most 500 files per upload');
      const files = await Promise.all(list.map(async (f) => ({ name: f.name || 'upload.txt', data: new Uint8Array(await f.arrayBuffer()) })));
      const { job } = await jobs.start(files);
      return c.json(job, 202);
    },
  );
  app.get('/api/ingest/:id', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job) throw new HttpError(404, 'not-found', 'no such upload job');
    return c.json(job);
  });
  app.all('/api/*', () => {
    throw new HttpError(404, 'not-found', 'no such API route');
  });

  app.get('/geo/:file', async (c) => {
    const f = opts.geoDir ? await geoFile(opts.geoDir, c.req.param('file')) : null;
    if (!f) throw new HttpError(404, 'not-found', 'no such map');
    return sendFile(c, f, gzip, `geo:${c.req.param('file')}`);
  });
  app.get('*', async (c) => {
    const f = opts.uiDir ? await uiFile(opts.uiDir, c.req.path) : null;
    if (!f) return c.text('Not found', 404);
    // A path with an extension is a file of its own (assets have content-hashed names); any other is index.html.
    return sendFile(c, f, gzip, /\.[^/]+$/.test(c.req.path) ? `ui:${c.req.path}` : 'ui:index.html');
  });
  return app;
}

/** Exposed for tests: the job registry type. */
export type { IngestJobs };
