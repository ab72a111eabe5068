/**
 * ingest: readers → resume filter → worker pool (`analyze`) → store, in batches of one
 * transaction each. Idempotent by content and resumable after a kill: items an earlier run
 * recorded under the same key and content hash are skipped before analysis.
 */
import { createHash } from 'node:crypto';
import type { Origin, RawItem, ReaderItem } from '../readers/types.ts';
import type { ItemError, RunCounts, Store, WriteItem } from '../store/types.ts';
import { analyzeAll, defaultWorkers, type Task } from './pool.ts';
import { DEFAULT_MAX_ITEM_BYTES, itemKey, readItems, type SourceOptions } from './source.ts';

/** Options of `ingest`, resolved once against DEFAULTS. */
export interface IngestOptions extends SourceOptions {
  /** The open store to write to. */
  readonly store: Store;
  /** Worker threads (default: one per core, less one for the main thread; see `defaultWorkers`). */
  readonly workers?: number;
  /** Items per transaction. */
  readonly batchSize?: number;
  /** Payload bytes per transaction (a batch closes at whichever limit comes first). */
  readonly batchBytes?: number;
  /** Larger items are rejected as `too-large` without analysis. */
  readonly maxItemBytes?: number;
  /** Per-item analysis time limit, ms. */
  readonly timeoutMs?: number;
  /** Skip the extract stage (store clean text and metadata only). */
  readonly extract?: boolean;
  /** Called after each committed batch. */
  readonly onProgress?: (p: IngestProgress) => void;
}

/** Progress after a batch. */
export interface IngestProgress extends RunCounts {
  readonly elapsedMs: number;
}

/** One rejected item, for the summary. */
export interface RejectedItem {
  readonly path: string;
  readonly line: number | null;
  readonly code: string;
  readonly message: string;
}

/** What an ingest did. */
export interface IngestSummary extends RunCounts {
  readonly runId: number;
  readonly elapsedMs: number;
  /** Rejected items in path/line order. */
  readonly rejectedItems: readonly RejectedItem[];
}

const DEFAULTS = Object.freeze({ batchSize: 500, batchBytes: 16 * 2 ** 20, maxItemBytes: DEFAULT_MAX_ITEM_BYTES, timeoutMs: 120_000, extract: true });

/** Resume lookups are made this many items at a time. */
const SEEN_CHUNK = 256;

interface Tag {
  readonly key: string;
  readonly origin: Origin;
  readonly contentHash: string | null;
  readonly bytes: number;
  readonly error?: ItemError;
  readonly skipped?: boolean;
}

function hashOf(item: RawItem): { hash: string; bytes: number } {
  const h = createHash('sha256');
  if (item.bytes) h.update(item.bytes);
  else h.update(item.text ?? '', 'utf8');
  const bytes = item.bytes ? item.bytes.byteLength : Buffer.byteLength(item.text ?? '', 'utf8');
  return { hash: h.digest('hex'), bytes };
}

/**
 * Whether no earlier run recorded an item that resume could skip. Checked once, before this run writes:
 * items of one run have distinct keys, so a run never skips its own items.
 */
async function ledgerIsEmpty(store: Store): Promise<boolean> {
  const { rows } = await store.db.query(`SELECT 1 FROM ingest_items WHERE status <> 'rejected' LIMIT 1`);
  return rows.length === 0;
}

/** Reader items → tasks: reader errors and oversize items carry their error; seen items are marked skipped. */
async function* toTasks(items: AsyncIterable<ReaderItem>, store: Store, maxItemBytes: number): AsyncGenerator<Task<Tag>> {
  // Nothing recorded yet (a fresh store): nothing can be seen, so no lookup waits behind a batch write.
  const ledgerEmpty = await ledgerIsEmpty(store);
  let chunk: Task<Tag>[] = [];
  const flush = async function* () {
    const lookups = ledgerEmpty ? [] : chunk.filter((t) => t.item).map((t) => ({ key: t.tag.key, contentHash: t.tag.contentHash! }));
    const seen = await store.seen(lookups);
    for (const t of chunk) {
      if (t.item && seen.has(`${t.tag.key}\u0000${t.tag.contentHash}`)) yield { tag: { ...t.tag, skipped: true } };
      else yield t;
    }
    chunk = [];
  };
  for await (const r of items) {
    if (!r.ok) {
      const o = r.error.origin;
      chunk.push({ tag: { key: itemKey(o), origin: o, contentHash: null, bytes: 0, error: { code: r.error.code, message: r.error.message } } });
    } else {
      const { hash, bytes } = hashOf(r.item);
      const tag = { key: itemKey(r.item.origin), origin: r.item.origin, contentHash: hash, bytes };
      if (bytes > maxItemBytes) {
        chunk.push({ tag: { ...tag, error: { code: 'too-large', message: `${bytes} bytes, more than the limit of ${maxItemBytes}` } } });
      } else chunk.push({ tag, item: r.item });
    }
    if (chunk.length >= SEEN_CHUNK) yield* flush();
  }
  if (chunk.length) yield* flush();
}

