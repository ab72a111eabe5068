/**
 * Versioned SQL migrations: `migrations/NNN_name.sql`, applied in order, each in its own
 * transaction, recorded in `schema_migrations`. Applying twice is a no-op.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

/** A migration file name: three digits, underscore, a name, `.sql`. */
const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** One migration on disk. */
export interface Migration {
  readonly version: string;
  readonly name: string;
  readonly sql: string;
}

/** The migrations shipped with the code, in version order. */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((f) => MIGRATION_FILE.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map((m) => ({ version: m[1], name: m[2], sql: readFileSync(`${dir}/${m[0]}`, 'utf8') }));
}

/**
 * Apply every migration not yet recorded.
 * @returns the versions applied now (empty when up to date)
 */
export async function migrate(db: Db, migrations: readonly Migration[] = listMigrations()): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(20260101)');
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (rows.length) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
