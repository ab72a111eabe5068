/**
 * The policy-instrument categories (data/policy-instruments/instruments.json) and the tagger that
 * finds them in a directive clause by their cue words. Loaded once, cues precompiled once.
 */
import { readFileSync } from 'node:fs';
import { Automaton } from '../automaton.ts';

/** One policy-instrument category. */
export interface Instrument {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly description: string;
  readonly cues: readonly string[];
}

const FILE = new URL('../../../data/policy-instruments/instruments.json', import.meta.url);

interface Compiled {
  readonly list: readonly Instrument[];
  /** Every cue of every category. */
  readonly cues: Automaton;
  /** Per cue (index in `cues.keys`): the indices in `list` of the categories it cues. */
  readonly categoriesOf: readonly (readonly number[])[];
}

let cache: Compiled | null = null;

function load(): Compiled {
  if (cache) return cache;
  const list = JSON.parse(readFileSync(FILE, 'utf8')) as Instrument[];
  for (const i of list) Object.freeze(i);
  const cues = new Automaton(list.flatMap((i) => i.cues));
  const categoriesOf = cues.keys.map((cue) => list.flatMap((i, k) => (i.cues.includes(cue) ? [k] : [])));
  cache = { list: Object.freeze(list), cues, categoriesOf };
  return cache;
}

/** Every category, in file order. */
export function instruments(): readonly Instrument[] {
  return load().list;
}

/**
 * Categories tagged by the clause `categorize` reads, all zero between calls: one buffer for every call
 * (a typed array per clause cost an off-heap allocation each).
 */
let tagged = new Uint8Array(0);

/**
 * Category ids whose cues occur in `clause`, in file order.
 * @example categorize('要加快引进龙头企业') // ['investment', 'enterprise-cultivation']
 */
export function categorize(clause: string): string[] {
  const { list, cues, categoriesOf } = load();
  // A category is tagged when any of its cues occurs in the clause: one scan for every cue.
  const found: number[] = [];
  for (let p = cues.nextStart(clause, 0); p < clause.length; p = cues.nextStart(clause, p + 1)) cues.keysAt(clause, p, found);
  const out: string[] = [];
  if (found.length === 0) return out;
  if (tagged.length < list.length) tagged = new Uint8Array(list.length);
  for (const cue of found) for (const k of categoriesOf[cue]!) tagged[k] = 1;
  for (let i = 0; i < list.length; i++) {
    if (tagged[i] !== 1) continue;
    tagged[i] = 0; // left all zero for the next call
    out.push(list[i]!.id);
  }
  return out;
}

