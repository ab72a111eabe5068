import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawItem } from '../readers/types.ts';
import { analyze } from '../pipeline.ts';
import { analyzeAll, defaultWorkers, type Task } from './pool.ts';
import { slimAnalysis } from './slim.ts';

/** A generated (not sample) text item. */
const item = (n: number): RawItem => ({ origin: { path: `mem-${n}.txt` }, format: 'text', text: `株洲市第${n}次轨道交通产业推进会召开,园区企业${n}家。` });

async function* tasks(n: number, passThrough = -1): AsyncGenerator<Task<number>> {
  for (let i = 0; i < n; i++) yield i === passThrough ? { tag: i } : { tag: i, item: item(i) };
}

test('should keep one worker per core but one for the main thread, and at least one', () => {
  assert.deepEqual([defaultWorkers(1), defaultWorkers(2), defaultWorkers(8)], [1, 1, 7]);
});

test('should return every item once, in order, when items travel to a worker in batches', async () => {
  const out: number[] = [];
  const rows: boolean[] = [];
  for await (const r of analyzeAll(tasks(7, 3), { workers: 1, perWorker: 3, ordered: true, analyze: { extract: false }, prepare: true })) {
    out.push(r.tag);
    if (r.tag !== 3) {
      assert.equal(r.error, undefined);
      assert.equal(r.analysis?.original, '');
      assert.deepEqual(r.analysis?.removals, []);
      rows.push(JSON.parse(Buffer.from(r.documentRow!).toString('utf8')).sp === `mem-${r.tag}.txt`);
    } else assert.deepEqual([r.analysis, r.documentRow, r.error], [undefined, undefined, undefined]);
  }
  assert.deepEqual(out, [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(rows, [true, true, true, true, true, true]);
});

test('should give a timed-out item its error and send the items queued behind it to a new worker', { timeout: 60_000 }, async () => {
  // 1 ms is less than any first analysis on a fresh worker (it loads its lexicons), so each item times out in turn.
  const seen = new Map<number, string | undefined>();
  for await (const r of analyzeAll(tasks(2), { workers: 1, perWorker: 2, timeoutMs: 1, analyze: { extract: false } })) {
    assert.equal(seen.has(r.tag), false, `item ${r.tag} came back twice`);
    seen.set(r.tag, r.error?.code);
  }
  assert.deepEqual([...seen].sort(), [[0, 'timeout'], [1, 'timeout']]);
});

test('should give grouped items what analyze gives them, and an item that throws its own error only', { timeout: 60_000 }, async () => {
  const bad = { origin: { path: 'bad.txt' }, format: 'text', text: 5 } as unknown as RawItem;
  async function* mixed(): AsyncGenerator<Task<number>> {
    for (let i = 0; i < 40; i++) yield { tag: i, item: i === 5 ? bad : item(i) };
  }
  const out: [number, unknown][] = [];
  for await (const r of analyzeAll(mixed(), { workers: 1, ordered: true })) out.push([r.tag, r.error ?? r.analysis]);
  // The error analyze throws for it, on this thread.
  let thrown: Error | undefined;
  try {
    analyze(bad);
  } catch (e) {
    thrown = e as Error;
  }
  assert.ok(thrown instanceof TypeError);
  const expected = Array.from({ length: 40 }, (_, i): [number, unknown] =>
    i === 5 ? [i, { code: 'analysis-failed', message: `${thrown.name}: ${thrown.message}` }] : [i, analyze(item(i))]);
  assert.deepEqual(out, expected);
});

test('should try the items of a group that timed out one by one, each with its own error', { timeout: 60_000 }, async () => {
  // With extraction the items travel in groups; 1 ms times out the group, then each item alone.
  const seen = new Map<number, string | undefined>();
  for await (const r of analyzeAll(tasks(3), { workers: 1, timeoutMs: 1 })) {
    assert.equal(seen.has(r.tag), false, `item ${r.tag} came back twice`);
    seen.set(r.tag, r.error?.code);
  }
  assert.deepEqual([...seen].sort(), [[0, 'timeout'], [1, 'timeout'], [2, 'timeout']]);
});

test('should drop original, removals and warnings from a slim analysis and keep the rest', () => {
  const a = { id: 'x', text: '文本', original: '原文', removals: [{ start: 0, end: 1 }], warnings: [{ code: 'w' }], regions: [] } as never;
  assert.deepEqual(slimAnalysis(a), { id: 'x', text: '文本', original: '', removals: [], warnings: [], regions: [] });
});
