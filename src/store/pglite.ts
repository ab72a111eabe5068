/**
 * The embedded backend: PGlite (PostgreSQL compiled to WASM) persisted in a directory.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './db.ts';

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
      typeof v === 'string' ? Buffer.from(v, 'utf8') : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)),
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

/**
 * Where the empty-cluster template of this PGlite version and these settings is kept: `initdb` in PGlite
 * starts a second PGlite and an initdb module, dumps and copies the result (~5 s of CPU and ~900 MB peak
 * RSS, more than an ingest of 10,000 documents needs afterwards), so it runs once per machine and every
 * later new store starts from the copy (PGlite's `loadDataDir`). `ATLAS_PGLITE_TEMPLATE=off` disables it.
 */
function templatePath(): string | null {
  if (process.env.ATLAS_PGLITE_TEMPLATE === 'off') return null;
  // The package does not export its package.json: read it beside the resolved entry (dist/index.js).
  const manifest = fileURLToPath(new URL('../package.json', import.meta.resolve('@electric-sql/pglite')));
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(JSON.stringify([version, PGLITE_OPTIONS.startParams])).digest('hex').slice(0, 12);
  return join(process.env.ATLAS_PGLITE_TEMPLATE || join(tmpdir(), 'cluster-atlas'), `pglite-${version}-${key}.tar`);
}

/** A data directory PGlite has not initialized yet (missing or empty). */
function isNewDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Create a new store in `dir` from the template, or by initdb (then save the template). */
async function createPglite(dir: string): Promise<PGlite> {
  const template = templatePath();
  if (template && existsSync(template)) {
    try {
      const pg = new PGlite(dir, { ...PGLITE_OPTIONS, loadDataDir: new Blob([readFileSync(template)]) });
      await pg.waitReady;
      return pg;
    } catch {
      // An unreadable template (a killed writer, another build): drop it and run initdb.
      rmSync(template, { force: true });
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }
  const pg = new PGlite(dir, PGLITE_OPTIONS);
  await pg.waitReady;
  if (template) {
    try {
      const tar = Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer());
      mkdirSync(join(template, '..'), { recursive: true });
      const part = `${template}.${process.pid}.part`;
      writeFileSync(part, tar);
      renameSync(part, template); // atomic: a reader sees the whole template or none
    } catch {
      // No writable temp folder: the next store runs initdb again.
    }
  }
  return pg;
}

/**
 * Open (or create) a PGlite database; a new one starts from the template of an empty cluster (see `templatePath`).
 * @param dir data directory; `null` for an in-memory database
 * @returns a Db on it
 */
export async function openPglite(dir: string | null): Promise<Db> {
  if (!dir) {
    const mem = new PGlite(PGLITE_OPTIONS);
    await mem.waitReady;
    return wrap(mem, mem);
  }
  const fresh = isNewDir(dir);
  mkdirSync(dir, { recursive: true });
  const pg = fresh ? await createPglite(dir) : new PGlite(dir, PGLITE_OPTIONS);
  await pg.waitReady;
  return wrap(pg, pg);
}
