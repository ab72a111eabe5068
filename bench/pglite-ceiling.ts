/**
 * bench/pglite-ceiling: what raw PGlite takes on this host, as a ceiling for ingest's store writes:
 * `--rows N` rows of about `--bytes` UTF-8 bytes (Chinese text) into a table with a text primary key, in
 * transactions of `--tx` rows, by three statement forms: `unnest` of text arrays, `json_to_recordset` of one
 * json parameter, and `COPY … FROM '/dev/blob'`; each into a fresh on-disk PGlite, CPU time of this process
 * (PGlite runs on this thread). `--params` adds server settings (`-c name=value` pairs, comma-separated).
 *
 *   node --import tsx bench/pglite-ceiling.ts [--rows 10000] [--bytes 3000] [--tx 1000] [--rounds 2]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** `--name value` of the command line, or the fallback. */
function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** CPU milliseconds (user + system) of this process so far. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const rows = Number(flag('rows', '10000'));
const bytes = Number(flag('bytes', '3000'));
const tx = Number(flag('tx', '1000'));
const rounds = Number(flag('rounds', '2'));
const extra = flag('params', '').split(',').filter(Boolean).flatMap((p) => ['-c', p]);

/** Deterministic Chinese-looking text of about `n` UTF-8 bytes (3 a character), different per row. */
function body(i: number, n: number): string {
  let s = '';
  let x = i * 2654435761 >>> 0;
  while (s.length * 3 < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += String.fromCharCode(0x4e00 + (x >>> 8) % 3000);
  }
  return s;
}

const data = Array.from({ length: rows }, (_, i) => ({ id: `doc-${i}`, body: body(i, bytes) }));

type Form = (pg: PGlite, part: typeof data) => Promise<void>;
const forms: Record<string, Form> = {
  unnest: async (pg, part) => {
    await pg.query('INSERT INTO t (id, body) SELECT * FROM unnest($1::text[], $2::text[])', [part.map((r) => r.id), part.map((r) => r.body)]);
  },
  json_to_recordset: async (pg, part) => {
    await pg.query('INSERT INTO t (id, body) SELECT id, body FROM json_to_recordset($1::json) AS u(id text, body text)', [JSON.stringify(part)]);
  },
  copy: async (pg, part) => {
    // COPY text format: tab-separated, backslash escapes (the generated text holds none of \t \n \\).
    const text = part.map((r) => `${r.id}\t${r.body}\n`).join('');
    await pg.query("COPY t (id, body) FROM '/dev/blob'", [], { blob: new Blob([text]) });
  },
};

const storages = ['main', 'external'];
for (let r = 0; r < rounds; r++) {
  for (const storage of storages) {
    for (const [name, form] of Object.entries(forms)) {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-ceiling-'));
      try {
        const pg = new PGlite(join(dir, 'db'), { startParams: [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, '-c', 'shared_buffers=32MB', ...extra] });
        await pg.waitReady;
        await pg.exec(`CREATE TABLE t (id text PRIMARY KEY, body text); ALTER TABLE t ALTER COLUMN body SET STORAGE ${storage}`);
        const t0 = cpuMs();
        const w0 = performance.now();
        for (let i = 0; i < data.length; i += tx) {
          const part = data.slice(i, i + tx);
          await pg.transaction(async (t) => form(t as unknown as PGlite, part));
        }
        const ms = cpuMs() - t0;
        const wall = performance.now() - w0;
        const { rows: size } = await pg.query<{ n: string }>("SELECT pg_total_relation_size('t')::text AS n");
        await pg.close();
        console.log(`${name.padEnd(18)} storage ${storage.padEnd(8)} ${rows} rows × ${bytes} B, ${tx}/tx: ${(ms / rows * 1000).toFixed(0)} µs CPU/row, ${(rows / (ms / 1000)).toFixed(0)} rows/s by CPU (${(rows / (wall / 1000)).toFixed(0)} by wall), table ${(Number(size[0]!.n) / 2 ** 20).toFixed(1)} MiB`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}
