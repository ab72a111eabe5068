/**
 * normalize/window-memo: a bounded memo of a pure string function, looked up by a span of a larger
 * string. The span's code units are hashed in place, so a lookup builds no string (a `Map` keyed by
 * strings needs a fresh slice and its hash per lookup; t2s looks up ~30,000 windows per MB).
 */

/** Memo of `fn(window)` for windows up to `maxLength` code units, emptied when it holds `limit` entries. */
export class WindowMemo {
  private readonly slots: Int32Array; // 1 + index into keys/values; 0 = empty
  private readonly keys: string[] = [];
  private readonly values: string[] = [];

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
    this.slots = new Int32Array(size);
  }

  /** `fn(s.slice(start, end))`, from the memo when the window was seen before. */
  get(s: string, start: number, end: number): string {
    if (end - start > this.maxLength) return this.fn(s.slice(start, end));
    const mask = this.slots.length - 1;
    let h = 0x811c9dc5; // FNV-1a over the code units
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return this.insert(slot, s.slice(start, end));
      const key = this.keys[entry - 1];
      if (sameUnits(key, s, start, end)) return this.values[entry - 1];
    }
  }

  private insert(slot: number, key: string): string {
    const value = this.fn(key);
    if (this.keys.length >= this.limit) {
      this.slots.fill(0);
      this.keys.length = 0;
      this.values.length = 0;
      return value; // not stored: the slot found belonged to the emptied table's probe
    }
    this.keys.push(key);
    this.values.push(value);
    this.slots[slot] = this.keys.length;
    return value;
  }
}

/** Whether `key` equals `s.slice(start, end)`. */
function sameUnits(key: string, s: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}
