/**
 * A dictionary for leftmost-longest matching: the taxonomy's ~1,000 surfaces in one automaton
 * (`../automaton.ts`), walked by UTF-16 code unit. A position whose character starts no surface
 * costs one array read, so a scan is linear in the text (a 1,000-way regex alternation tries many
 * branches per position and ran at about 6 MB/s).
 */
import { Automaton } from '../automaton.ts';

/** A compiled dictionary. */
export interface Trie {
  readonly automaton: Automaton;
}

/** Build the trie of `surfaces` (empty strings are ignored). */
export function buildTrie(surfaces: Iterable<string>): Trie {
  return { automaton: new Automaton(surfaces) };
}

/** The first position at or after `from` where a surface could start (`text.length` when none). */
export function nextStart(trie: Trie, text: string, from: number): number {
  return trie.automaton.nextStart(text, from);
}

/** The longest surface starting at `at` in `text`, or null. */
export function longestAt(trie: Trie, text: string, at: number): string | null {
  const k = trie.automaton.longestAt(text, at);
  return k < 0 ? null : trie.automaton.keys[k]!;
}
