/**
 * extract/regions/trie: a character trie for longest-match lookup of many literal names
 * (gazetteer names, title heads). Built once; `longestAt` walks the text without allocating.
 */

interface Node<T> {
  readonly next: Map<number, Node<T>>;
  value: T | undefined;
}

/** A trie over UTF-16 code units mapping literal keys to values. */
export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };
  /** 1 at each UTF-16 code unit some key starts with: most text positions are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);
  /** Length of the longest key, in code units. */
  maxLength = 0;

  /** Insert `key` → `value`; `merge` combines with an existing value (default: replace). */
  set(key: string, value: T, merge?: (old: T, value: T) => T): void {
    let node = this.root;
    if (key.length > 0) this.starts[key.charCodeAt(0)] = 1;
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
    if (pos >= text.length || this.starts[text.charCodeAt(pos)] === 0) return 0;
    let node: Node<T> | undefined = this.root;
    let best = 0;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) best = i - pos + 1;
    }
    return best;
  }

  /** Every key length (longest first) that matches at `text[pos]`. */
  lengthsAt(text: string, pos: number): number[] {
    if (pos >= text.length || this.starts[text.charCodeAt(pos)] === 0) return [];
    let node: Node<T> | undefined = this.root;
    const out: number[] = [];
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) out.unshift(i - pos + 1);
    }
    return out;
  }
}
