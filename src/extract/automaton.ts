/**
 * extract/automaton: a static character trie in typed arrays, for longest-match lookup of many literal
 * keys (gazetteer names, industry surfaces, organization head words and known names).
 *
 * Code units are mapped to a small alphabet (0 = in no key, so most text positions stop at one array
 * read); each edge (state, symbol) → state lives in one open-addressing hash table of Int32Arrays. A
 * walk allocates nothing and does no `Map` lookup: the `Map`-per-node tries it replaces spent about a
 * quarter of all extraction time walking.
 */

/** Multiplier of the edge hash (2^32 / golden ratio). */
const GOLDEN = 0x9e3779b1 | 0;

/** Bits of the pair filter (a power of two): 2^17 bits keep false positives near 4 % for ~5,000 distinct pairs. */
const PAIR_BITS = 1 << 17;

/** Bit index in the pair filter of the code units `a`, `b`. */
function pairHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, GOLDEN) >>> 15;
}

/** A compiled set of keys; matching is by UTF-16 code unit, exactly as `text.startsWith(key, at)`. */
export class Automaton {
  /** The distinct non-empty keys, in first-insertion order; match results index into it. */
  readonly keys: readonly string[];
  /** Length of the longest key, in code units. */
  readonly maxLength: number;
  /**
   * Code unit → symbol (1…width-1), 0 when no key holds it, in two levels: `symbols[(page[c >> 8] << 8) | (c & 255)]`.
   * Only the 256-unit pages some key uses are stored (page 0 is all zeros): a few KB to a few tens of KB
   * instead of a 128 KB table per automaton, so the stages' automata stay in cache together.
   */
  private readonly page = new Uint16Array(256);
  private readonly symbols: Uint16Array;
  private readonly width: number;
  private readonly shift: number;
  private readonly mask: number;
  /**
   * Edge table, slot h at [2h, 2h+1]: the key `state * width + symbol + 1` (0 marks an empty slot) and
   * the target state side by side, so a probe reads one cache line.
   */
  private readonly edges: Int32Array;
  /** Per state: index + 1 of the key ending there, 0 when none does. */
  private readonly accept: Int32Array;
  /** The root's edges by symbol (0 = none): the first step of every walk needs no hashing. */
  private readonly rootNext: Int32Array;
  /**
   * Bit c set for each code unit c some key starts with: `nextStart` reads one word per character.
   * A bitset (8 KB) rather than a byte table (64 KB): the stages scan with several automata, and
   * their tables stay in cache together.
   */
  private readonly startable = new Int32Array(0x10000 >>> 5);
  /** Bit c set for each code unit c that is a whole key on its own. */
  private readonly single = new Int32Array(0x10000 >>> 5);
  /**
   * A Bloom filter (16 KB, one hash) of the first two code units of every longer key: `nextStart` skips a
   * position whose pair is in no key's start. Most positions whose first unit starts a key fail at the
   * second (gazetteer: 9 in 10), and this bit costs one read of a small table instead of a call and an
   * edge-table probe; a false positive only costs that walk, so matching is exact.
   */
  private readonly pairs = new Int32Array(PAIR_BITS >>> 5);

