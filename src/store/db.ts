/**
 * The database seam: one PostgreSQL dialect, two thin adapters (embedded PGlite, a real server).
 * Everything above this file speaks only `Db`.
 */

/** Rows of a query. */
export interface QueryResult<T> {
  readonly rows: T[];
}

/** A connection (or a transaction on one) that runs PostgreSQL. */
export interface Db {
  /** Which adapter runs the SQL. */
  readonly dialect: 'pglite' | 'postgres';
  /** Run one statement with `$1..$n` parameters (arrays and JSON strings are fine). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Run `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Release the connection(s). */
  close(): Promise<void>;
}
