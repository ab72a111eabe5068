/**
 * The policy-instrument categories (data/policy-instruments/instruments.json) and the tagger that
 * finds them in a directive clause by their cue words. Loaded once, cues precompiled once.
 */
import { readFileSync } from 'node:fs';

/** One policy-instrument category. */
export interface Instrument {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly description: string;
  readonly cues: readonly string[];
}

const FILE = new URL('../../../data/policy-instruments/instruments.json', import.meta.url);

let cache: { list: readonly Instrument[]; patterns: readonly RegExp[] } | null = null;

function load() {
  if (cache) return cache;
  const list = JSON.parse(readFileSync(FILE, 'utf8')) as Instrument[];
  for (const i of list) Object.freeze(i);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = list.map((i) => new RegExp([...i.cues].sort((a, b) => b.length - a.length).map(escape).join('|')));
  cache = { list: Object.freeze(list), patterns };
  return cache;
}

/** Every category, in file order. */
export function instruments(): readonly Instrument[] {
  return load().list;
}

/**
 * Category ids whose cues occur in `clause`, in file order.
 * @example categorize('要加快引进龙头企业') // ['investment', 'enterprise-cultivation']
 */
export function categorize(clause: string): string[] {
  const { list, patterns } = load();
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) if (patterns[i]!.test(clause)) out.push(list[i]!.id);
  return out;
}
