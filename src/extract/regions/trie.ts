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
  /** Values by the automaton's key index (undefined after a change until the next lookup). */
  private byIndex: T[] | undefined;
  /** Length of the longest key, in code units. */
  maxLength = 0;

  /** Insert `key` → `value`; `merge` combines with an existing value (default: replace). */
  set(key: string, value: T, merge?: (old: T, value: T) => T): void {
    const old = this.values.get(key);
    if (old === undefined) this.automaton = undefined;
    this.byIndex = undefined;
    this.values.set(key, old !== undefined && merge ? merge(old, value) : value);
    if (key.length > this.maxLength) this.maxLength = key.length;
  }

  /** The value stored for exactly `key`, if any. */
  get(key: string): T | undefined {
    return this.values.get(key);
  }

  /** The automaton, compiled after a change. */
  private compiled(): Automaton {
    return (this.automaton ??= new Automaton(this.values.keys()));
  }

  /**
   * Length of the longest key that starts at `text[pos]`, or 0 when none does.
   * @example new Trie().longestAt('湖北省', 0)
   */
  longestAt(text: string, pos: number): number {
    const a = this.compiled();
    const k = a.longestAt(text, pos);
    return k < 0 ? 0 : a.keys[k]!.length;
  }

  /**
   * Index of the longest key that starts at `text[pos]`, or -1 when none does: `lengthOf` and
   * `valueOf` read it without making a substring.
   */
  longestKeyAt(text: string, pos: number): number {
    return this.compiled().longestAt(text, pos);
  }

  /** Length of the key at `index` (from `longestKeyAt`). */
  lengthOf(index: number): number {
    return this.compiled().keys[index]!.length;
  }

  /** The value of the key at `index` (from `longestKeyAt`), as `get` of that key. */
  valueOf(index: number): T {
    const a = this.compiled();
    const byIndex = (this.byIndex ??= a.keys.map((key) => this.values.get(key)!));
    return byIndex[index]!;
  }

  /** The first position at or after `from` where a key could start (`text.length` when none). */
  nextStart(text: string, from: number): number {
    return this.compiled().nextStart(text, from);
  }

  /** Every key length (longest first) that matches at `text[pos]`. */
  lengthsAt(text: string, pos: number): number[] {
    return this.compiled().lengthsAt(text, pos);
  }
}
