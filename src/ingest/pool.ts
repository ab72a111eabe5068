/**
 * A pool of worker threads running `analyze`, fed from an async iterable with backpressure:
 * at most `window` items (and about `windowBytes` of payload) are in flight at once.
 * Results come out in input order (`ordered`) or as soon as ready. A worker that crashes or
 * exceeds `timeoutMs` on an item is replaced; the item gets an error, the run goes on.
 *
 * With extraction, runs of small items are analyzed together (`analyzeMany`, groups.ts) and timed as one;
 * when a group times out or crashes its worker, its items are sent again one by one, so that only the
 * item at fault gets the error.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../analysis/schema.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { RawItem } from '../readers/types.ts';
import type { ItemError } from '../store/types.ts';
import { groupSizes } from './groups.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { workerBoot } from './worker-boot.ts';

/** Options of `analyzeAll`. */
export interface PoolOptions {
  /** Worker threads (default: every core; ingest passes `defaultWorkers()`). */
  readonly workers?: number;
  /** Yield in input order (default false). */
  readonly ordered?: boolean;
  /**
   * Items queued on one worker at once (default 256): enough work to outlast one synchronous PGlite
   * statement on the main thread (~0.5 s for a batch of 500), during which no item can be dispatched.
   */
  readonly perWorker?: number;
  /** Most items in flight, queued or done but not yet taken (default 2 × perWorker per worker). */
  readonly window?: number;
  /** Most payload bytes in flight; one item is always allowed (default 64 MB). */
  readonly windowBytes?: number;
  /** Per-item time limit in ms (default 120 s). */
  readonly timeoutMs?: number;
  readonly analyze?: AnalyzeOptions;
  /** Also make each item's `documents` row on the worker (`TaskResult.documentRow`); the analysis comes back slim. */
  readonly prepare?: boolean;
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
  /** The `documents` row (src/store/write.ts `documentRow`), when the pool was asked to `prepare`. */
  readonly documentRow?: Uint8Array;
  readonly error?: ItemError;
}

/** Items queued on one worker at once, by default. */
const PER_WORKER = 256;

/**
 * V8 young generation of a worker, MB (V8's default here is 3 × a 16 MB semi-space): a worker's
 * per-document garbage is short-lived and small, so a smaller nursery keeps ~30 MiB less resident
 * (3,000-file ingest, alternating runs: peak RSS 621 / 551 → 512 / 514 MiB, CPU 18.8 / 19.8 → 18.2 / 18.5 s).
 */
const WORKER_YOUNG_MB = 12;

/** While the queue fills, items are sent on once this many wait (fewer, larger messages). */
const SEND_AT = 16;

/**
 * Default worker threads for ingest: one per core, less one for the main thread when there are 2 or more,
 * since ingest's main thread is busy too (reading, and PGlite writing synchronously); each worker also
 * holds its own dictionaries (jieba, OpenCC, lexicons), so fewer workers is less memory.
 */
