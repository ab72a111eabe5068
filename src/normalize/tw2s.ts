/**
 * normalize/tw2s: OpenCC's `tw` → `cn` conversion on compact tries (`CodeUnitTrie`), step for step as
 * opencc-js's `Converter({from: 'tw', to: 'cn'})` runs its configuration (`Locale.configs.tw2s`):
 *   1. normalization chain: each group converts the whole string in turn;
 *   2. segmentation: the string is cut into the longest matches of the segmentation group and the runs
 *      between them;
 *   3. conversion chain: each group converts each segment in turn (no match crosses a segment).
 * Same output as opencc-js for every string without ideographic description characters (U+2FF0–U+2FFF);
 * a test compares the two on every dictionary key. The tries are built on first use (~10 ms).
 */
import { Locale } from 'opencc-js/t2cn';
import { OPENCC_FROM } from './constants.ts';
import { CodeUnitTrie, type Dictionary } from './opencc-trie.ts';

/** The configuration opencc-js runs for `tw` → `cn`, as dictionary groups. */
interface Tw2sConfig {
  readonly normalizationChain?: readonly (readonly Dictionary[])[];
  readonly segmentation?: readonly Dictionary[];
  readonly conversionChain: readonly (readonly Dictionary[])[];
}

interface Tries {
  readonly normalization: readonly CodeUnitTrie[];
  readonly segmentation: CodeUnitTrie | undefined;
  readonly conversion: readonly CodeUnitTrie[];
}

let tries: Tries | undefined;

function build(): Tries {
  const configs = (Locale as unknown as { configs?: Record<string, Tw2sConfig> }).configs;
  const config = configs?.[`${OPENCC_FROM}2s`];
  if (!config) throw new Error(`Expected opencc-js to hold the configuration ${OPENCC_FROM}2s`);
  return {
    normalization: (config.normalizationChain ?? []).map((g) => new CodeUnitTrie(g)),
    segmentation: config.segmentation ? new CodeUnitTrie(config.segmentation) : undefined,
    conversion: config.conversionChain.map((g) => new CodeUnitTrie(g)),
  };
}

/** Segment ends, reused between calls. */
const ends: number[] = [];

/**
 * `Converter({from: 'tw', to: 'cn'})(s)` for a string without ideographic description characters.
 * @example tw2s('乾淨的麵條') // '干净的面条'
 */
export function tw2s(s: string): string {
  const t = (tries ??= build());
  let text = s;
  for (const trie of t.normalization) text = trie.convert(text, 0, text.length);
  if (!t.segmentation) return convertSegment(t.conversion, text, 0, text.length);
  ends.length = 0;
  t.segmentation.segmentEnds(text, ends);
  let out = '';
  let start = 0;
  for (const end of ends) {
    out += convertSegment(t.conversion, text, start, end);
    start = end;
  }
  return out;
}

/** One segment through the conversion chain. */
function convertSegment(chain: readonly CodeUnitTrie[], s: string, start: number, end: number): string {
  if (chain.length === 0) return s.slice(start, end);
  let text = chain[0].convert(s, start, end);
  for (let i = 1; i < chain.length; i++) text = chain[i].convert(text, 0, text.length);
  return text;
}
