/** Shared CLI plumbing: opening the store from `--db`/`DATABASE_URL`, usage errors. */
import { DEFAULT_DB_DIR, openStore, type Store } from '../store/index.ts';

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

/** Parse a positive integer option, or throw a UsageError naming it. */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} expects a positive integer, got ${JSON.stringify(value)}`);
  return n;
}
