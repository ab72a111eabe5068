/**
 * quality/score: precision, recall and F1 per field of an Analysis against a hand annotation
 * (`corpus/annotations/*.json`). Items are compared as normalized keys; metadata fields count
 * as one item each (right = tp, wrong = fp + fn, absent on both sides = nothing).
 */
import type { Analysis } from '../analysis/schema.ts';

/** A hand annotation of one document (see corpus/README.md). */
export interface Annotation {
  readonly metadata?: {
    readonly title?: string | null;
    readonly outlet?: string | null;
    readonly reporters?: readonly string[];
    readonly published?: string | null;
    readonly dateline?: string | null;
  };
  readonly regions?: readonly { name: string; code: string }[];
  readonly people?: readonly { name: string; titles?: readonly string[]; role?: string }[];
  readonly organizations?: readonly { name: string; kind: string; canonical?: string }[];
  readonly industries?: readonly string[];
  readonly quantities?: readonly { metric: string | null; change?: string | null; value: number; unit: string; qualifier?: string | null }[];
  readonly events?: readonly { type: string; date: string | null; lead: string | null }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The scored fields, in report order. */
export const FIELDS = [
  'regions',
  'people',
  'people_titles',
  'companies',
  'organizations',
  'industries',
  'quantities',
  'events',
  'metadata',
] as const;
export type Field = (typeof FIELDS)[number];

// People roles that are not actors of the story, scored apart from the `people` field? No:
// journalists and photographers are people with a role; the annotation lists them too.
// A chain word an industry mention can end in (产业, 产业链, 精深加工/深加工/加工, as extract/industries keeps them).
const MENTION_CHAIN_WORD = /(?:产业链|产业|精深加工|深加工|加工)$/;

/**
 * A quantity's identity: metric and change (both compared as written; a level has no change), value and unit —
 * `产值|1680|亿元`, `产值 同比增长|8.7|%`, `- 增长|24.6|%` (no metric).
 */
const quantityKey = (q: { metric: string | null; change?: string | null; value: number; unit: string }) =>
  `${q.metric ?? '-'}${q.change ? ` ${q.change}` : ''}|${q.value}|${q.unit}`;

const titlesKey = (name: string, titles: readonly string[] = []) => `${name}|${[...titles].sort().join('、')}`;

function compare(gold: Iterable<string>, got: Iterable<string>): Counts {
  const g = new Set(gold);
  const s = new Set(got);
  let tp = 0;
  for (const k of s) if (g.has(k)) tp++;
  return { tp, fp: s.size - tp, fn: g.size - tp };
}

/** The compared keys of one field: what the annotation wants and what the analysis gave. */
export interface FieldKeys {
  readonly gold: readonly string[];
  readonly got: readonly string[];
}

/**
 * The keys scoring compares, per field the annotation gives (fields it omits are not scored). A metadata
 * field is one key `name=value` on each side when its value is neither null nor empty, so a right value is
 * a tp, a wrong one an fp and an fn, a missing one an fn.
 */
export function fieldKeys(a: Analysis, gold: Annotation): Partial<Record<Field, FieldKeys>> {
  const out: Partial<Record<Field, FieldKeys>> = {};
  if (gold.regions) out.regions = { gold: gold.regions.map((r) => r.code), got: a.regions.map((r) => r.code) };
  if (gold.people) {
    out.people = { gold: gold.people.map((p) => p.name), got: a.people.map((p) => p.name) };
    out.people_titles = {
      gold: gold.people.filter((p) => p.titles?.length).map((p) => titlesKey(p.name, p.titles)),
      got: a.people.filter((p) => p.titles.length).map((p) => titlesKey(p.name, p.titles)),
    };
  }
  if (gold.organizations) {
    out.companies = {
      gold: gold.organizations.filter((o) => o.kind === 'company').map((o) => o.name),
      got: a.organizations.filter((o) => o.kind === 'company').map((o) => o.name),
    };
    out.organizations = {
      gold: gold.organizations.map((o) => `${o.kind}:${o.name}`),
      got: a.organizations.map((o) => `${o.kind}:${o.name}`),
    };
  }
  if (gold.industries) {
    // An annotated industry is found when an extracted industry has that name or was mentioned by it.
    // A mention is also read without the chain word the extractor keeps after the industry (石化产业 for 石化,
    // 化妆品深加工 for 化妆品): the annotation names the industry, not the phrase it was written in.
    const said = new Map<string, string>();
    for (const m of a.mentions) {
      if (m.type !== 'industry' || !m.key) continue;
      said.set(m.text, m.key);
      const bare = m.text.replace(MENTION_CHAIN_WORD, '');
      if (bare.length >= 2 && !said.has(bare)) said.set(bare, m.key);
    }
    const byId = new Map(a.industries.map((i) => [i.id, i.name]));
    const gotNames = new Set(a.industries.map((i) => i.name));
    out.industries = { gold: gold.industries.map((n) => (gotNames.has(n) ? n : byId.get(said.get(n) ?? '') ?? n)), got: [...gotNames] };
  }
  if (gold.quantities) {
    out.quantities = { gold: gold.quantities.map(quantityKey), got: a.quantities.map(quantityKey) };
  }
  if (gold.events) {
    out.events = {
      gold: gold.events.map((e) => `${e.type}|${e.date}|${e.lead}`),
      got: a.events.map((e) => `${e.type}|${e.date}|${e.lead}`),
    };
  }
  if (gold.metadata) {
    const want: string[] = [];
    const got: string[] = [];
    for (const [k, w] of Object.entries(gold.metadata)) {
      const wj = JSON.stringify(w ?? null);
      const gj = JSON.stringify((a as unknown as Record<string, unknown>)[k] ?? null);
      if (wj !== 'null' && wj !== '[]') want.push(`${k}=${wj}`);
      if (gj !== 'null' && gj !== '[]') got.push(`${k}=${gj}`);
    }
    out.metadata = { gold: want, got };
  }
  return out;
}

/** Score one analysis against its annotation: counts per field. Fields the annotation omits are not scored. */
export function scoreDocument(a: Analysis, gold: Annotation): Partial<Record<Field, Counts>> {
  const out: Partial<Record<Field, Counts>> = {};
  for (const [f, k] of Object.entries(fieldKeys(a, gold)) as [Field, FieldKeys][]) out[f] = compare(k.gold, k.got);
  return out;
}

/** The keys of a field the analysis missed (`fn`) and gave wrongly (`fp`). */
export function misses(k: FieldKeys): { fn: string[]; fp: string[] } {
  const g = new Set(k.gold);
  const s = new Set(k.got);
  return { fn: [...g].filter((x) => !s.has(x)), fp: [...s].filter((x) => !g.has(x)) };
}

/** Add counts up and compute precision, recall and F1 per field. */
export function summarize(perDoc: readonly Partial<Record<Field, Counts>>[]): Record<Field, FieldScore> {
  const out = {} as Record<Field, FieldScore>;
  for (const f of FIELDS) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const d of perDoc) {
      const x = d[f];
      if (!x) continue;
      c.tp += x.tp;
      c.fp += x.fp;
      c.fn += x.fn;
    }
    const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[f] = { ...c, precision: round(precision), recall: round(recall), f1: round(f1) };
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
