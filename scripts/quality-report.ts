/**
 * quality-report: the extraction quality of every annotated set (demo and held-out gate, clean and
 * noisy) as a precision/recall/F1 table per field, next to the gate's pinned floors, followed by the
 * worst documents per field (lowest F1, then most misses) — for engineers improving extraction.
 *
 *   node --import tsx scripts/quality-report.ts [--worst N] [--set demo|gate] [--variant clean|noisy] [--json]
 *       [--misses] [--lost] [--field F]
 *
 * `--misses` prints, per document and field, the items missed (`- key`) and given wrongly (`+ key`).
 * `--lost` prints, per noisy item, what its clean document scored right and the noisy copy did not:
 * items found on clean and missed on noisy (`- key`), and wrong items only the noisy copy gives (`+ key`).
 * `--field F` limits both to one field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELDS, misses, type Counts, type Field, type FieldScore } from '../src/quality/score.ts';
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

/** Per item and field: the keys missed (`-`) and given wrongly (`+`), as printable lines. */
export function missLines(perItem: readonly ScoredItem[], fields: readonly Field[]): string[] {
  const out: string[] = [];
  for (const p of perItem) {
    for (const f of fields) {
      const k = p.keys[f];
      if (!k) continue;
      const m = misses(k);
      if (m.fn.length + m.fp.length === 0) continue;
      out.push(`  ${p.id} ${f}: ${[...m.fn.map((x) => `- ${x}`), ...m.fp.map((x) => `+ ${x}`)].join('  ')}`);
    }
  }
  return out;
}

/**
 * Per noisy item and field: the keys its clean document found right and it missed (`-`), and the wrong
 * keys it gives that the clean document does not (`+`), as printable lines.
 */
export function lostLines(clean: readonly ScoredItem[], noisy: readonly ScoredItem[], fields: readonly Field[]): string[] {
  const bySource = new Map(clean.map((c) => [c.source, c]));
  const out: string[] = [];
  for (const n of noisy) {
    const c = bySource.get(n.source);
    if (!c) continue;
    for (const f of fields) {
      const kc = c.keys[f];
      const kn = n.keys[f];
      if (!kc || !kn) continue;
      const mc = misses(kc);
      const mn = misses(kn);
      const lost = mn.fn.filter((x) => !mc.fn.includes(x));
      const added = mn.fp.filter((x) => !mc.fp.includes(x));
      if (lost.length + added.length === 0) continue;
      out.push(`  ${n.id} ${f}: ${[...lost.map((x) => `- ${x}`), ...added.map((x) => `+ ${x}`)].join('  ')}`);
    }
  }
  return out;
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
  const fields = arg('field') ? [arg('field') as Field] : FIELDS;
  const json: Record<string, Record<Field, FieldScore>> = {};
  const scored = new Map<string, ScoredItem[]>();
  for (const set of sets) {
    for (const variant of variants) {
      const list = items(set, variant);
      if (list.length === 0) continue;
      const t0 = performance.now();
      const { perItem, summary } = measure(list);
      const ms = performance.now() - t0;
      json[`${set}.${variant}`] = summary;
      scored.set(`${set}.${variant}`, perItem);
      if (argv.includes('--json')) continue;
      console.log(formatTable(`${set} ${variant}: ${list.length} items, ${(ms / 1000).toFixed(1)} s`, summary, floors, `${set}.${variant}.`));
      for (const f of FIELDS) {
        const w = worstItems(perItem, f, worst);
        if (w.length === 0) continue;
        console.log(`  worst ${f}: ${w.map((x) => `${x.id} (F1 ${x.f1.toFixed(2)}, fp ${x.counts.fp}, fn ${x.counts.fn})`).join('; ')}`);
      }
      if (argv.includes('--misses')) for (const line of missLines(perItem, fields)) console.log(line);
      console.log('');
    }
  }
  if (argv.includes('--lost')) {
    for (const set of sets) {
      const clean = scored.get(`${set}.clean`) ?? measure(items(set, 'clean')).perItem;
      const noisy = scored.get(`${set}.noisy`) ?? measure(items(set, 'noisy')).perItem;
      console.log(`# ${set}: lost between clean and noisy`);
      for (const line of lostLines(clean, noisy, fields)) console.log(line);
    }
  }
  if (argv.includes('--json')) console.log(JSON.stringify(json, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
