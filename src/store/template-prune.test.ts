import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneTemplates } from './template-prune.ts';

test('should keep the newest templates and the current one, drop older ones, stale .part folders and .tar files, and leave other files alone', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-prune-'));
  const now = Date.UTC(2026, 11, 3, 12);
  const make = (name: string, minutesAgo: number, dir = true) => {
    const p = join(root, name);
    if (dir) mkdirSync(p);
    else writeFileSync(p, 'x');
    const t = new Date(now - minutesAgo * 60_000);
    utimesSync(p, t, t);
  };
  try {
    make('pglite-0.5.16-aaaaaaaaaaaa', 10); // current, though not the newest
    make('pglite-0.5.16-bbbbbbbbbbbb', 1);
    make('pglite-0.5.16-cccccccccccc', 5);
    make('pglite-0.5.16-dddddddddddd', 30);
    make('pglite-0.5.16-eeeeeeeeeeee', 600);
    make('pglite-0.5.16-ffffffffffff.4242.part', 120); // left by a killed process
    make('pglite-0.5.16-999999999999.4243.part', 2); // being made right now
    make('pglite-0.5.16-fe6675a47bba.tar', 900, false);
    make('noise-lexicon-bbd4780372e485a5.bin', 900, false);
    const removed = pruneTemplates(root, join(root, 'pglite-0.5.16-aaaaaaaaaaaa'), 3, now);
    assert.deepEqual(removed, [
      'pglite-0.5.16-dddddddddddd',
      'pglite-0.5.16-eeeeeeeeeeee',
      'pglite-0.5.16-fe6675a47bba.tar',
      'pglite-0.5.16-ffffffffffff.4242.part',
    ]);
    assert.deepEqual(readdirSync(root).sort(), [
      'noise-lexicon-bbd4780372e485a5.bin',
      'pglite-0.5.16-999999999999.4243.part',
      'pglite-0.5.16-aaaaaaaaaaaa',
      'pglite-0.5.16-bbbbbbbbbbbb',
      'pglite-0.5.16-cccccccccccc',
    ]);
    assert.deepEqual(pruneTemplates(join(root, 'missing'), 'x'), [], 'no folder: nothing to do');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
