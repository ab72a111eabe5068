/**
 * quality-report: the extraction quality of every annotated set (demo and held-out gate, clean and
 * noisy) as a precision/recall/F1 table per field, next to the gate's pinned floors, followed by the
 * worst documents per field (lowest F1, then most misses) — for engineers improving extraction.
 *
 *   node --import tsx scripts/quality-report.ts [--worst N] [--set demo|gate] [--variant clean|noisy] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELDS, type Counts, type Field, type FieldScore } from '../src/quality/score.ts';
import { formatTable, items, measure, REPO_ROOT, SETS, type ScoredItem, type SetName, type Variant } from '../test/quality/sets.ts';

/** F1 of one item's counts for a field (1 when there is nothing to find and nothing found). */
export function itemF1(c: Counts): number {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The `n` worst items for a field: lowest F1 first, then most errors; items scoring 1 are left out. */
export function worstItems(perItem: readonly ScoredItem[], field: Field, n: number): { id: string; f1: number; counts: Counts }[] {
  return perItem
    .filter((p) => p.counts[field])
    .map((p) => ({ id: p.id, counts: p.counts[field]!, f1: itemF1(p.counts[field]!) }))
    .filter((x) => x.f1 < 1)
    .sort((a, b) => a.f1 - b.f1 || b.counts.fn + b.counts.fp - (a.counts.fn + a.counts.fp) || a.id.localeCompare(b.id))
    .slice(0, n);
}

function main(argv: readonly string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? undefined : argv[i + 1];
  };
  const worst = Number(arg('worst') ?? 5);
  const sets = (arg('set') ? [arg('set')] : Object.keys(SETS)) as SetName[];
  const variants = (arg('variant') ? [arg('variant')] : ['clean', 'noisy']) as Variant[];
  const floors = JSON.parse(readFileSync(join(REPO_ROOT, 'test/quality/floors.json'), 'utf8')) as Record<string, number>;
  const json: Record<string, Record<Field, FieldScore>> = {};
  for (const set of sets) {
    for (const variant of variants) {
      const list = items(set, variant);
      if (list.length === 0) continue;
      const t0 = performance.now();
      const { perItem, summary } = measure(list);
      const ms = performance.now() - t0;
      json[`${set}.${variant}`] = summary;
      if (argv.includes('--json')) continue;
      console.log(formatTable(`${set} ${variant}: ${list.length} items, ${(ms / 1000).toFixed(1)} s`, summary, floors, `${set}.${variant}.`));
      for (const f of FIELDS) {
        const w = worstItems(perItem, f, worst);
        if (w.length === 0) continue;
        console.log(`  worst ${f}: ${w.map((x) => `${x.id} (F1 ${x.f1.toFixed(2)}, fp ${x.counts.fp}, fn ${x.counts.fn})`).join('; ')}`);
      }
      console.log('');
    }
  }
  if (argv.includes('--json')) console.log(JSON.stringify(json, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
