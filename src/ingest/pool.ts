/**
 * A pool of worker threads running `analyze`, fed from an async iterable with backpressure:
 * at most `window` items (and about `windowBytes` of payload) are in flight at once.
 * Results come out in input order (`ordered`) or as soon as ready. A worker that crashes or
 * exceeds `timeoutMs` on an item is replaced; the item gets an error, the run goes on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../analysis/schema.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { RawItem } from '../readers/types.ts';
import type { ItemError } from '../store/types.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** Options of `analyzeAll`. */
export interface PoolOptions {
  /** Worker threads (default: every core). */
  readonly workers?: number;
  /** Yield in input order (default false). */
  readonly ordered?: boolean;
  /** Most items in flight (default 8 per worker). */
  readonly window?: number;
  /** Most payload bytes in flight; one item is always allowed (default 64 MB). */
  readonly windowBytes?: number;
  /** Per-item time limit in ms (default 120 s). */
  readonly timeoutMs?: number;
  readonly analyze?: AnalyzeOptions;
}

/** One unit of work; a task without `item` (a reader error, a skipped item) passes straight through. */
export interface Task<T> {
  readonly tag: T;
  readonly item?: RawItem;
}

/** The outcome of one task. */
export interface TaskResult<T> {
  readonly tag: T;
  readonly analysis?: Analysis;
  readonly error?: ItemError;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);

function itemBytes(item: RawItem | undefined): number {
  if (!item) return 0;
  return item.bytes ? item.bytes.byteLength : (item.text?.length ?? 0) * 2;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  seq: number | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Analyze every task on worker threads.
 * @example for await (const r of analyzeAll(tasks, { ordered: true })) print(r)
 */
export async function* analyzeAll<T>(tasks: AsyncIterable<Task<T>>, options: PoolOptions = {}): AsyncGenerator<TaskResult<T>> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const window = Math.max(1, options.window ?? workers * 8);
  const windowBytes = options.windowBytes ?? 64 * 2 ** 20;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const ordered = options.ordered ?? false;
  // Node 20 applies `--import` hooks too late for a worker's own .ts entry, so a tiny eval'd
  // bootstrap registers tsx first and then imports the worker module.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  let startFailures = 0;
  let fatal: Error | null = null;

  const tags = new Map<number, { tag: T; bytes: number }>();
  const done = new Map<number, TaskResult<T>>();
  const readyQueue: number[] = [];
  const queue: WorkerRequest[] = [];
  let nextSeq = 0;
  let nextOut = 0;
  let inflight = 0;
  let inflightBytes = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const finish = (seq: number, r: { analysis?: Analysis; error?: ItemError }) => {
    const t = tags.get(seq);
    if (!t || done.has(seq)) return;
    done.set(seq, { tag: t.tag, ...r });
    if (!ordered) readyQueue.push(seq);
    notify();
  };

  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(boot, { eval: true }), ready: false, seq: null, timer: null };
    slot.worker.on('message', (m: WorkerResponse | { ready: true }) => {
      if ('ready' in m) slot.ready = true;
      else {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.seq = null;
        finish(m.seq, m);
      }
      dispatch();
    });
    const lost = (why: string) => {
      if (slot.timer) clearTimeout(slot.timer);
      if (!slot.ready && ++startFailures > workers * 2) {
        // Workers that cannot even start will never start: stop instead of respawning forever.
        fatal = new Error(`worker threads fail to start: ${why}`);
        slots.splice(slots.indexOf(slot), 1);
        notify();
        return;
      }
      const seq = slot.seq;
      slot.seq = null;
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
      if (seq !== null) finish(seq, { error: { code: 'worker-crashed', message: why } });
      dispatch();
    };
    slot.worker.on('error', (err) => lost(err.message));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) lost(`worker exited with code ${code}`);
    });
    return slot;
  };
  const dispatch = () => {
    for (const slot of slots) {
      if (!queue.length) return;
      if (!slot.ready || slot.seq !== null) continue;
      const req = queue.shift()!;
      slot.seq = req.seq;
      slot.timer = setTimeout(() => {
        const i = slots.indexOf(slot);
        if (i >= 0) slots[i] = spawn();
        void slot.worker.terminate();
        finish(req.seq, { error: { code: 'timeout', message: `analysis took longer than ${timeoutMs} ms` } });
        dispatch();
      }, timeoutMs);
      slot.worker.postMessage(req);
    }
  };
  for (let i = 0; i < workers; i++) slots.push(spawn());

  const take = (): TaskResult<T> | null => {
    let seq: number | undefined;
    if (ordered) seq = done.has(nextOut) ? nextOut++ : undefined;
    else seq = readyQueue.shift();
    if (seq === undefined) return null;
    const r = done.get(seq)!;
    done.delete(seq);
    inflight--;
    inflightBytes -= tags.get(seq)!.bytes;
    tags.delete(seq);
    return r;
  };

  const it = tasks[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    while (true) {
      while (!exhausted && inflight < window && (inflight === 0 || inflightBytes < windowBytes)) {
        const n = await it.next();
        if (n.done) {
          exhausted = true;
          break;
        }
        const seq = nextSeq++;
        const bytes = itemBytes(n.value.item);
        tags.set(seq, { tag: n.value.tag, bytes });
        inflight++;
        inflightBytes += bytes;
        if (n.value.item) {
          queue.push({ seq, item: n.value.item, options: options.analyze });
          dispatch();
        } else finish(seq, {});
      }
      if (fatal) throw fatal;
      const r = take();
      if (r) {
        yield r;
        continue;
      }
      if (exhausted && inflight === 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    const all = slots.splice(0);
    for (const s of all) if (s.timer) clearTimeout(s.timer);
    await Promise.all(all.map((s) => s.worker.terminate()));
    if (!exhausted) await it.return?.();
  }
}
