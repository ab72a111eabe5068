/**
 * bench/interleaved: this tree's `analyze` against other checkouts', interleaved document by document.
 *
 * On the shared 2-core machine a pass of one tree and the next pass of another meet different load, and
 * passes of the same tree differ by ±15 % (seen with two copies of one tree): separate runs, or even
 * whole passes alternated in one process, cannot show a change of a few per cent. Here every document is
 * analyzed by each tree in turn (the order rotating), each call timed by CPU time (`process.cpuUsage()`),
 * so the trees share the same minutes; two copies of one tree agree within ~3 %. Each tree is compiled by
 * `scripts/build.mjs` into its own `.build/` folder (removed after), as the CLI runs. Also prints each
 * tree's SHA-256 of the analyses' JSON: equal when the output is unchanged. Note that the trees evict
 * each other's data from the CPU caches between documents: absolute MB/s are lower than one tree's.
 *
 *   node --import tsx bench/interleaved.ts --tree ../old [--tree ../other] [--size 4MB] [--rounds 4] [--extract]
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '../scripts/build.mjs';
import type { Analysis } from '../src/analysis/schema.ts';
import type { AnalyzeOptions } from '../src/pipeline.ts';
import type { RawItem } from '../src/readers/types.ts';
import { generateDocuments } from '../src/corpus/large.ts';
import { loadCleanCorpus } from '../src/corpus/source.ts';
import { parseSize } from '../src/corpus/build.ts';
import { round } from './machine.ts';

type Analyze = (item: RawItem, options?: AnalyzeOptions) => Analysis;

/** A tree's `analyze`, compiled into `<tree>/.build/` (the folder is removed by `dispose`). */
async function loadTree(root: string): Promise<{ root: string; analyze: Analyze; dispose: () => void }> {
  const dir = join(root, '.build', `interleaved-${process.pid}-${Date.now()}`);
  await compile(root, { entries: { pipeline: 'src/pipeline.ts' }, scripts: {}, dirs: ['src'] }, dir);
  const mod = (await import(pathToFileURL(join(dir, 'pipeline.mjs')).href)) as { analyze: Analyze };
  return { root, analyze: mod.analyze, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Command-line arguments: every `--tree` (repeatable), the other flags once. */
function parseArgs(argv: readonly string[]): { trees: string[]; size: number; rounds: number; extract: boolean; seed: string } {
  const trees: string[] = [];
  let size = parseSize('4MB');
  let rounds = 4;
  let extract = false;
  let seed = 'bench-clean-1';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tree') trees.push(resolve(argv[++i]!));
    else if (a === '--size') size = parseSize(argv[++i]!);
    else if (a === '--rounds') rounds = Number(argv[++i]);
    else if (a === '--seed') seed = argv[++i]!;
    else if (a === '--extract') extract = true;
    else throw new Error(`Expected --tree, --size, --rounds, --seed or --extract, got ${a}`);
  }
  if (trees.length === 0) throw new Error('Expected at least one --tree DIR to compare with');
  return { trees, size, rounds, extract, seed };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const trees = [await loadTree(resolve(import.meta.dirname, '..')), ...(await Promise.all(opts.trees.map(loadTree)))];
  try {
    const items: RawItem[] = [];
    let bytes = 0;
    for (const d of generateDocuments(loadCleanCorpus(), opts.seed)) {
      if (bytes >= opts.size) break;
      items.push({ origin: { path: d.name }, format: d.format, bytes: d.bytes });
      bytes += d.bytes.length;
    }
    const options = { extract: opts.extract };
    // A first pass, untimed: warms every tree up and digests its output.
    const digests = trees.map((t) => {
      const h = createHash('sha256');
      for (const item of items) h.update(JSON.stringify(t.analyze(item, options)));
      return h.digest('hex').slice(0, 16);
    });
    const cpu = trees.map(() => [] as number[]);
    for (let r = 0; r < opts.rounds; r++) {
      const sum = trees.map(() => 0);
      for (let d = 0; d < items.length; d++) {
        for (let k = 0; k < trees.length; k++) {
          const i = (d + r + k) % trees.length; // each tree goes first as often as the others
          const c0 = process.cpuUsage();
          trees[i]!.analyze(items[d]!, options);
          const c = process.cpuUsage(c0);
          sum[i] += c.user + c.system;
        }
      }
      sum.forEach((us, i) => cpu[i]!.push(us / 1000));
    }
    const mb = bytes / 2 ** 20;
    console.log(`${round(mb)} MB, ${items.length} docs, extract: ${opts.extract}; ${opts.rounds} rounds, trees interleaved per document; CPU ms per round`);
    trees.forEach((t, i) => {
      const best = Math.min(...cpu[i]!);
      console.log(`${i === 0 ? 'this tree' : t.root}: ${cpu[i]!.map((x) => Math.round(x)).join(' ')}; best ${round(mb / (best / 1000))} MB/s; output ${digests[i]}`);
    });
  } finally {
    for (const t of trees) t.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
