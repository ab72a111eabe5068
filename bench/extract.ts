/**
 * bench/extract: extraction throughput stage by stage on ONE core, over pre-cleaned text.
 *
 * A generated corpus (`src/corpus/large.ts`) is decoded, cleaned and normalized first
 * (`analyze(item, { extract: false })`, not timed); then the seven extract stages run over every
 * document in the order of `src/extract/index.ts`, each stage timed by CPU time (`process.cpuUsage()`,
 * user + system) and by wall time. MB are UTF-8 megabytes (2^20 bytes) of the clean text.
 * Each stage's MB/s is the clean text's size over the CPU seconds that stage took; "all stages" is
 * the same size over the sum. Then whole extractions, alternating, best of `--rounds`: `extract()`
 * document by document (as `analyze` runs it) and `extractMany()` over batches of `--batch` documents
 * (stage by stage within a batch).
 *
 *   node --import tsx bench/extract.ts [--size 4MB] [--rounds 2] [--batch 32] [--json]
 *   node --import tsx bench/extract.ts --tree ../other [--rounds 10]   # this tree against another checkout
 *
 * With `--tree DIR`, only `extractMany()` is timed, over the same cleaned documents, for this tree and
 * for DIR's `src/extract` loaded into the same process, rounds alternating (which tree goes first
 * alternates too): on a shared, loaded machine this pairing is the comparison that means something.
 * Also prints a SHA-256 of each tree's results, equal when the output is unchanged.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/pipeline.ts';
import type { DocMeta } from '../src/analysis/schema.ts';
import { generateDocuments } from '../src/corpus/large.ts';
import { loadCleanCorpus } from '../src/corpus/source.ts';
import { parseSize } from '../src/corpus/build.ts';
import { createContext, type ExtractContext } from '../src/extract/types.ts';
import { extract, extractMany, type Found } from '../src/extract/index.ts';
import { extractRegions } from '../src/extract/regions.ts';
import { extractOrganizations } from '../src/extract/organizations.ts';
import { extractPeople } from '../src/extract/people.ts';
import { extractIndustries } from '../src/extract/industries.ts';
import { extractQuantities } from '../src/extract/quantities.ts';
import { extractEvents } from '../src/extract/events.ts';
import { extractDirectives } from '../src/extract/directives.ts';
import { flags, round, type BenchResult } from './machine.ts';

/** Options of the extract benchmark. */
export interface ExtractBenchOptions {
  /** Raw bytes of generated documents to clean before timing extraction. */
  readonly size: number;
  /** Timed passes over the cleaned corpus (the first also warms lexicons and the JIT). */
  readonly rounds: number;
  /** Documents per `extractMany` call in the whole-extraction measure. */
  readonly batch?: number;
  readonly seed?: string;
}

/** A cleaned document: what `extract` reads. */
interface CleanDoc {
  readonly text: string;
  readonly meta: DocMeta;
}

/** The stage names, in pipeline order; `context` is `createContext` (sentence split). */
const STAGES = ['context', 'regions', 'organizations', 'people', 'industries', 'quantities', 'events', 'directives'] as const;
type Stage = (typeof STAGES)[number];

function cleanCorpus(size: number, seed: string): CleanDoc[] {
  const out: CleanDoc[] = [];
  let bytes = 0;
  for (const d of generateDocuments(loadCleanCorpus(), seed)) {
    if (bytes >= size) break;
    bytes += d.bytes.length;
    const a = analyze({ origin: { path: d.name }, format: d.format, bytes: d.bytes }, { extract: false });
    const meta: DocMeta = {
      title: a.title,
      outlet: a.outlet,
      reporters: a.reporters,
      published: a.published,
      dateline: a.dateline,
      extra: a.meta,
    };
    out.push({ text: a.text, meta });
  }
  return out;
}

/** CPU microseconds (user + system) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return d.user + d.system;
}

/** One pass over the documents, the stages in `src/extract/index.ts` order; CPU and wall µs per stage. */
function pass(docs: readonly CleanDoc[]): { cpu: Record<Stage, number>; wall: Record<Stage, number> } {
  const cpu = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const wall = { ...cpu };
  const time = <T>(stage: Stage, f: () => T): T => {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const r = f();
    wall[stage] += (performance.now() - w0) * 1000;
    cpu[stage] += cpuSince(c0);
    return r;
  };
  for (const d of docs) {
    const ctx: ExtractContext = time('context', () => createContext(d.text, d.meta));
    const empty = { facts: [], mentions: [] };
    const found = { regions: empty, organizations: empty, people: empty, industries: empty } as {
      -readonly [K in keyof Found]: Found[K];
    };
    found.regions = time('regions', () => extractRegions(ctx, found));
    found.organizations = time('organizations', () => extractOrganizations(ctx, found));
    found.people = time('people', () => extractPeople(ctx, found));
    found.industries = time('industries', () => extractIndustries(ctx, found));
    time('quantities', () => extractQuantities(ctx, found));
    time('events', () => extractEvents(ctx, found));
    time('directives', () => extractDirectives(ctx, found));
  }
  return { cpu, wall };
}