/**
 * Runs still `running` when a new ingest starts were killed before they could close themselves
 * (SIGKILL, power loss): mark them `interrupted`, so `stats` and the run list tell the truth.
 * Their committed batches stay; the new run skips what they recorded (resume).
 * @returns how many runs were marked
 */
export async function markInterrupted(store: Store): Promise<number> {
  const { rows } = await store.db.query<{ id: string | number }>(
    `UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running' RETURNING id`,
  );
  return rows.length;
}

/** The analysis turned empty: nothing left to store. */
const EMPTY_TEXT: ItemError = { code: 'empty-text', message: 'no text left after cleaning' };

/**
 * Ingest every item under `paths` into the store.
 * @returns counts, timing and the rejected items; throws only when the store fails
 */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as typeof DEFAULTS & IngestOptions;
  const { store } = opts;
  const t0 = Date.now();
  await markInterrupted(store);
  const runId = await store.beginRun({ paths, workers: opts.workers ?? null, extract: opts.extract });
  const counts = { items: 0, stored: 0, duplicates: 0, rejected: 0, skipped: 0, bytes: 0 };
  let batch: WriteItem[] = [];
  let batchBytes = 0;

  // One batch write may be in flight while the next batch fills: results keep being taken (and items
  // dispatched to the workers) whenever PGlite yields between the statements of a write. Writes stay
  // in order, and a failed write fails the run at the next commit.
  let writing: Promise<void> = Promise.resolve();
  let writeFailed: { error: unknown } | null = null; // held here, not left as an unhandled rejection
  const settle = async () => {
    await writing;
    if (writeFailed) throw writeFailed.error;
  };
  const commit = async () => {
    await settle();
    if (!batch.length) return;
    const items = batch;
    batch = [];
    batchBytes = 0;
    writing = store.writeBatch(runId, items).then((r) => {
      counts.stored += r.stored;
      counts.duplicates += r.duplicates;
      counts.rejected += r.rejected;
      opts.onProgress?.({ ...counts, elapsedMs: Date.now() - t0 });
    }, (error: unknown) => {
      writeFailed = { error };
    });
  };

  try {
    const tasks = toTasks(readItems(paths, { inputFormat: opts.inputFormat, maxBytes: opts.maxItemBytes }), store, opts.maxItemBytes);
    // The workers also make each document's row (search words, JSON), so the main thread only writes.
    const results = analyzeAll(tasks, { workers: opts.workers ?? defaultWorkers(), timeoutMs: opts.timeoutMs, analyze: { extract: opts.extract }, prepare: true });
    for await (const { tag, analysis, documentRow, error } of results) {
      counts.items++;
      counts.bytes += tag.bytes;
      if (tag.skipped) {
        counts.skipped++;
        continue;
      }
      const err = tag.error ?? error ?? (analysis && analysis.text.trim() === '' ? EMPTY_TEXT : undefined);
      batch.push({ key: tag.key, origin: tag.origin, contentHash: tag.contentHash, bytes: tag.bytes, ...(err ? { error: err } : { analysis, documentRow }) });
      batchBytes += tag.bytes;
      if (batch.length >= opts.batchSize || batchBytes >= opts.batchBytes) await commit();
    }
    await commit();
    await settle();
  } catch (err) {
    await writing;
    await store.finishRun(runId, counts, 'failed').catch(() => undefined);
    throw err;
  }
  await store.finishRun(runId, counts, 'finished');
  const rejectedItems = (await store.rejectedItems(runId)).map(({ path, line, code, message }) => ({ path, line, code, message }));
  return { runId, ...counts, elapsedMs: Date.now() - t0, rejectedItems };
}
