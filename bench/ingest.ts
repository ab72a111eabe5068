/**
 * bench/ingest: end-to-end `./bin/cluster-atlas ingest` of N generated documents (one file each, mixed
 * encodings and HTML) into a fresh temporary PGlite directory. Measures wall time (docs/s, MB/s, CLI start
 * and store creation included) and the peak RSS of the CLI process (GNU time `%M`; worker threads share
 * the process). Runs at two corpus sizes so the RSS can be seen to stay flat as the corpus grows.
 *
 *   node --import tsx bench/ingest.ts [--docs 1000,3000] [--workers N] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeLarge } from '../src/corpus/build.ts';
import { flags, round, type BenchResult, type Measure } from './machine.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'cluster-atlas');
const GNU_TIME = '/usr/bin/time';

/** Run the benchmark at each corpus size. */
export function runIngestBench(opts: { docs: readonly number[]; workers?: number }): BenchResult {
  if (!existsSync(CLI)) return { name: 'ingest', measures: [], skipped: 'bin/cluster-atlas missing' };
  const measures: Measure[] = [];
  for (const n of opts.docs) {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
    try {
      const corpus = join(dir, 'corpus');
      const { docs, bytes } = writeLarge(corpus, { size: Infinity, docs: n, format: 'txt', seed: `bench-ingest-${n}` });
      const args = [CLI, 'ingest', corpus, '--db', join(dir, 'db'), ...(opts.workers ? ['--workers', String(opts.workers)] : [])];
      const useTime = existsSync(GNU_TIME);
      const t0 = performance.now();
      const run = useTime
        ? spawnSync(GNU_TIME, ['-f', 'ATLAS_RSS_KB=%M', process.execPath, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 })
        : spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 });
      const seconds = (performance.now() - t0) / 1000;
      if (run.status !== 0) {
        const why = (run.stderr || run.error?.message || '').trim().split('\n').filter((l) => !l.startsWith('ATLAS_RSS_KB')).slice(-3).join(' | ');
        return { name: 'ingest', measures, skipped: `ingest of ${n} documents failed (exit ${run.status}): ${why.slice(0, 300)}` };
      }
      const rss = /ATLAS_RSS_KB=(\d+)/.exec(run.stderr ?? '');
      measures.push({ metric: `ingest ${docs} documents`, value: round(docs / seconds), unit: 'docs/s', note: `${round(bytes / 2 ** 20)} MB, ${round(bytes / 2 ** 20 / seconds)} MB/s, ${round(seconds)} s wall` });
      if (rss) measures.push({ metric: `ingest ${docs} documents: peak RSS`, value: Math.round(Number(rss[1]) / 1024), unit: 'MiB' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { name: 'ingest', measures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = flags(process.argv.slice(2));
  const docs = (f.get('docs') ?? '1000,3000').split(',').map(Number);
  const workers = f.has('workers') ? Number(f.get('workers')) : undefined;
  const r = runIngestBench({ docs, workers });
  console.log(f.has('json') ? JSON.stringify(r) : [r.skipped ?? '', ...r.measures.map((m) => `${m.metric}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`)].join('\n'));
}