/** Run the benchmark: the best (least CPU) of `rounds` passes per stage. */
export function runExtractBench(opts: ExtractBenchOptions): BenchResult {
  const docs = cleanCorpus(opts.size, opts.seed ?? 'bench-extract-1');
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 2 ** 20;
  const best = Object.fromEntries(STAGES.map((s) => [s, Infinity])) as Record<Stage, number>;
  const bestWall = { ...best };
  for (let r = 0; r < Math.max(1, opts.rounds); r++) {
    const { cpu, wall } = pass(docs);
    for (const s of STAGES) {
      best[s] = Math.min(best[s], cpu[s]);
      bestWall[s] = Math.min(bestWall[s], wall[s]);
    }
  }
  // Whole extractions, document by document and in batches, alternating.
  const batch = Math.max(1, opts.batch ?? 32);
  const wholes = { single: Infinity, batched: Infinity };
  const timed = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    return cpuSince(c0);
  };
  for (let r = 0; r < Math.max(1, opts.rounds); r++) {
    wholes.single = Math.min(wholes.single, timed(() => docs.forEach((d) => extract(d.text, d.meta))));
    wholes.batched = Math.min(wholes.batched, timed(() => {
      for (let i = 0; i < docs.length; i += batch) extractMany(docs.slice(i, i + batch));
    }));
  }
  const total = STAGES.reduce((n, s) => n + best[s], 0);
  const totalWall = STAGES.reduce((n, s) => n + bestWall[s], 0);
  return {
    name: 'extract',
    measures: [
      ...STAGES.map((s) => ({
        metric: `${s}, 1 core (CPU)`,
        value: round(mb / (best[s] / 1e6)),
        unit: 'MB/s',
        note: `${round(best[s] / 1e6)} s CPU, ${round(bestWall[s] / 1e6)} s wall`,
      })),
      {
        metric: 'all stages, 1 core (CPU)',
        value: round(mb / (total / 1e6)),
        unit: 'MB/s',
        note: `${round(mb)} MB clean text, ${docs.length} docs, ${round(total / 1e6)} s CPU, ${round(totalWall / 1e6)} s wall (${round(mb / (totalWall / 1e6))} MB/s)`,
      },
      {
        metric: 'extract(), document by document, 1 core (CPU)',
        value: round(mb / (wholes.single / 1e6)),
        unit: 'MB/s',
        note: `${round(wholes.single / 1e6)} s CPU`,
      },
      {
        metric: `extractMany(), batches of ${batch}, 1 core (CPU)`,
        value: round(mb / (wholes.batched / 1e6)),
        unit: 'MB/s',
        note: `${round(wholes.batched / 1e6)} s CPU`,
      },
    ],
  };
}

/** `extractMany` as a tree exports it. */
type ExtractMany = (docs: readonly CleanDoc[]) => unknown[];

/**
 * This tree's `extractMany` against `other`'s, rounds alternating, over the same cleaned documents:
 * the CPU of each round (batches of `batch`), and a SHA-256 of each tree's results.
 */
export async function compareTrees(opts: ExtractBenchOptions & { readonly other: string }): Promise<string> {
  const docs = cleanCorpus(opts.size, opts.seed ?? 'bench-extract-1');
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 2 ** 20;
  const batch = Math.max(1, opts.batch ?? 32);
  const otherIndex = pathToFileURL(resolve(opts.other, 'src/extract/index.ts')).href;
  const trees: { name: string; run: ExtractMany; cpu: number[] }[] = [
    { name: 'this tree', run: extractMany, cpu: [] },
    { name: opts.other, run: ((await import(otherIndex)) as { extractMany: ExtractMany }).extractMany, cpu: [] },
  ];
  const once = (run: ExtractMany): number => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < docs.length; i += batch) run(docs.slice(i, i + batch));
    return cpuSince(c0);
  };
  const digests = trees.map((t) => {
    const h = createHash('sha256');
    for (let i = 0; i < docs.length; i += batch) h.update(JSON.stringify(t.run(docs.slice(i, i + batch))));
    return h.digest('hex').slice(0, 16);
  });
  let wins = 0;
  for (let r = 0; r < Math.max(1, opts.rounds); r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) trees[i]!.cpu.push(once(trees[i]!.run));
    if (trees[0]!.cpu[r]! < trees[1]!.cpu[r]!) wins++;
  }
  const line = (t: (typeof trees)[number], digest: string) => {
    const sorted = [...t.cpu].sort((a, b) => a - b);
    const best = sorted[0]!;
    const median = sorted[sorted.length >> 1]!;
    return `${t.name}: extractMany(), batches of ${batch}: best ${round(mb / (best / 1e6))} MB/s (${round(best / 1e3)} ms CPU), median ${round(mb / (median / 1e6))} MB/s (${round(median / 1e3)} ms); results ${digest}`;
  };
  return [
    `${round(mb)} MB clean text, ${docs.length} docs, ${trees[0]!.cpu.length} rounds each, alternating`,
    ...trees.map((t, i) => line(t, digests[i]!)),
    `this tree took less CPU in ${wins} of ${trees[0]!.cpu.length} rounds`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = flags(process.argv.slice(2));
  if (f.has('tree')) {
    const opts = { size: parseSize(f.get('size') ?? '4MB'), rounds: Number(f.get('rounds') ?? 10), batch: Number(f.get('batch') ?? 32), other: f.get('tree')! };
    console.log(await compareTrees(opts));
    process.exit(0);
  }
  const r = runExtractBench({ size: parseSize(f.get('size') ?? '4MB'), rounds: Number(f.get('rounds') ?? 2), batch: Number(f.get('batch') ?? 32) });
  console.log(f.has('json') ? JSON.stringify(r) : r.measures.map((m) => `${m.metric}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`).join('\n'));
}
