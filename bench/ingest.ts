/**
 * bench/ingest: end-to-end `./bin/cluster-atlas ingest` of N generated documents (one file each, mixed
 * encodings and HTML) into a fresh temporary PGlite directory, with and without extraction. Measures, per
 * run: wall time (docs/s, CLI start and store creation included), the ingest loop alone (the time the
 * summary line reports, from the first read to the last commit), CPU time (user + sys, every thread:
 * on a shared machine the honest cost), the peak RSS of the CLI process (GNU time `%M`; worker threads
 * share the process) and the 1-minute load average before and after. Runs at two corpus sizes so the RSS
 * can be seen to stay flat as the corpus grows.
 *
 *   node --import tsx bench/ingest.ts [--docs 3000,10000] [--workers N] [--modes no-extract,extract] [--cli PATH] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeLarge } from '../src/corpus/build.ts';
import { flags, round, type BenchResult, type Measure } from './machine.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'cluster-atlas');
const GNU_TIME = '/usr/bin/time';

/** GNU time's report line: peak RSS (KiB), user and system CPU seconds. */
const TIME_LINE = /ATLAS_TIME rss=(\d+) user=([\d.]+) sys=([\d.]+)/;

/** The ingest summary's loop time: `… in 12.3 s (…`. */
const LOOP_SECONDS = /documents \(.*\) from [\d.]+ MB in ([\d.]+) s/;

/** Ingest modes: `no-extract` stores clean text and metadata only, `extract` runs the whole pipeline. */
export type IngestMode = 'no-extract' | 'extract';

/** Options of `runIngestBench`. */
export interface IngestBenchOptions {
  readonly docs: readonly number[];
  readonly workers?: number;
  readonly modes?: readonly IngestMode[];
  /** Another checkout's `bin/cluster-atlas` (a before/after comparison on the same corpus). */
  readonly cli?: string;
}

/** Run the benchmark at each corpus size and mode. */
export function runIngestBench(opts: IngestBenchOptions): BenchResult {
  const cli = opts.cli ?? CLI;
  if (!existsSync(cli)) return { name: 'ingest', measures: [], skipped: `${cli} missing` };
  const measures: Measure[] = [];
  for (const n of opts.docs) {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
    try {
      const corpus = join(dir, 'corpus');
      const { docs, bytes } = writeLarge(corpus, { size: Infinity, docs: n, format: 'txt', seed: `bench-ingest-${n}` });
      for (const mode of opts.modes ?? ['no-extract', 'extract']) {
        const db = join(dir, `db-${mode}`);
        const args = [cli, 'ingest', corpus, '--db', db, ...(mode === 'no-extract' ? ['--no-extract'] : []),
          ...(opts.workers ? ['--workers', String(opts.workers)] : [])];
        const useTime = existsSync(GNU_TIME);
        const load0 = loadavg()[0]!;
        const t0 = performance.now();
        const run = useTime
          ? spawnSync(GNU_TIME, ['-f', 'ATLAS_TIME rss=%M user=%U sys=%S', process.execPath, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 })
          : spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 });
        const seconds = (performance.now() - t0) / 1000;
        const load1 = loadavg()[0]!;
        rmSync(db, { recursive: true, force: true });
        if (run.status !== 0) {
          const why = (run.stderr || run.error?.message || '').trim().split('\n').filter((l) => !l.startsWith('ATLAS_TIME')).slice(-3).join(' | ');
          return { name: 'ingest', measures, skipped: `ingest of ${n} documents (${mode}) failed (exit ${run.status}): ${why.slice(0, 300)}` };
        }
        const label = `ingest ${docs} documents, ${mode}`;
        const loop = LOOP_SECONDS.exec(run.stdout ?? '');
        const time = TIME_LINE.exec(run.stderr ?? '');
        const load = `load ${round(load0)} → ${round(load1)}`;
        measures.push({ metric: `${label}: wall`, value: round(docs / seconds), unit: 'docs/s', note: `${round(bytes / 2 ** 20)} MB, ${round(seconds)} s wall, ${load}` });
        if (loop) measures.push({ metric: `${label}: ingest loop`, value: round(docs / Number(loop[1])), unit: 'docs/s', note: `${loop[1]} s from first read to last commit` });
        if (time) {
          const cpu = Number(time[2]) + Number(time[3]);
          measures.push({ metric: `${label}: CPU`, value: round((cpu * 1000) / docs), unit: 'ms/doc', note: `${round(cpu)} s user+sys, every thread, store creation included` });
          measures.push({ metric: `${label}: peak RSS`, value: Math.round(Number(time[1]) / 1024), unit: 'MiB' });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { name: 'ingest', measures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = flags(process.argv.slice(2));
  const docs = (f.get('docs') ?? '3000,10000').split(',').map(Number);
  const workers = f.has('workers') ? Number(f.get('workers')) : undefined;
  const modes = f.has('modes') ? (f.get('modes')!.split(',') as IngestMode[]) : undefined;
  const r = runIngestBench({ docs, workers, modes, cli: f.get('cli') });
  console.log(f.has('json') ? JSON.stringify(r) : [r.skipped ?? '', ...r.measures.map((m) => `${m.metric}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`)].join('\n'));
}