  /**
   * Compile `keys` (empty strings are ignored, duplicates kept once).
   * @example new Automaton(['湖北', '湖北省']).longestAt('湖北省十堰市', 0) // → 1 (湖北省)
   */
  constructor(keys: Iterable<string>) {
    const distinct = [...new Set(keys)].filter((k) => k.length > 0);
    this.keys = distinct;
    let symbols = 0;
    let maxLength = 0;
    const alphabet = new Map<number, number>();
    for (const k of distinct) {
      maxLength = Math.max(maxLength, k.length);
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (!alphabet.has(c)) alphabet.set(c, ++symbols);
      }
    }
    let pages = 1;
    for (const c of alphabet.keys()) if (this.page[c >> 8] === 0) this.page[c >> 8] = pages++;
    this.symbols = new Uint16Array(pages << 8);
    for (const [c, sym] of alphabet) this.symbols[(this.page[c >> 8]! << 8) | (c & 255)] = sym;
    this.maxLength = maxLength;
    this.width = symbols + 1;
    // Build with a Map of edges, then lay them out in the hash table.
    const edges = new Map<number, number>();
    const acceptAt: number[] = [0];
    let states = 1;
    distinct.forEach((k, index) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const e = s * this.width + alphabet.get(k.charCodeAt(i))!;
        let t = edges.get(e);
        if (t === undefined) {
          t = states++;
          edges.set(e, t);
          acceptAt.push(0);
        }
        s = t;
      }
      if (acceptAt[s] === 0) acceptAt[s] = index + 1;
    });
    if (states * this.width >= 2 ** 31 - 2) throw new RangeError(`Expected fewer than 2^31 edge slots, got ${states} states × ${this.width} symbols`);
    this.accept = Int32Array.from(acceptAt);
    this.rootNext = new Int32Array(this.width);
    for (let sym = 1; sym < this.width; sym++) this.rootNext[sym] = edges.get(sym) ?? 0;
    for (const k of distinct) {
      const c = k.charCodeAt(0);
      this.startable[c >>> 5]! |= 1 << (c & 31);
      if (k.length === 1) this.single[c >>> 5]! |= 1 << (c & 31);
      else {
        const h = pairHash(c, k.charCodeAt(1));
        this.pairs[h >>> 5]! |= 1 << (h & 31);
      }
    }
    let bits = 4;
    while (1 << bits < edges.size * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.edges = new Int32Array(2 << bits);
    for (const [e, t] of edges) {
      let h = Math.imul(e + 1, GOLDEN) >>> this.shift;
      while (this.edges[2 * h] !== 0) h = (h + 1) & this.mask;
      this.edges[2 * h] = e + 1;
      this.edges[2 * h + 1] = t;
    }
  }

  /** The symbol of code unit `c`, 0 when no key holds it. */
  private symbolOf(c: number): number {
    return this.symbols[(this.page[c >> 8]! << 8) | (c & 255)]!;
  }

  /** The state after `state` reads code unit `c`, or -1. */
  private step(state: number, c: number): number {
    const sym = this.symbolOf(c);
    if (sym === 0) return -1;
    const e = state * this.width + sym + 1;
    let h = Math.imul(e, GOLDEN) >>> this.shift;
    const edges = this.edges;
    for (let k = edges[2 * h]!; k !== e; k = edges[2 * h]!) {
      if (k === 0) return -1;
      h = (h + 1) & this.mask;
    }
    return edges[2 * h + 1]!;
  }

  /**
   * The first position at or after `from` where a key may start (`end` when none before it): its
   * first code unit starts a key, and it is a key alone or the next unit may continue one (the pair
   * filter). A scan can jump there, as no key starts in between; a position returned may still
   * match nothing.
   */
  nextStart(text: string, from: number, end: number = text.length): number {
    const startable = this.startable;
    let i = from;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((startable[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      if ((this.single[c >>> 5]! & (1 << (c & 31))) !== 0 || i + 1 >= end) break;
      const h = pairHash(c, text.charCodeAt(i + 1));
      if ((this.pairs[h >>> 5]! & (1 << (h & 31))) !== 0) break;
    }
    return i;
  }

  /**
   * Every position of `text` where some key starts, ascending: where a pattern whose matches begin
   * with one of the keys is worth trying.
   */
  keyStarts(text: string): number[] {
    const out: number[] = [];
    for (let i = this.nextStart(text, 0); i < text.length; i = this.nextStart(text, i + 1)) if (this.longestAt(text, i) >= 0) out.push(i);
    return out;
  }

  /** Index in `keys` of the longest key starting at `text[at]` and ending by `end`, or -1 when none does. */
  longestAt(text: string, at: number, end: number = text.length): number {
    if (at >= end) return -1;
    let state = this.rootNext[this.symbolOf(text.charCodeAt(at))]!;
    if (state === 0) return -1;
    let best = this.accept[state]! - 1;
    for (let i = at + 1; i < end; i++) {
      state = this.step(state, text.charCodeAt(i));
      if (state < 0) break;
      const a = this.accept[state]!;
      if (a !== 0) best = a - 1;
    }
    return best;
  }

  /**
   * Push onto `out` the index in `keys` of every key starting at `text[at]` and ending by `end`,
   * shortest first (no allocation besides `out`'s growth).
   */
  keysAt(text: string, at: number, out: number[], end: number = text.length): void {
    if (at >= end) return;
    let state = this.rootNext[this.symbolOf(text.charCodeAt(at))]!;
    for (let i = at + 1; state !== 0; i++) {
      const a = this.accept[state]!;
      if (a !== 0) out.push(a - 1);
      if (i >= end) break;
      state = this.step(state, text.charCodeAt(i));
      if (state < 0) break;
    }
  }

  /** Lengths of every key starting at `text[at]`, longest first. */
  lengthsAt(text: string, at: number): number[] {
    const out: number[] = [];
    let state = 0;
    for (let i = at; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i));
      if (state < 0) break;
      if (this.accept[state] !== 0) out.unshift(i - at + 1);
    }
    return out;
  }
}
