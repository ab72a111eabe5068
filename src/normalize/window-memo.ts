/**
 * normalize/window-memo: a bounded memo of a pure string function, looked up by a span of a larger
 * string. The span's code units are hashed in place, so a lookup builds no string (a `Map` keyed by
 * strings needs a fresh slice and its hash per lookup; t2s looks up ~30,000 windows per MB).
 *
 * Keys and values are kept as code units, back to back in one arena, and each slot of the hash table
 * holds the key's hash and its entry's offset: a lookup reads the slot, then one stretch of the arena
 * (key, then value). Between two documents the other passes push the memo out of the CPU caches, so
 * each memory access of a lookup is a cache miss; keys and values as strings cost three more (the key
 * and value arrays, the key string, the value string).
 */

/** Code units before an entry's key: the key length, the value length. */
const HEADER = 2;

/** Memo of `fn(window)` for windows up to `maxLength` code units, emptied when it holds `limit` entries. */
export class WindowMemo {
  // Two numbers per slot: the key's hash, 1 + the entry's offset in `units` (0 = empty).
  private readonly slots: Int32Array;
  // Entries back to back: key length, value length, key units, value units.
  private units = new Uint16Array(1 << 16);
  private used = 0;
  private entries = 0;
  // A value of a window longer than maxLength, or one too long to store (not memoized).
  private spill = new Uint16Array(256);

  /**
   * Where the last `find` left its value: `valueUnits[valueAt, valueAt + valueLength)`. Valid until the
   * next `find` or `get`.
   */
  valueUnits: Uint16Array = this.units;
  valueAt = 0;
  valueLength = 0;

  /**
   * @param fn the pure function memoized
   * @param maxLength longest window memoized (longer ones call `fn` directly)
   * @param limit most entries before the memo is emptied
   */
  constructor(
    private readonly fn: (s: string) => string,
    readonly maxLength: number,
    private readonly limit: number,
  ) {
    let size = 1024;
    while (size < 2 * limit) size *= 2;
    this.slots = new Int32Array(2 * size);
  }

  /** `fn(s.slice(start, end))`, from the memo when the window was seen before. */
  get(s: string, start: number, end: number): string {
    this.find(s, start, end);
    return unitsToString(this.valueUnits, this.valueAt, this.valueAt + this.valueLength);
  }

  /**
   * `fn(s.slice(start, end))` as code units: sets `valueUnits`, `valueAt` and `valueLength`.
   * @returns the value's length
   */
  find(s: string, start: number, end: number): number {
    if (end - start > this.maxLength) return this.spilled(this.fn(s.slice(start, end)));
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let h = 0x811c9dc5; // FNV-1a over the code units
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const units = this.units;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return this.insert(slot, h, s, start, end);
      if (slots[2 * slot] !== h) continue;
      const at = entry - 1;
      if (units[at] !== length) continue;
      const keyAt = at + HEADER;
      let i = 0;
      while (i < length && units[keyAt + i] === s.charCodeAt(start + i)) i++;
      if (i < length) continue;
      this.valueUnits = units;
      this.valueAt = keyAt + length;
      return (this.valueLength = units[at + 1]);
    }
  }

  private insert(slot: number, h: number, s: string, start: number, end: number): number {
    const value = this.fn(s.slice(start, end));
    if (this.entries >= this.limit) {
      this.slots.fill(0);
      this.used = 0;
      this.entries = 0;
      return this.spilled(value); // not stored: the slot found belonged to the emptied table's probe
    }
    if (value.length > 0xffff) return this.spilled(value);
    const length = end - start;
    const need = this.used + HEADER + length + value.length;
    if (need > this.units.length) {
      let size = this.units.length * 2;
      while (size < need) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(this.units.subarray(0, this.used));
      this.units = grown;
    }
    const units = this.units;
    const at = this.used;
    units[at] = length;
    units[at + 1] = value.length;
    for (let i = 0; i < length; i++) units[at + HEADER + i] = s.charCodeAt(start + i);
    const valueAt = at + HEADER + length;
    for (let i = 0; i < value.length; i++) units[valueAt + i] = value.charCodeAt(i);
    this.used = need;
    this.entries++;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = at + 1;
    this.valueUnits = units;
    this.valueAt = valueAt;
    return (this.valueLength = value.length);
  }

  /** A value not stored in the memo, put where `find` reports it. */
  private spilled(value: string): number {
    if (this.spill.length < value.length) this.spill = new Uint16Array(Math.max(value.length, 2 * this.spill.length));
    for (let i = 0; i < value.length; i++) this.spill[i] = value.charCodeAt(i);
    this.valueUnits = this.spill;
    this.valueAt = 0;
    return (this.valueLength = value.length);
  }
}

/** The string of `units[from, to)`. */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  if (to - from <= 8) {
    let out = '';
    for (let i = from; i < to; i++) out += String.fromCharCode(units[i]);
    return out;
  }
  let out = '';
  for (let i = from; i < to; i += 4096) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  return out;
}
