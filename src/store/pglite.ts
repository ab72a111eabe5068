/**
 * The embedded backend: PGlite (PostgreSQL compiled to WASM) persisted in a directory.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './db.ts';
import { pruneTemplates } from './template-prune.ts';

type Runner = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** PostgreSQL type oid of `json` (pg_type.dat). */
const JSON_OID = 114;

/**
 * Query options: a `json` parameter given as a string travels as its UTF-8 bytes in the binary format
 * (which for `json` is the text itself: PostgreSQL `json_recv`). PGlite's own text path counts the
 * UTF-8 length of a string in a JavaScript loop, twice, which was the largest JavaScript cost of a
 * batch write (a batch of 500 noisy documents is ~8 MB of JSON); `Buffer.from` does it natively and
 * writes lone surrogates as U+FFFD just as the text path's TextEncoder does.
 */
const QUERY_OPTIONS = Object.freeze({
  serializers: {
    [JSON_OID]: (v: unknown) =>
      typeof v === 'string' ? Buffer.from(v, 'utf8')
      : v instanceof Uint8Array ? v // already UTF-8 JSON text (src/store/write.ts `documentArrays`)
      : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)),
  },
});

function wrap(runner: Runner, root: PGlite | null): Db {
  return {
    dialect: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await runner.query<T>(sql, params as unknown[], QUERY_OPTIONS as never);
      return { rows: r.rows };
    },
    async exec(sql: string): Promise<void> {
      await runner.exec(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!root) throw new Error('Expected a top-level connection, got a nested transaction');
      return root.transaction((tx) => fn(wrap(tx, null)));
    },
    async close(): Promise<void> {
      if (root) await root.close();
    },
  };
}

/**
 * Server settings. `shared_buffers`: PostgreSQL's default 128 MB lives in PGlite's WebAssembly memory,
 * which never shrinks, so once a large ingest has touched every buffer the process keeps 128 MB for
 * them; 32 MB holds a local atlas's hot pages, and the operating system's file cache holds the rest.
 */
const PGLITE_OPTIONS = Object.freeze({
  startParams: [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, '-c', 'shared_buffers=32MB'],
});

/** What a new store's template holds beyond an empty cluster: the caller's schema and reference data. */
export interface PgliteTemplate {
  /** Names what `prepare` does (e.g. a hash of the migrations and reference files): a new key, a new template. */
  readonly key: string;
  /** Bring a new cluster up to date (migrations, reference data) before it is saved as the template. */
  readonly prepare: (db: Db) => Promise<void>;
}

/** Options of `openPglite`. */
export interface PgliteOptions {
  /** How a new store's template is prepared; without it the template is an empty cluster. */
  readonly template?: PgliteTemplate;
}

/**
 * Where the template of this PGlite version, these settings and this `key` is kept: a closed data
 * directory. PGlite's initdb starts a second PGlite and an initdb module (~5 s of CPU and ~900 MB peak
 * RSS), migrations and reference data take another second, and PGlite's own `loadDataDir` unpacks a
 * tar through memory (~190 MB more than opening a directory); so the template is made once per machine
 * and key, and every later new store starts as a plain file copy of it. `ATLAS_PGLITE_TEMPLATE=off`
 * disables it; another value names the folder the templates are kept in (default `$TMPDIR/cluster-atlas`).
 */
function templatePath(key: string): string | null {
  if (process.env.ATLAS_PGLITE_TEMPLATE === 'off') return null;
  // The package does not export its package.json: read it beside the resolved entry (dist/index.js).
  const manifest = fileURLToPath(new URL('../package.json', import.meta.resolve('@electric-sql/pglite')));
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(JSON.stringify([version, PGLITE_OPTIONS.startParams, key])).digest('hex').slice(0, 12);
  return join(process.env.ATLAS_PGLITE_TEMPLATE || join(tmpdir(), 'cluster-atlas'), `pglite-${version}-${hash}`);
}

/** A data directory PGlite has not initialized yet (missing or empty). */
function isNewDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** A saved template is a whole cluster: written under another name and renamed only once closed. */
function isTemplate(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION')) && existsSync(join(dir, 'global', 'pg_control'));
}

/** Open a new cluster in `dir` (initdb) and prepare it. */
async function initPrepared(dir: string, template: PgliteTemplate | undefined): Promise<PGlite> {
  const pg = new PGlite(dir, PGLITE_OPTIONS);
  await pg.waitReady;
  if (template) await template.prepare(wrap(pg, pg));
  return pg;
}

/** Make the template at `path` (initdb + prepare in a private folder, then an atomic rename). */
async function saveTemplate(path: string, template: PgliteTemplate | undefined): Promise<void> {
  mkdirSync(join(path, '..'), { recursive: true });
  const part = `${path}.${process.pid}.part`;
  rmSync(part, { recursive: true, force: true });
  try {
    const pg = await initPrepared(part, template);
    await pg.close();
    renameSync(part, path); // atomic: a reader sees the whole template or none
    pruneTemplates(join(path, '..'), path);
  } catch (err) {
    // Another process saved it first (the target exists), or the folder is not writable.
    if (!isTemplate(path)) throw err;
  } finally {
    rmSync(part, { recursive: true, force: true });
  }
}

/** Mark a template as used now, so pruning (newest first, see template-prune.ts) keeps the ones in use. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // a read-only templates folder still works; it is only pruned by age of creation
  }
}

/** Create a new store in `dir`: a copy of the template (made first if missing), else initdb + prepare. */
async function createPglite(dir: string, template: PgliteTemplate | undefined): Promise<PGlite> {
  const path = templatePath(template?.key ?? '');
  if (path) {
    try {
      if (!isTemplate(path)) await saveTemplate(path, template);
      cpSync(path, dir, { recursive: true });
      touch(path);
      const pg = new PGlite(dir, PGLITE_OPTIONS);
      await pg.waitReady;
      return pg;
    } catch {
      // An unusable template (another build, a damaged copy) or no writable temp folder: drop it, run initdb here.
      if (existsSync(path)) rmSync(path, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }
  return initPrepared(dir, template);
}

/**
 * Open (or create) a PGlite database; a new one starts as a copy of the template (see `templatePath`).
 * @param dir data directory; `null` for an in-memory database
 * @param options `template`: what a new store is prepared with (migrations, reference data)
 * @returns a Db on it
 */
export async function openPglite(dir: string | null, options: PgliteOptions = {}): Promise<Db> {
  if (!dir) {
    const mem = new PGlite(PGLITE_OPTIONS);
    await mem.waitReady;
    return wrap(mem, mem);
  }
  const fresh = isNewDir(dir);
  mkdirSync(dir, { recursive: true });
  const pg = fresh ? await createPglite(dir, options.template) : new PGlite(dir, PGLITE_OPTIONS);
  await pg.waitReady;
  return wrap(pg, pg);
}
