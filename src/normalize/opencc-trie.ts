/**
 * normalize/opencc-trie: OpenCC's dictionaries as compact code-unit tries, and the three operations
 * opencc-js performs with them (`convert`, `segment`), giving the same strings without its per-node
 * `Map`s, code-point reads and per-call arrays.
 *
 * A trie is flat: the children of the root are a 64 K table (most characters start no key, and that
 * lookup is the hot one), deeper children an open-addressing hash of (node, code unit). Keys are read
 * by UTF-16 code units rather than code points; since every key is well formed, a key matches at the
 * same places either way (no key starts with a low surrogate or ends between the two halves of a pair).
 *
 * Not handled here: ideographic description characters (U+2FF0–U+2FFF), which opencc-js steps over as
 * a unit with the characters they describe. Callers pass only strings without them (t2s converts a
 * string holding one with opencc-js itself).
 */

/** A dictionary as opencc-js stores it: `key value|key value…`. */
export type Dictionary = string;

/** A compact trie of one dictionary group. */
export class CodeUnitTrie {
  /** Root child per code unit: node id, 0 = none (node 0 is the root). */
  private readonly rootChild = new Int32Array(0x10000);
  // Open-addressing hash of deeper edges: slot → parent node + 1 (0 = empty), code unit, child node.
  private slotParent: Int32Array;
  private slotUnit: Uint16Array;
  private slotChild: Int32Array;
  private edges = 0;
  /** Per node: index into `values` + 1, 0 = no key ends here. */
  private nodeValue: Int32Array = new Int32Array(1024);
  private readonly values: string[] = [];
  private nodes = 1;

  /**
   * A trie of a dictionary group, built as opencc-js's `Trie.loadDictGroup` builds it: dictionaries
   * loaded last to first, each entry overriding an equal key loaded before it (so the first
   * dictionary of the group wins).
   */
  constructor(group: readonly Dictionary[]) {
    let entries = 0;
    for (const d of group) entries += d.length;
    let size = 1024;
    while (size < entries) size *= 2; // more slots than edges (an edge costs at least 3 characters of text)
    this.slotParent = new Int32Array(size);
    this.slotUnit = new Uint16Array(size);
    this.slotChild = new Int32Array(size);
    for (const d of [...group].reverse()) {
      for (const entry of d.split('|')) {
        const [key, value] = entry.split(' ');
        if (key === undefined || value === undefined) throw new TypeError(`Expected "key value", got ${JSON.stringify(entry)}`);
        this.add(key, value);
      }
    }
  }

  private add(key: string, value: string): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === 0) next = this.addChild(node, unit);
      node = next;
    }
    this.values.push(value);
    this.nodeValue[node] = this.values.length;
  }

  private addChild(node: number, unit: number): number {
    const id = this.nodes++;
    if (id >= this.nodeValue.length) {
      const grown = new Int32Array(this.nodeValue.length * 2);
      grown.set(this.nodeValue);
      this.nodeValue = grown;
    }
    if (node === 0) {
      this.rootChild[unit] = id;
      return id;
    }
    if (2 * (this.edges + 1) > this.slotParent.length) this.grow();
    const slot = this.emptySlot(node, unit);
    this.slotParent[slot] = node + 1;
    this.slotUnit[slot] = unit;
    this.slotChild[slot] = id;
    this.edges++;
    return id;
  }

  private grow(): void {
    const [parents, units, children] = [this.slotParent, this.slotUnit, this.slotChild];
    this.slotParent = new Int32Array(parents.length * 2);
    this.slotUnit = new Uint16Array(parents.length * 2);
    this.slotChild = new Int32Array(parents.length * 2);
    for (let i = 0; i < parents.length; i++) {
      if (parents[i] === 0) continue;
      const slot = this.emptySlot(parents[i] - 1, units[i]);
      this.slotParent[slot] = parents[i];
      this.slotUnit[slot] = units[i];
      this.slotChild[slot] = children[i];
    }
  }

  private emptySlot(node: number, unit: number): number {
    const mask = this.slotParent.length - 1;
    let slot = hash(node, unit) & mask;
    while (this.slotParent[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  /** The child of `node` by `unit`, 0 when there is none. */
  private child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit];
    const mask = this.slotParent.length - 1;
    for (let slot = hash(node, unit) & mask; ; slot = (slot + 1) & mask) {
      const p = this.slotParent[slot];
      if (p === 0) return 0;
      if (p === node + 1 && this.slotUnit[slot] === unit) return this.slotChild[slot];
    }
  }

  /** Whether some key starts with the code unit `unit`. */
  starts(unit: number): boolean {
    return this.rootChild[unit] !== 0;
  }

  /**
   * The longest key that `s` holds at `at` (before `end`): its end, with its value index in
   * `this.lastValue`; -1 when no key matches there (opencc-js `matchPrefix`).
   */
  matchAt(s: string, at: number, end: number): number {
    let node = this.rootChild[s.charCodeAt(at)];
    if (node === 0) return -1;
    let found = -1;
    for (let i = at + 1; ; i++) {
      const v = this.nodeValue[node];
      if (v !== 0) {
        found = i;
        this.lastValue = v - 1;
      }
      if (i >= end) break;
      node = this.child(node, s.charCodeAt(i));
      if (node === 0) break;
    }
    return found;
  }

  /** Value index of the last successful `matchAt`. */
  lastValue = 0;

  /** The value stored at index `index`. */
  value(index: number): string {
    return this.values[index];
  }

  /**
   * `s.slice(start, end)` with every longest match, scanning left to right, replaced by its value
   * (opencc-js `Trie.convert`, for strings without ideographic description characters).
   */
  convert(s: string, start: number, end: number): string {
    let out = '';
    let copied = start; // s[start, copied) is in `out`
    for (let i = start; i < end; ) {
      const e = this.rootChild[s.charCodeAt(i)] === 0 ? -1 : this.matchAt(s, i, end);
      if (e < 0) {
        i++;
        continue;
      }
      out += s.slice(copied, i) + this.values[this.lastValue];
      i = copied = e;
    }
    return copied === start ? s.slice(start, end) : out + s.slice(copied, end);
  }

  /**
   * Segment ends of `s` as opencc-js `Trie.segment` cuts it: each longest match is a segment, and each
   * run of characters between matches is one. Pushes the end of every segment to `ends`.
   */
  segmentEnds(s: string, ends: number[]): void {
    let pending = false; // a run of unmatched characters is open
    for (let i = 0; i < s.length; ) {
      const e = this.rootChild[s.charCodeAt(i)] === 0 ? -1 : this.matchAt(s, i, s.length);
      if (e < 0) {
        pending = true;
        i++;
        continue;
      }
      if (pending) ends.push(i);
      pending = false;
      ends.push(e);
      i = e;
    }
    if (pending) ends.push(s.length);
  }
}

function hash(node: number, unit: number): number {
  return Math.imul(node * 65599 + unit, 0x9e3779b1) >>> 7;
}
