/**
 * store/: one PostgreSQL schema (src/store/migrations), two backends (PGlite in a directory,
 * a server via DATABASE_URL), one Store interface. Read queries for the UI live in queries/.
 */
import { openPglite } from './pglite.ts';
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
 * Open the store: PostgreSQL when `url` is given, else PGlite in `dir` (default `./.atlas/db`).
 * Migrations run and reference data loads on open unless `migrate: false`.
 * @example const store = await openStore({ dir: '.atlas/db' }); await store.stats(); await store.close();
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const db = options.url
    ? await openPostgres(options.url, options.schema)
    : await openPglite(options.dir === undefined ? DEFAULT_DB_DIR : options.dir);
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
