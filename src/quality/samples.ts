/**
 * quality/samples: locating the shared sample pages and acceptance file (read at test time,
 * never copied into the project), and running the pipeline over them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../pipeline.ts';
import type { Analysis } from '../analysis/schema.ts';
import { checkSeed, type SeedCheck, type SeedExpectation } from './seeds.ts';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared` beside the repository (present in CI and on developer machines). */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SEEDS_DIR = join(SHARED_DIR, 'samples/seeds');
export const SEEDS_FILE = join(SHARED_DIR, 'acceptance/seeds.json');

/** True when the shared samples and acceptance file are there. */
export function haveSeeds(): boolean {
  return existsSync(SEEDS_FILE) && existsSync(SEEDS_DIR);
}

/** The acceptance expectations, one per sample file. */
export function loadSeedExpectations(): SeedExpectation[] {
  return (JSON.parse(readFileSync(SEEDS_FILE, 'utf8')) as { documents: SeedExpectation[] }).documents;
}

/** Analyze one sample file as the CLI would. */
export function analyzeSample(file: string): Analysis {
  const path = join(SEEDS_DIR, file);
  return analyze({ origin: { path }, format: /\.html?$/i.test(file) ? 'html' : 'text', bytes: readFileSync(path) });
}

/** Every check of every sample. */
export function runSeedChecks(): { file: string; checks: SeedCheck[] }[] {
  return loadSeedExpectations().map((exp) => ({ file: exp.file, checks: checkSeed(analyzeSample(exp.file), exp) }));
}

/** Passed/total per field over all samples (stretch checks counted apart). */
export function tallySeedChecks(results: { checks: SeedCheck[] }[]): Record<string, { passed: number; total: number }> {
  const t: Record<string, { passed: number; total: number }> = {};
  for (const r of results) {
    for (const c of r.checks) {
      const key = c.stretch ? `${c.field}_stretch` : c.field;
      t[key] ??= { passed: 0, total: 0 };
      t[key].total++;
      if (c.ok) t[key].passed++;
    }
  }
  return t;
}
