/**
 * bench/machine: a description of the machine a benchmark ran on (cores, CPU model, memory, Node), for
 * BENCHMARKS.md, and small shared helpers for the benchmark scripts.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, availableParallelism } from 'node:os';

/** The machine a benchmark ran on. */
export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly date: string;
}

/** Describe this machine (`nproc`, `lscpu` model name, total memory, Node version, ISO date). */
export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /Model name:\s*(.+)/.exec(execFileSync('lscpu', { encoding: 'utf8' }));
    if (m) cpu = m[1]!.trim();
  } catch {
    // lscpu missing: keep os.cpus()'s model
  }
  return {
    nproc: availableParallelism(),
    cpu,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** One measured number. */
export interface Measure {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/** What a benchmark script reports. */
export interface BenchResult {
  readonly name: string;
  readonly measures: readonly Measure[];
  /** Why the benchmark did not run (missing tool or stage), if it did not. */
  readonly skipped?: string;
}

/** Peak resident set size of this process so far, in MiB (`process.resourceUsage().maxRSS` is KiB). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Round to 2 significant decimals for reports. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Parse `--name value` flags. */
export function flags(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        out.set(a.slice(2), next);
        i++;
      } else out.set(a.slice(2), 'true');
    }
  }
  return out;
}
