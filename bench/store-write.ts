/**
 * bench/store-write: the main thread's share of ingest with extraction, alone: `writeBatchIn` of analyses
 * read from `analyze` JSONL (made once, not timed) into a fresh PGlite store, in batches, CPU time of the
 * process (PGlite runs on this thread) per document and per statement kind. `--tree DIR` runs another
 * checkout's store (its migrations, its write side) on the same analyses, alternating with this one.
 *
 *   ./bin/cluster-atlas analyze CORPUS > a.jsonl
 *   node --import tsx bench/store-write.ts --jsonl a.jsonl [--batch 500] [--rounds 2] [--tree ../other]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from '../src/analysis/schema.ts';
import type { Db } from '../src/store/db.ts';
import type { WriteItem } from '../src/store/types.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

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

/** A statement's kind: its verb and table (`INSERT documents`), for the breakdown. */
function kind(sql: string): string {
  const m = /^\s*(INSERT INTO|SELECT|UPDATE|DELETE FROM)\s+(\w+)?/i.exec(sql);
  return m ? `${m[1]!.split(' ')[0]} ${m[2] ?? ''}`.trim() : sql.slice(0, 20);
}

/** A Db that adds each statement's CPU time to `spent` by kind. */
function timed(db: Db, spent: Map<string, number>): Db {
  return {
    dialect: db.dialect,
    async query(sql, params) {
      const t0 = cpuMs();
      try {
        return await db.query(sql, params);
      } finally {
        const k = kind(sql);
        spent.set(k, (spent.get(k) ?? 0) + cpuMs() - t0);
      }
    },
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn(timed(tx, spent))),
    close: () => db.close(),
  };
}

interface Tree {
  readonly name: string;
  readonly openStore: (o: { dir: string }) => Promise<{ db: Db; beginRun(a: object): Promise<number>; stats(): Promise<object>; close(): Promise<void> }>;
  readonly writeBatchIn: (tx: Db, runId: number, items: readonly WriteItem[]) => Promise<unknown>;
  readonly documentRowBytes: (a: Analysis) => Uint8Array;
}

async function loadTree(dir: string): Promise<Tree> {
  const store = await import(pathToFileURL(join(dir, 'src/store/index.ts')).href);
  const write = await import(pathToFileURL(join(dir, 'src/store/write.ts')).href);
  return { name: dir, openStore: store.openStore, writeBatchIn: write.writeBatchIn, documentRowBytes: write.documentRowBytes };
}

/** One round: every analysis written into a new store; CPU per document and per statement kind. */
async function round(tree: Tree, analyses: readonly Analysis[], batch: number): Promise<{ ms: number; spent: Map<string, number>; stats: object }> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-store-write-'));
  try {
    const store = await tree.openStore({ dir: join(dir, 'db') });
    if (setup) await store.db.exec(setup);
    const runId = await store.beginRun({ bench: true });
    // The rows are made on a worker in ingest: not timed here.
    const items: WriteItem[] = analyses.map((a) => ({
      key: a.source.path, origin: a.source, contentHash: a.id, bytes: a.original.length,
      analysis: { ...a, original: '', removals: [], warnings: [] }, documentRow: tree.documentRowBytes(a),
    }));
    const spent = new Map<string, number>();
    const db = timed(store.db, spent);
    const t0 = cpuMs();
    for (let i = 0; i < items.length; i += batch) {
      await db.transaction((tx) => tree.writeBatchIn(tx, runId, items.slice(i, i + batch)));
    }
    const ms = cpuMs() - t0;
    const stats = await store.stats();
    await store.close();
    return { ms, spent, stats };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const jsonl = flag('jsonl', '');
if (!jsonl) throw new Error('Expected --jsonl FILE (the output of cluster-atlas analyze)');
const batch = Number(flag('batch', '500'));
const rounds = Number(flag('rounds', '1'));
const other = flag('tree', '');
/** SQL run on each new store before writing (what-if experiments: an index dropped, a trigger off). */
const setup = flag('setup', '');
const analyses = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Analysis);
const trees = [await loadTree(ROOT), ...(other ? [await loadTree(resolve(other))] : [])];
for (let r = 0; r < rounds; r++) {
  for (const tree of r % 2 ? [...trees].reverse() : trees) {
    const { ms, spent, stats } = await round(tree, analyses, batch);
    const parts = [...spent].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / analyses.length).toFixed(2)}`);
    console.log(`${tree.name}: ${analyses.length} docs, ${(ms / analyses.length).toFixed(2)} ms CPU/doc | ${parts.join(' | ')}`);
    console.log(`  ${JSON.stringify(stats)}`);
  }
}
