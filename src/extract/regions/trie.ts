/**
 * extract/regions/trie: longest-match lookup of many literal names (gazetteer names, title heads)
 * with a value per name. Values live in a map by name; matching walks a typed-array automaton
 * (`../automaton.ts`) compiled from the names at the first lookup after a change, without allocating.
 */
import { Automaton } from '../automaton.ts';

/** Literal keys (matched by UTF-16 code unit) mapping to values. */
export class Trie<T> {
  private readonly values = new Map<string, T>();
  /** The automaton over the keys (undefined after a change until the next lookup). */
  private automaton: Automaton | undefined;
  /** Length of the longest key, in code units. */
  maxLength = 0;

  /** Insert `key` → `value`; `merge` combines with an existing value (default: replace). */
  set(key: string, value: T, merge?: (old: T, value: T) => T): void {
    const old = this.values.get(key);
    if (old === undefined) this.automaton = undefined;
    this.values.set(key, old !== undefined && merge ? merge(old, value) : value);
    if (key.length > this.maxLength) this.maxLength = key.length;
  }

  /** The value stored for exactly `key`, if any. */
  get(key: string): T | undefined {
    return this.values.get(key);
  }

  /**
   * Length of the longest key that starts at `text[pos]`, or 0 when none does.
   * @example new Trie().longestAt('湖北省', 0)
   */
  longestAt(text: string, pos: number): number {
    const a = (this.automaton ??= new Automaton(this.values.keys()));
    const k = a.longestAt(text, pos);
    return k < 0 ? 0 : a.keys[k]!.length;
  }

  /** The first position at or after `from` where a key could start (`text.length` when none). */
  nextStart(text: string, from: number): number {
    return (this.automaton ??= new Automaton(this.values.keys())).nextStart(text, from);
  }

  /** Every key length (longest first) that matches at `text[pos]`. */
  lengthsAt(text: string, pos: number): number[] {
    return (this.automaton ??= new Automaton(this.values.keys())).lengthsAt(text, pos);
  }
}
