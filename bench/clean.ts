/**
 * bench/clean: pipeline throughput on ONE core (this thread, no workers) over a generated corpus held in
 * memory (generation is not timed):
 *   - decode + clean + normalize + metadata: `analyze(item, { extract: false })` over ≥ 50 MB
 *   - full `analyze` (with extraction) over a smaller slice
 * Reports MB/s, docs/s and the peak RSS of the process.
 *
 *   node --import tsx bench/clean.ts [--size 50MB] [--full-size 10MB] [--json]
 */
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/pipeline.ts';
import type { RawItem } from '../src/readers/types.ts';
import { generateDocuments } from '../src/corpus/large.ts';
import { loadCleanCorpus } from '../src/corpus/source.ts';
import { parseSize } from '../src/corpus/build.ts';
import { flags, peakRssMiB, round, type BenchResult } from './machine.ts';

/** Options of the clean benchmark. */
export interface CleanBenchOptions {
  /** Bytes for the decode+clean+normalize pass (at least 50 MB for a reported number). */
  readonly size: number;
  /** Bytes for the full-analyze pass. */
  readonly fullSize: number;
  readonly seed?: string;
}

function corpus(size: number, seed: string): { items: RawItem[]; bytes: number } {
  const items: RawItem[] = [];
  let bytes = 0;
  for (const d of generateDocuments(loadCleanCorpus(), seed)) {
    if (bytes >= size) break;
    items.push({ origin: { path: d.name }, format: d.format, bytes: d.bytes });
    bytes += d.bytes.length;
  }
  return { items, bytes };
}

function timed(items: readonly RawItem[], extract: boolean): { seconds: number; cpuSeconds: number; failures: number } {
  let failures = 0;
  const t0 = performance.now();
  // CPU time (user + system) of this process: on a shared machine it moves far less than wall time.
  const c0 = process.cpuUsage();
  for (const item of items) {
    try {
      analyze(item, { extract });
    } catch {
      failures++; // a stage under construction may throw; count it, keep measuring
    }
  }
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6, failures };
}

/** Run the benchmark. */
export function runCleanBench(opts: CleanBenchOptions): BenchResult {
  const seed = opts.seed ?? 'bench-clean-1';
  const { items, bytes } = corpus(opts.size, seed);
  const mb = bytes / 2 ** 20;
  const clean = timed(items, false);
  let fullBytes = 0;
  let n = 0;
  while (n < items.length && fullBytes < opts.fullSize) fullBytes += items[n++]!.bytes!.length;
  const full = timed(items.slice(0, n), true);
  const fullMb = fullBytes / 2 ** 20;
  return {
    name: 'clean',
    measures: [
      { metric: 'decode+clean+normalize (extract: false), 1 core', value: round(mb / clean.seconds), unit: 'MB/s', note: `${round(mb)} MB, ${items.length} docs, ${round(clean.seconds)} s${clean.failures ? `, ${clean.failures} threw` : ''}` },
      { metric: 'decode+clean+normalize by CPU time (extract: false), 1 core', value: round(mb / clean.cpuSeconds), unit: 'MB/s', note: `${round(clean.cpuSeconds)} s CPU (user + system)` },
      { metric: 'decode+clean+normalize docs/s, 1 core', value: Math.round(items.length / clean.seconds), unit: 'docs/s' },
      { metric: 'full analyze (with extraction), 1 core', value: round(fullMb / full.seconds), unit: 'MB/s', note: `${round(fullMb)} MB, ${n} docs, ${round(full.seconds)} s${full.failures ? `, ${full.failures} threw` : ''}` },
      { metric: 'full analyze by CPU time, 1 core', value: round(fullMb / full.cpuSeconds), unit: 'MB/s', note: `${round(full.cpuSeconds)} s CPU (user + system)` },
      { metric: 'full analyze docs/s, 1 core', value: Math.round(n / full.seconds), unit: 'docs/s' },
      { metric: 'peak RSS (corpus held in memory)', value: peakRssMiB(), unit: 'MiB' },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = flags(process.argv.slice(2));
  const r = runCleanBench({ size: parseSize(f.get('size') ?? '50MB'), fullSize: parseSize(f.get('full-size') ?? '10MB') });
  console.log(f.has('json') ? JSON.stringify(r) : r.measures.map((m) => `${m.metric}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`).join('\n'));
}
