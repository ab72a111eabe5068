/**
 * bench/run: runs every benchmark (`npm run bench`), each in its own Node process so that peak RSS is
 * per benchmark, and rewrites the results section of BENCHMARKS.md (between the `results` markers) with
 * the machine description and the numbers. Pass `--only clean,segment` to run some; sizes are each
 * script's defaults unless given here (`--size`, `--full-size`, `--seg-size`, `--pos-size`, `--docs`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeMachine, flags, type BenchResult, type Machine } from './machine.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const REPORT = join(ROOT, 'BENCHMARKS.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

/** Render the results section (Markdown). */
export function renderResults(machine: Machine, results: readonly BenchResult[]): string {
  const lines = [
    `Run on ${machine.date}: ${machine.nproc} cores (\`nproc\`), ${machine.cpu} (\`lscpu\`), ${machine.memoryGiB} GiB memory, Node ${machine.node}.`,
    '',
  ];
  for (const r of results) {
    lines.push(`### ${r.name}`, '');
    if (r.skipped) lines.push(`Not run: ${r.skipped}`, '');
    if (r.measures.length > 0) {
      lines.push('| measure | value | notes |', '|---|---:|---|');
      for (const m of r.measures) lines.push(`| ${m.metric} | ${m.value} ${m.unit} | ${m.note ?? ''} |`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** Replace the section between the markers (or append one). */
export function replaceSection(doc: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  return a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + END.length) : `${doc.trimEnd()}\n\n${block}\n`;
}

function runScript(script: string, args: readonly string[]): BenchResult {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script), ...args, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const name = script.replace(/\.ts$/, '');
  const last = res.stdout?.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as BenchResult;
  } catch {
    return { name, measures: [], skipped: `failed (exit ${res.status}): ${(res.stderr ?? '').trim().split('\n').slice(-2).join(' | ').slice(0, 300)}` };
  }
}

function main(): void {
  const f = flags(process.argv.slice(2));
  const only = f.get('only')?.split(',');
  const pass = (keys: [string, string][]) => keys.flatMap(([from, to]) => (f.has(from) ? [`--${to}`, f.get(from)!] : []));
  const plan: [string, string[]][] = [
    ['clean.ts', pass([['size', 'size'], ['full-size', 'full-size']])],
    ['segment.ts', pass([['seg-size', 'size'], ['pos-size', 'pos-size']])],
    ['ingest.ts', pass([['docs', 'docs'], ['workers', 'workers'], ['modes', 'modes']])],
  ];
  const results: BenchResult[] = [];
  for (const [script, args] of plan) {
    if (only && !only.includes(script.replace(/\.ts$/, ''))) continue;
    process.stderr.write(`bench: ${script} ${args.join(' ')}\n`);
    const r = runScript(script, args);
    for (const m of r.measures) process.stderr.write(`  ${m.metric}: ${m.value} ${m.unit}\n`);
    if (r.skipped) process.stderr.write(`  skipped: ${r.skipped}\n`);
    results.push(r);
  }
  const doc = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmarks\n';
  writeFileSync(REPORT, replaceSection(doc, renderResults(describeMachine(), results)));
  process.stderr.write(`bench: wrote ${REPORT}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