export function defaultWorkers(cores: number = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

function itemBytes(item: RawItem | undefined): number {
  if (!item) return 0;
  return item.bytes ? item.bytes.byteLength : (item.text?.length ?? 0) * 2;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Items sent and not yet answered, in the order the worker runs them (the head is running). */
  held: number[];
  /** The group (2 items or more) each held item is analyzed in, by item. */
  groupOf: Map<number, readonly number[]>;
  timer: NodeJS.Timeout | null;
}

interface Queued {
  readonly seq: number;
  readonly item: RawItem;
}

/**
 * Analyze every task on worker threads. Each worker is sent up to `perWorker` items at a time (one
 * message) and answers each as it finishes; the running item (the head of its queue) is timed.
 * @example for await (const r of analyzeAll(tasks, { ordered: true })) print(r)
 */
export async function* analyzeAll<T>(tasks: AsyncIterable<Task<T>>, options: PoolOptions = {}): AsyncGenerator<TaskResult<T>> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const perWorker = Math.max(1, options.perWorker ?? PER_WORKER);
  const window = Math.max(1, options.window ?? workers * perWorker * 2);
  const windowBytes = options.windowBytes ?? 64 * 2 ** 20;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const ordered = options.ordered ?? false;
  // Grouping saves CPU in extraction only.
  const grouping = options.analyze?.extract !== false;
  // The compiled worker.mjs of a build, or a tsx bootstrap of worker.ts (worker-boot.ts).
  const boot = workerBoot();
  let startFailures = 0;
  let fatal: Error | null = null;

  const tags = new Map<number, { tag: T; bytes: number; item?: RawItem }>();
  const done = new Map<number, TaskResult<T>>();
  const readyQueue: number[] = [];
  const queue: Queued[] = [];
  /** Items that must be analyzed alone: they were in a group that timed out or crashed its worker. */
  const alone = new Set<number>();
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

  const finish = (seq: number, r: { analysis?: Analysis; documentRow?: Uint8Array; error?: ItemError }) => {
    const t = tags.get(seq);
    if (!t || done.has(seq)) return;
    t.item = undefined; // the raw bytes are no longer needed
    done.set(seq, { tag: t.tag, ...r });
    if (!ordered) readyQueue.push(seq);
    notify();
  };

  const slots: Slot[] = [];
  /** Time the head item of a slot (the one its worker is running), if any. */
  const arm = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const head = slot.held[0];
    if (head === undefined) return;
    slot.timer = setTimeout(() => {
      // The head item took too long: it gets the error; the items queued behind it go to a new worker.
      // If it ran in a group, the group's items are tried again one by one instead.
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
      void slot.worker.terminate();
      const faulty = release(slot);
      if (faulty !== undefined) finish(faulty, { error: { code: 'timeout', message: `analysis took longer than ${timeoutMs} ms` } });
      dispatch();
    }, timeoutMs);
  };
  /**
   * Take every item from a slot whose worker is lost and queue them again, but the running item (the head):
   * that one is returned, the item at fault; or, when it ran in a group, the whole group is queued again
   * to run alone and nothing is returned.
   */
  const release = (slot: Slot): number | undefined => {
    const held = slot.held;
    const group = held.length ? slot.groupOf.get(held[0]!) : undefined;
    slot.held = [];
    slot.groupOf = new Map();
    if (group) for (const seq of group) alone.add(seq);
    requeue(group ? held : held.slice(1));
    return group ? undefined : held[0];
  };
  /** Put items a lost worker held back at the front of the queue, in order. */
  const requeue = (seqs: readonly number[]) => {
    const back: Queued[] = [];
    for (const seq of seqs) {
      const item = tags.get(seq)?.item;
      if (item && !done.has(seq)) back.push({ seq, item });
    }
    queue.unshift(...back);
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(boot.source, { eval: boot.eval, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }), ready: false, held: [], groupOf: new Map(), timer: null };
    slot.worker.on('message', (m: WorkerResponse | { ready: true }) => {
      if ('ready' in m) slot.ready = true;
      else {
        const i = slot.held.indexOf(m.seq);
        if (i >= 0) slot.held.splice(i, 1);
        slot.groupOf.delete(m.seq);
        arm(slot);
        finish(m.seq, m);
      }
      dispatch();
    });
    const lost = (why: string) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      if (!slot.ready && ++startFailures > workers * 2) {
        // Workers that cannot even start will never start: stop instead of respawning forever.
        fatal = new Error(`worker threads fail to start: ${why}`);
        slots.splice(slots.indexOf(slot), 1);
        notify();
        return;
      }
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
      // The running item (the head) is the one that crashed the worker (or its group, to be tried again
      // one by one); the rest go to the new one.
      const faulty = release(slot);
      if (faulty !== undefined) finish(faulty, { error: { code: 'worker-crashed', message: why } });
      dispatch();
    };
    slot.worker.on('error', (err) => lost(err.message));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) lost(`worker exited with code ${code}`);
    });
    return slot;
  };
  /** Remember which items of a request run together (groups of 2 or more). */
  const recordGroups = (slot: Slot, batch: readonly Queued[], sizes: readonly number[]) => {
    let at = 0;
    for (const size of sizes) {
      const group = batch.slice(at, (at += size)).map((q) => q.seq);
      if (size > 1) for (const seq of group) slot.groupOf.set(seq, group);
    }
  };
  const dispatch = () => {
    for (const slot of slots) {
      if (!queue.length) return;
      // Top a worker up once it is half empty, so items travel in batches of at least perWorker / 2.
      if (!slot.ready || slot.held.length > perWorker / 2) continue;
      const batch = queue.splice(0, perWorker - slot.held.length);
      const idle = slot.held.length === 0;
      for (const q of batch) slot.held.push(q.seq);
      const groups = grouping ? groupSizes(batch.map((q) => ({ bytes: itemBytes(q.item), alone: alone.has(q.seq) }))) : undefined;
      if (groups) recordGroups(slot, batch, groups);
      if (idle) arm(slot);
      const req: WorkerRequest = { items: batch, groups, options: options.analyze, prepare: options.prepare };
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
        tags.set(seq, { tag: n.value.tag, bytes, item: n.value.item });
        inflight++;
        inflightBytes += bytes;
        if (n.value.item) {
          queue.push({ seq, item: n.value.item });
          if (queue.length >= SEND_AT) dispatch();
        } else finish(seq, {});
      }
      dispatch();
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
