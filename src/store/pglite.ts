/**
 * The embedded backend: PGlite (PostgreSQL compiled to WASM) persisted in a directory.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './db.ts';

type Runner = Pick<PGlite, 'query' | 'exec'> | Transaction;

function wrap(runner: Runner, root: PGlite | null): Db {
  return {
    dialect: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await runner.query<T>(sql, params as unknown[]);
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
 * Open (or create) a PGlite database.
 * @param dir data directory; `null` for an in-memory database
 * @returns a Db on it
 */
export async function openPglite(dir: string | null): Promise<Db> {
  if (dir) mkdirSync(dir, { recursive: true });
  const pg = dir ? new PGlite(dir) : new PGlite();
  await pg.waitReady;
  return wrap(pg, pg);
}
