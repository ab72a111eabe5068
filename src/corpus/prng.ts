/**
 * corpus/prng: a small seeded pseudo-random generator (mulberry32) so that every generated corpus is
 * byte-for-byte reproducible from its seed. Not for cryptography.
 */

/** A deterministic random source. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A derived, independent generator (for a sub-task that must not shift this one's sequence). */
  fork(salt: string): Rng;
}

/** FNV-1a 32-bit hash of a string: turns a text seed or salt into a 32-bit integer. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Create a seeded generator.
 * @param seed integer or string seed
 * @example createRng(42).int(1, 6) // always the same roll for seed 42
 */
export function createRng(seed: number | string): Rng {
  let state = (typeof seed === 'number' ? seed : hash32(seed)) >>> 0;
  const next = (): number => {
    // mulberry32 (Tommy Ettinger, public domain)
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => p > 0 && next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('Expected a non-empty array, got an empty one');
      return items[Math.floor(next() * items.length)]!;
    },
    fork: (salt) => createRng((hash32(salt) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
  return rng;
}
