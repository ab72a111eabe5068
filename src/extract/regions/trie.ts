/**
 * extract/regions/trie: a character trie for longest-match lookup of many literal names
 * (gazetteer names, title heads). Built once; `longestAt` walks the text without allocating, on a
 * typed-array automaton (`../automaton.ts`) compiled from the keys at the first lookup after a change.
 */
import { Automaton } from '../automaton.ts';

interface Node<T> {
  readonly next: Map<number, Node<T>>;
  value: T | undefined;
}

/** A trie over UTF-16 code units mapping literal keys to values. */
export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };
  /** Every key set so far, and the automaton over them (undefined after a change until the next lookup). */
  private readonly keys = new Set<string>();
  private automaton: Automaton | undefined;
  /** Length of the longest key, in code units. */
  maxLength = 0;

  /** Insert `key` → `value`; `merge` combines with an existing value (default: replace). */
  set(key: string, value: T, merge?: (old: T, value: T) => T): void {
    let node = this.root;
    if (!this.keys.has(key)) {
      this.keys.add(key);
      this.automaton = undefined;
    }
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.value = node.value !== undefined && merge ? merge(node.value, value) : value;
    if (key.length > this.maxLength) this.maxLength = key.length;
  }

  /** The value stored for exactly `key`, if any. */
  get(key: string): T | undefined {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.value;
  }

  /**
   * Length of the longest key that starts at `text[pos]`, or 0 when none does.
   * @example new Trie().longestAt('湖北省', 0)
   */
  longestAt(text: string, pos: number): number {
    const a = (this.automaton ??= new Automaton(this.keys));
    const k = a.longestAt(text, pos);
    return k < 0 ? 0 : a.keys[k]!.length;
  }

  /** Every key length (longest first) that matches at `text[pos]`. */
  lengthsAt(text: string, pos: number): number[] {
    return (this.automaton ??= new Automaton(this.keys)).lengthsAt(text, pos);
  }
}
