/**
 * bench/noise: the five noise passes one by one on ONE core, over the text they really see.
 *
 * A generated corpus (`src/corpus/large.ts`) is decoded and HTML-extracted first (not timed); each
 * pass's inputs are the previous pass's outputs, in the order of `src/pipeline.ts`. Then every pass runs
 * over its inputs `--rounds` times, timed by CPU time (`process.cpuUsage()`, user + system). MB are
 * UTF-8 megabytes (2^20 bytes) of the raw documents, as in `bench/clean.ts`. For each pass the table
 * also gives how many documents it changed and a digest of its results (text, edits, findings), so two
 * trees can be compared for identical output: `--tree DIR` loads the passes from another checkout and
 * alternates the two, round by round, in the same process.
 *
 *   node --import tsx bench/noise.ts [--size 8MB] [--rounds 4] [--seed bench-clean-1] [--tree ../old] [--only jammer]
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode } from '../src/decode/index.ts';
import { extractHtml } from '../src/clean/html/index.ts';
import { generateDocuments } from '../src/corpus/large.ts';
import { loadCleanCorpus } from '../src/corpus/source.ts';
import { parseSize } from '../src/corpus/build.ts';
import type { PassResult } from '../src/text/edits.ts';
import { flags, round } from './machine.ts';

type Pass = (text: string) => PassResult;
interface Passes {
  readonly label: string;
  readonly list: readonly (readonly [string, Pass])[];
}

/** The noise passes of a tree, in pipeline order. */
async function loadPasses(root: string, label: string): Promise<Passes> {
  const at = (p: string) => import(pathToFileURL(resolve(root, p)).href);
  const [moj, lost, rem, pin, jam] = await Promise.all([
    at('src/clean/noise/mojibake.ts'),
    at('src/clean/noise/lost-char.ts'),
    at('src/clean/html/remnants.ts'),
    at('src/clean/noise/pinyin.ts'),
    at('src/clean/noise/jammer.ts'),
  ]);
  return {
    label,
    list: [
      ['mojibake', moj.repairMojibake],
      ['lost-char', lost.recoverLostCharacters],
      ['remnants', rem.removeTagRemnants],
      ['pinyin', pin.removePinyinAnnotations],
      ['jammer', jam.removeJammers],
    ],
  };
}

/** Texts as the noise stage receives them (decoded, HTML extracted), and their raw byte count. */
function noiseInputs(size: number, seed: string): { texts: string[]; bytes: number } {
  const texts: string[] = [];
  let bytes = 0;
  for (const d of generateDocuments(loadCleanCorpus(), seed)) {
    if (bytes >= size) break;
    bytes += d.bytes.length;
    let text = decode(d.bytes, { html: d.format === 'html' }).text;
    if (d.format === 'html') text = extractHtml(text).text;
    texts.push(text);
  }
  return { texts, bytes };
}

/** CPU seconds of `pass` over `inputs`. */
function cpuSeconds(pass: Pass, inputs: readonly string[]): number {
  const c0 = process.cpuUsage();
  for (const t of inputs) pass(t);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

async function main(): Promise<void> {
  const f = flags(process.argv.slice(2));
  const size = parseSize(f.get('size') ?? '8MB');
  const rounds = Number(f.get('rounds') ?? 4);
  const seed = f.get('seed') ?? 'bench-clean-1';
  const trees = [await loadPasses('.', 'this')];
  if (f.get('tree')) trees.push(await loadPasses(f.get('tree')!, f.get('tree')!));
  const { texts, bytes } = noiseInputs(size, seed);
  const mb = bytes / 2 ** 20;
  console.log(`${texts.length} documents, ${round(mb)} MB raw; ${rounds} rounds; CPU seconds, best round`);
  // Inputs of each pass (from the first tree), the documents each pass changed, and digests per tree.
  const inputs: string[][] = [];
  let current = texts;
  for (const [name, pass] of trees[0]!.list) {
    inputs.push(current);
    const results = current.map((t) => pass(t));
    const changed = results.filter((r) => r.edits.length > 0 || (r.findings?.length ?? 0) > 0).length;
    const digests = trees.map((tree) => {
      const p = tree.list.find(([n]) => n === name)![1];
      const h = createHash('sha256');
      for (const t of current) h.update(JSON.stringify(p(t))).update('\n');
      return h.digest('hex').slice(0, 12);
    });
    console.log(`${name}: ${changed} of ${current.length} documents with edits or findings; digest ${digests.join(' / ')}`);
    current = results.map((r) => r.text);
  }
  const best = trees.map(() => trees[0]!.list.map(() => Infinity));
  for (let r = 0; r < rounds; r++) {
    for (let t = 0; t < trees.length; t++) {
      const k = r % 2 === 0 ? t : trees.length - 1 - t; // alternate which tree goes first
      trees[k]!.list.forEach(([name, pass], i) => {
        if (f.has('only') && f.get('only') !== name) return;
        best[k]![i] = Math.min(best[k]![i]!, cpuSeconds(pass, inputs[i]!));
      });
    }
  }
  for (let t = 0; t < trees.length; t++) {
    const timed = trees[t]!.list.map(([name], i) => [name, best[t]![i]!] as const).filter(([, s]) => s < Infinity);
    const row = timed.map(([name, s]) => `${name} ${round(s * 1000)} ms (${round(mb / s)} MB/s)`);
    const total = timed.reduce((a, [, s]) => a + s, 0);
    console.log(`${trees[t]!.label}: ${row.join(', ')}; all timed ${round(total * 1000)} ms (${round(mb / total)} MB/s)`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
