/**
 * extract/regions/gazetteer: the GB/T 2260 gazetteer (data/regions/result.csv, yescallop/areacodes,
 * CC0 1.0) loaded once, lazily: every name ever in use (full and short forms) → candidate entries,
 * in a trie for longest-match scanning.
 */
import { readFileSync } from 'node:fs';
import type { RegionLevel } from '../../analysis/schema.ts';
import { Trie } from './trie.ts';
import { ETHNIC_GROUPS, SHORT_NAME_SUFFIXES } from './lexicon.ts';

/** One row of the code history: a name that a code carried during [from, to). */
export interface RegionEntry {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** Code of the city (counties) or province above, or null for provinces. */
  readonly parent: string | null;
  /** First year in use. */
  readonly from: number;
  /** Year it was changed or retired; null while in use. */
  readonly to: number | null;
  /** For a changed or retired name: the code that replaced it (first listed), else null. */
  readonly successor: string | null;
}

/** A name in the trie points at the entries it may denote, and whether it is a short form. */
export interface Candidate {
  readonly entry: RegionEntry;
  readonly short: boolean;
}

/** The loaded gazetteer. */
export interface Gazetteer {
  /** Full and short names → candidates. */
  readonly names: Trie<Candidate[]>;
  /** Code → the entry in use today (absent for retired codes). */
  readonly current: ReadonlyMap<string, RegionEntry>;
  /** Code → every entry that ever carried it, oldest first. */
  readonly history: ReadonlyMap<string, readonly RegionEntry[]>;
}

const DATA_DIR = new URL('../../../data/regions/', import.meta.url);

// Level names in result.csv: 省级 province, 地级 prefecture (city), 县级 county.
const LEVELS: Record<string, RegionLevel> = { 省级: 'province', 地级: 'city', 县级: 'county' };

// An autonomous suffix: 自治州 (prefecture), 自治县 (county), 自治旗 (banner), 自治区 (region).
const AUTONOMOUS = /自治[州县旗区]$/;

/**
 * Short forms of an official name, e.g. 湖北省 → 湖北, 湘西土家族苗族自治州 → 湘西,
 * 内蒙古自治区 → 内蒙古, 金湖县 → 金湖. One-character results are dropped (和县 → none).
 */
export function shortNames(name: string, level: RegionLevel): string[] {
  const out = new Set<string>();
  let base = name;
  if (AUTONOMOUS.test(base)) {
    base = base.replace(AUTONOMOUS, '');
    // Strip ethnic groups from the end repeatedly: 黔东南苗族侗族 → 黔东南.
    for (let changed = true; changed; ) {
      changed = false;
      for (const g of ETHNIC_GROUPS) {
        for (const form of [g + '族', g]) {
          if (base.endsWith(form) && base.length - form.length >= 2) {
            base = base.slice(0, -form.length);
            changed = true;
          }
        }
      }
    }
    if (base !== name && base.length >= 2) out.add(base);
  } else {
    for (const suffix of SHORT_NAME_SUFFIXES[level]) {
      if (base.endsWith(suffix) && base.length - suffix.length >= 2) {
        out.add(base.slice(0, -suffix.length));
        break;
      }
    }
  }
  out.delete(name);
  return [...out];
}

let cached: Gazetteer | null = null;

/** Read the short-name stoplist (one name a line, `#` comments). */
function readStoplist(): Set<string> {
  const text = readFileSync(new URL('short-name-stoplist.txt', DATA_DIR), 'utf8');
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.replace(/#.*/, '').trim();
    if (word) out.add(word);
  }
  return out;
}

/** Parse result.csv into entries (header and BOM skipped). */
export function parseAreaCodes(csv: string): RegionEntry[] {
  const rows = csv.replace(/^\uFEFF/, '').split('\n').slice(1);
  const codes = new Set<string>();
  const raw: string[][] = [];
  for (const line of rows) {
    const f = line.trim().split(',');
    if (f.length < 9 || !LEVELS[f[4]!]) continue;
    raw.push(f);
    codes.add(f[0]!);
  }
  return raw.map((f) => {
    const [code, , second, name, lv, status, from, to, next] = f as [string, string, string, string, string, string, string, string, string];
    const level = LEVELS[lv]!;
    const province = code.slice(0, 2) + '0000';
    const city = code.slice(0, 4) + '00';
    const parent =
      level === 'province' ? null : level === 'city' || second === '直辖' || !codes.has(city) ? province : city;
    // `新代码` lists replacements, some with the year they applied: 420602[1984];420603[1984].
    const firstNext = next ? next.split(';')[0]!.replace(/\[.*\]/, '') : '';
    const successor = status === '在用' ? null : status === '变更' ? code : firstNext || null;
    return { code, name, level, parent, from: Number(from), to: to ? Number(to) : null, successor };
  });
}

/** The gazetteer, built on first use and cached. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const entries = parseAreaCodes(readFileSync(new URL('result.csv', DATA_DIR), 'utf8'));
  const stop = readStoplist();
  const names = new Trie<Candidate[]>();
  const current = new Map<string, RegionEntry>();
  const history = new Map<string, RegionEntry[]>();
  const merge = (a: Candidate[], b: Candidate[]) => a.concat(b);
  for (const e of entries) {
    if (e.to === null) current.set(e.code, e);
    const h = history.get(e.code);
    if (h) h.push(e);
    else history.set(e.code, [e]);
    if (!stop.has(e.name)) names.set(e.name, [{ entry: e, short: false }], merge);
    for (const s of shortNames(e.name, e.level)) {
      if (!stop.has(s)) names.set(s, [{ entry: e, short: true }], merge);
    }
  }
  for (const h of history.values()) h.sort((a, b) => a.from - b.from);
  cached = { names, current, history };
  return cached;
}
