import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deciles, loopSeconds } from './ingest.ts';
import { formatSummary } from '../src/ingest/report.ts';

test('should give the samples at each tenth of a run, in time order', () => {
  assert.deepEqual(deciles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]), [2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  assert.deepEqual(deciles([5, 9, 7]), [5, 5, 5, 9, 9, 9, 7, 7, 7, 7]);
});

test('should give no deciles for no samples', () => {
  assert.deepEqual(deciles([]), []);
});

test('should read the loop time from the summary the CLI prints', () => {
  const summary = formatSummary({
    runId: 1, items: 3, stored: 1, duplicates: 0, rejected: 2, skipped: 0, bytes: 3 * 2 ** 20, elapsedMs: 12_345, rejectedItems: [],
  });
  assert.equal(loopSeconds(summary), 12.3);
  assert.equal(loopSeconds('ingested 3 documents (1 stored, 0 duplicates, 2 rejected) from 3.0 MB in 4.5 s (1 docs/s, 1 MB/s)'), 4.5); // an older checkout (--cli)
  const one = formatSummary({ runId: 2, items: 1, stored: 1, duplicates: 0, rejected: 0, skipped: 1, bytes: 100, elapsedMs: 800, rejectedItems: [] });
  assert.equal(one, 'handled 1 item (1 stored, 0 duplicates, 0 rejected) from 0.0 MB in 0.8 s (1 docs/s, 0.0 MB/s)\nskipped 1 item already ingested by an earlier run');
  assert.equal(loopSeconds(one), 0.8);
  assert.equal(loopSeconds('nothing here'), null);
});
