/**
 * The server backend: a PostgreSQL server through `pg`, optionally confined to one schema
 * (tests use a fresh random schema per run).
 */
import pg from 'pg';
import type { Db, QueryResult } from './db.ts';

type Client = pg.Pool | pg.PoolClient;

function wrap(client: Client, pool: pg.Pool | null): Db {
  return {
    dialect: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await client.query(sql, params as unknown[]);
      return { rows: r.rows as T[] };
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!pool) throw new Error('Expected a top-level connection, got a nested transaction');
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(wrap(c, null));
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    async close(): Promise<void> {
      if (pool) await pool.end();
    },
  };
}

/**
 * Connect to a PostgreSQL server.
 * @param url a `postgres://` connection string
 * @param schema if given, created when missing and used as the only search_path
 * @returns a Db on a small pool
 */
export async function openPostgres(url: string, schema?: string): Promise<Db> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Expected a plain lower-case schema name, got ${JSON.stringify(schema)}`);
  }
  if (schema) {
    const boot = new pg.Client({ connectionString: url });
    await boot.connect();
    try {
      await boot.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await boot.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await pool.query('SELECT 1'); // fail early when the server is unreachable
  return wrap(pool, pool);
}
