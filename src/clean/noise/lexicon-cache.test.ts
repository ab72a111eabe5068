import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigramFilter, bigramFrequency, bigramTable, cachedLexiconTable, filteredBigramFrequency, type LexiconTable } from './lexicon-cache.ts';

const key = (a: string, b: string) => ((a.charCodeAt(0) << 16) | b.charCodeAt(0)) >>> 0;

function sample(): LexiconTable {
  const charFreq = new Uint32Array(0x10000);
  charFreq['科'.charCodeAt(0)] = 12;
  const common = new Uint8Array(0x10000);
  common['技'.charCodeAt(0)] = 1;
  const bigrams = bigramTable(new Map([[key('科', '技'), 7], [key('日', '报'), 3]]));
  return { charFreq, common, bigrams, reverse: new Map([['ke1', ['科', '棵']], ['ji4', ['技']]]) };
}

/** Run `fn` with ATLAS_LEXICON_CACHE pointing at a fresh folder. */
function withCacheDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-cache-'));
  const saved = process.env.ATLAS_LEXICON_CACHE;
  process.env.ATLAS_LEXICON_CACHE = dir;
  try {
    fn(dir);
  } finally {
    if (saved === undefined) delete process.env.ATLAS_LEXICON_CACHE;
    else process.env.ATLAS_LEXICON_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

test('should answer through the bigram filter exactly as the table does', () => {
  // 3,000 pairs stored; every stored pair passes the filter, and every answer equals the table's.
  const pairs = new Map<number, number>();
  for (let i = 0; i < 3000; i++) pairs.set((((0x4e00 + ((i * 7919) % 20000)) << 16) | (0x4e00 + ((i * 104729) % 20000))) >>> 0, i + 1);
  const table = bigramTable(pairs);
  const filter = bigramFilter(table);
  assert.equal(filter.length, 65536);
  for (const [k, f] of pairs) assert.equal(filteredBigramFrequency(table, filter, k >>> 16, k & 0xffff), f);
  let absent = 0;
  for (let a = 0x4e00; a < 0x4e00 + 300; a++) {
    for (let b = 0x5e00; b < 0x5e00 + 300; b++) {
      const f = filteredBigramFrequency(table, filter, a, b);
      assert.equal(f, bigramFrequency(table, a, b));
      if (f === 0) absent++;
    }
  }
  assert.equal(absent, 90000 - [...pairs.keys()].filter((k) => k >>> 16 < 0x4e00 + 300 && (k & 0xffff) >= 0x5e00 && (k & 0xffff) < 0x5e00 + 300).length);
  assert.equal(filteredBigramFrequency(table, filter, 0, 0), 0);
});

test('should find stored bigrams and 0 for absent pairs', () => {
  const t = sample().bigrams;
  assert.equal(bigramFrequency(t, '科'.charCodeAt(0), '技'.charCodeAt(0)), 7);
  assert.equal(bigramFrequency(t, '日'.charCodeAt(0), '报'.charCodeAt(0)), 3);
  assert.equal(bigramFrequency(t, '技'.charCodeAt(0), '科'.charCodeAt(0)), 0);
  assert.equal(bigramFrequency(t, 0, 0), 0);
});

test('should keep every pair of a large table (probing past collisions)', () => {
  const pairs = new Map<number, number>();
  for (let i = 1; i <= 5000; i++) pairs.set(((0x4e00 + (i % 97)) << 16 | (0x4e00 + i)) >>> 0, i);
  const t = bigramTable(pairs);
  for (const [k, f] of pairs) assert.equal(bigramFrequency(t, k >>> 16, k & 0xffff), f);
  assert.equal(bigramFrequency(t, 0x4e00, 0x4e00), 0);
});

test('should build once, then read the same table from the cache file', () => {
  withCacheDir((dir) => {
    let builds = 0;
    const build = () => (builds++, sample());
    const first = cachedLexiconTable({ v: 1 }, build);
    const second = cachedLexiconTable({ v: 1 }, build);
    assert.equal(builds, 1);
    assert.deepEqual(second.charFreq, first.charFreq);
    assert.deepEqual(second.common, first.common);
    assert.deepEqual(second.bigrams, first.bigrams);
    assert.deepEqual(second.reverse, first.reverse);
    assert.equal(readdirSync(dir).length, 1);
    // Other inputs name another file.
    cachedLexiconTable({ v: 2 }, build);
    assert.equal(builds, 2);
    assert.equal(readdirSync(dir).length, 2);
  });
});

test('should rebuild when the cache file is truncated', () => {
  withCacheDir((dir) => {
    let builds = 0;
    const build = () => (builds++, sample());
    cachedLexiconTable({ v: 1 }, build);
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const again = cachedLexiconTable({ v: 1 }, build);
    assert.equal(builds, 2);
    assert.equal(bigramFrequency(again.bigrams, '科'.charCodeAt(0), '技'.charCodeAt(0)), 7);
    assert.equal(cachedLexiconTable({ v: 1 }, build).charFreq['科'.charCodeAt(0)], 12);
    assert.equal(builds, 2);
  });
});

test('should build every time when the cache is off', () => {
  const saved = process.env.ATLAS_LEXICON_CACHE;
  process.env.ATLAS_LEXICON_CACHE = 'off';
  try {
    let builds = 0;
    cachedLexiconTable({ v: 1 }, () => (builds++, sample()));
    cachedLexiconTable({ v: 1 }, () => (builds++, sample()));
    assert.equal(builds, 2);
  } finally {
    if (saved === undefined) delete process.env.ATLAS_LEXICON_CACHE;
    else process.env.ATLAS_LEXICON_CACHE = saved;
  }
});
