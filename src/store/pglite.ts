/**
 * The embedded backend: PGlite (PostgreSQL compiled to WASM) persisted in a directory.
 */
import { mkdirSync } from 'node:fs';
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
 * Open (or create) a PGlite database.
 * @param dir data directory; `null` for an in-memory database
 * @returns a Db on it
 */
export async function openPglite(dir: string | null): Promise<Db> {
  if (dir) mkdirSync(dir, { recursive: true });
  const pg = dir ? new PGlite(dir, PGLITE_OPTIONS) : new PGlite(PGLITE_OPTIONS);
  await pg.waitReady;
  return wrap(pg, pg);
}
