/**
 * store/: one PostgreSQL schema (src/store/migrations), two backends (PGlite in a directory,
 * a server via DATABASE_URL), one Store interface. Read queries for the UI live in queries/.
 */
import { createHash } from 'node:crypto';
import type { Db } from './db.ts';
import { listMigrations } from './migrate.ts';
import { openPglite, type PgliteTemplate } from './pglite.ts';
import { referenceKey } from './reference.ts';
import { openPostgres } from './postgres.ts';
import { createStore } from './store.ts';
import type { Store, StoreOptions } from './types.ts';

export type { Db, QueryResult } from './db.ts';
export type * from './types.ts';
export { migrate, listMigrations } from './migrate.ts';
export { searchTokens, searchDocument } from './search.ts';
export { createStore } from './store.ts';

/** Default PGlite directory. */
export const DEFAULT_DB_DIR = './.atlas/db';

/**
 * A new PGlite store's template: every migration applied and the reference data loaded, keyed by the
 * migrations' SQL and the reference files, so a new store is a file copy with nothing left to do.
 */
function storeTemplate(): PgliteTemplate {
  const key = createHash('sha256');
  for (const m of listMigrations()) key.update(`${m.version}\0${m.sql}\0`);
  key.update(referenceKey());
  return {
    key: key.digest('hex'),
    prepare: async (db: Db) => {
      const store = createStore(db);
      await store.migrate();
      await store.loadReference();
    },
  };
}

/**
 * Open the store: PostgreSQL when `url` is given, else PGlite in `dir` (default `./.atlas/db`).
 * Migrations run and reference data loads on open unless `migrate: false`.
 * @example const store = await openStore({ dir: '.atlas/db' }); await store.stats(); await store.close();
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const db = options.url
    ? await openPostgres(options.url, options.schema)
    : await openPglite(options.dir === undefined ? DEFAULT_DB_DIR : options.dir, options.migrate === false ? {} : { template: storeTemplate() });
  const store = createStore(db);
  if (options.migrate !== false) {
    try {
      const applied = await store.migrate();
      const { rows } = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM regions');
      if (applied.length || Number(rows[0].n) === 0) await store.loadReference();
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
  }
  return store;
}
