/**
 * bench/ingest: end-to-end `./bin/cluster-atlas ingest` of N generated documents (one file each, mixed
 * encodings and HTML) into a fresh temporary PGlite directory, with and without extraction. Measures, per
 * run: wall time (docs/s, CLI start and store creation included), the ingest loop alone (the time the
 * summary line reports, from the first read to the last commit), CPU time (user + sys, every thread:
 * on a shared machine the honest cost), the peak RSS of the CLI process (GNU time `%M`; worker threads
 * share the process), its RSS over the run (`VmRSS` sampled every second: deciles of the run, main thread
 * and workers together) and the 1-minute load average before and after. Runs at two corpus sizes so the
 * RSS can be seen to stay flat as the corpus grows.
 *
 *   node --import tsx bench/ingest.ts [--docs 3000,10000] [--workers N] [--modes no-extract,extract] [--cli PATH] [--json]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** The ingest summary's loop time: `… in 12.3 s (…` (`handled N items (…)`, or `ingested N documents (…)` from a checkout before ca22a52). */
const LOOP_SECONDS = /(?:items?|documents) \(.*\) from [\d.]+ MB in ([\d.]+) s/;

/** The loop seconds an ingest's summary (`src/ingest/report.ts`) reports, or null when it has none. */
export function loopSeconds(stdout: string): number | null {
  const m = LOOP_SECONDS.exec(stdout);
  return m ? Number(m[1]) : null;
}

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

/** What a finished child process left. */
interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: Error;
  /** `VmRSS` of the ingest process, MiB, once a second. */
  readonly rss: readonly number[];
}

/** The resident set of a process in MiB (`/proc/PID/status` VmRSS), or null when it is gone. */
function vmRss(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The ingest process: `pid` itself, or under GNU time its first child. */
function ingestPid(pid: number, underTime: boolean): number | null {
  if (!underTime) return pid;
  try {
    const child = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0];
    return child ? Number(child) : null;
  } catch {
    return null;
  }
}

/** Run a command to its end, sampling the ingest process's RSS every second (Linux; none elsewhere). */
function runSampled(cmd: string, args: readonly string[], underTime: boolean): Promise<Run> {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    const rss: number[] = [];
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setInterval(() => {
      const pid = child.pid === undefined ? null : ingestPid(child.pid, underTime);
      const r = pid === null ? null : vmRss(pid);
      if (r !== null) rss.push(r);
    }, 1000);
    let error: Error | undefined;
    child.on('error', (e) => (error = e));
    child.on('close', (status) => {
      clearInterval(timer);
      resolvePromise({ status, stdout, stderr, error, rss });
    });
  });
}

/** Deciles of a series in time order (the samples at 10 %, 20 % … 100 % of the run). */
export function deciles(series: readonly number[]): number[] {
  if (!series.length) return [];
  return Array.from({ length: 10 }, (_, i) => series[Math.max(0, Math.ceil(((i + 1) * series.length) / 10) - 1)]!);
}

/** Run the benchmark at each corpus size and mode. */
export async function runIngestBench(opts: IngestBenchOptions): Promise<BenchResult> {
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
          ? await runSampled(GNU_TIME, ['-f', 'ATLAS_TIME rss=%M user=%U sys=%S', process.execPath, ...args], true)
          : await runSampled(process.execPath, args, false);
        const seconds = (performance.now() - t0) / 1000;
        const load1 = loadavg()[0]!;
        rmSync(db, { recursive: true, force: true });
        if (run.status !== 0) {
          const why = (run.stderr || run.error?.message || '').trim().split('\n').filter((l) => !l.startsWith('ATLAS_TIME')).slice(-3).join(' | ');
          return { name: 'ingest', measures, skipped: `ingest of ${n} documents (${mode}) failed (exit ${run.status}): ${why.slice(0, 300)}` };
        }
        const label = `ingest ${docs} documents, ${mode}`;
        const loop = loopSeconds(run.stdout ?? '');
        const time = TIME_LINE.exec(run.stderr ?? '');
        const load = `load ${round(load0)} → ${round(load1)}`;
        measures.push({ metric: `${label}: wall`, value: round(docs / seconds), unit: 'docs/s', note: `${round(bytes / 2 ** 20)} MB, ${round(seconds)} s wall, ${load}` });
        if (loop !== null) measures.push({ metric: `${label}: ingest loop`, value: round(docs / loop), unit: 'docs/s', note: `${loop} s from first read to last commit` });
        if (time) {
          const cpu = Number(time[2]) + Number(time[3]);
          measures.push({ metric: `${label}: CPU`, value: round((cpu * 1000) / docs), unit: 'ms/doc', note: `${round(cpu)} s user+sys, every thread, store creation included` });
          measures.push({ metric: `${label}: peak RSS`, value: Math.round(Number(time[1]) / 1024), unit: 'MiB' });
        }
        if (run.rss.length) {
          const sorted = [...run.rss].sort((a, b) => a - b);
          measures.push({ metric: `${label}: median RSS`, value: sorted[Math.floor(sorted.length / 2)]!, unit: 'MiB', note: `RSS at each tenth of the run: ${deciles(run.rss).join(' ')}` });
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
  const r = await runIngestBench({ docs, workers, modes, cli: f.get('cli') });
  console.log(f.has('json') ? JSON.stringify(r) : [r.skipped ?? '', ...r.measures.map((m) => `${m.metric}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`)].join('\n'));
}
