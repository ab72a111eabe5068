/** Shared CLI plumbing: opening the store from `--db`/`DATABASE_URL`, usage errors. */
import { existsSync } from 'node:fs';
import { DEFAULT_DB_DIR, openStore, type Store } from '../store/index.ts';

/** `--db`'s help text, with its default. */
export const DB_OPTION_HELP = `PGlite directory (default ${DEFAULT_DB_DIR}; ignored when DATABASE_URL is set)`;

/** A bad argument: the CLI prints one line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A lookup that found nothing: the CLI prints one line and exits 1. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** Open the store the user asked for: `DATABASE_URL` when set, else PGlite in `--db` (default ./.atlas/db). */
export function openCliStore(db: string | undefined): Promise<Store> {
  const url = process.env.DATABASE_URL;
  return url ? openStore({ url }) : openStore({ dir: db ?? DEFAULT_DB_DIR });
}

/**
 * Open a store that must already hold something: for commands that only read (stats, show), a `--db`
 * folder that does not exist is a mistyped path or a store not made yet, never a new empty store
 * (`stats` would print zeros, `show` "no document", and an empty folder would be left behind).
 */
export function openExistingCliStore(db: string | undefined): Promise<Store> {
  const dir = db ?? DEFAULT_DB_DIR;
  if (!process.env.DATABASE_URL && !existsSync(dir)) {
    throw new NotFoundError(`no store at ${dir}: ingest into it first (cluster-atlas ingest <paths> --db ${dir}), or pass --db (the demo's is .atlas/demo)`);
  }
  return openCliStore(db);
}

/** Parse a positive integer option, or throw a UsageError naming it. */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} expects a positive integer, got ${JSON.stringify(value)}`);
  return n;
}
