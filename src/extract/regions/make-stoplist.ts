/**
 * Regenerates data/regions/short-name-stoplist.txt: region short names (and 2-char full names)
 * that are ordinary words. A name is stopped when the jieba dictionary (@node-rs/jieba dict.txt,
 * MIT) lists it with a part of speech other than a place name (ns) and a frequency ≥ MIN_FREQ,
 * plus the hand-kept list at the top of the file (kept between the MANUAL markers).
 *
 * Run: node --import tsx src/extract/regions/make-stoplist.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAreaCodes, shortNames } from './gazetteer.ts';

const MIN_FREQ = 50;
// Nouns are stopped only when frequent (公园 park, 资源 resources); place-like tags never are.
const NOUN_MIN_FREQ = 1000;
// jieba tags of ordinary words: verbs, adjectives, adverbs, conjunctions, numerals, time words ...
// (person/other proper-name tags nr, nrt, nz and place tags ns are not: jieba tags many places so).
const ORDINARY_TAGS = new Set(['v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'c', 'p', 'm', 'q', 'r', 'u', 'f', 't', 'l', 'i', 's', 'b', 'z']);

function isOrdinaryWord(tag: string, freq: number): boolean {
  if (freq < MIN_FREQ) return false;
  return ORDINARY_TAGS.has(tag) || (tag === 'n' && freq >= NOUN_MIN_FREQ);
}
const out = new URL('../../../data/regions/short-name-stoplist.txt', import.meta.url);
const require = createRequire(import.meta.url);
const dictPath = require.resolve('@node-rs/jieba/dict.txt');

const dict = new Map<string, { freq: number; tag: string }>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [w, f, t] = line.split(' ');
  if (w && f && t) dict.set(w, { freq: Number(f), tag: t.trim() });
}
const old = readFileSync(out, 'utf8');
const manual = old.split('# MANUAL END')[0]!;
const entries = parseAreaCodes(readFileSync(new URL('../../../data/regions/result.csv', import.meta.url), 'utf8'));
// Names of provinces, cities and county-level cities (常熟, 即墨) are well known: never auto-stopped.
const known = new Set<string>();
for (const e of entries) {
  if (e.level !== 'county' || e.name.endsWith('市')) for (const s of [e.name, ...shortNames(e.name, e.level)]) known.add(s);
}
const stopped = new Set<string>();
for (const e of entries) {
  // Province and city names are few and well known: only the manual list stops them.
  if (e.level !== 'county') continue;
  const forms = [...shortNames(e.name, e.level), ...(e.name.length === 2 ? [e.name] : [])];
  for (const s of forms) {
    const d = dict.get(s);
    if (d && !known.has(s) && isOrdinaryWord(d.tag, d.freq)) stopped.add(s);
  }
}
writeFileSync(out, `${manual}# MANUAL END\n# Generated from the jieba dictionary (county names that are ordinary words; see make-stoplist.ts):\n${[...stopped].sort().join('\n')}\n`);
console.log(`${stopped.size} generated stop names`);
