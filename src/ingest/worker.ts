/**
 * A worker thread: runs `analyze` on each raw item it is sent (or `analyzeMany` on each group of items the
 * request names), and, when asked to `prepare`, also makes the item's `documents` row (search words, JSON)
 * so that the main thread, busy writing, only joins rows. Exceptions are caught per item and returned as
 * an `analysis-failed` error; an item that throws in a group costs the others nothing.
 */
import { parentPort } from 'node:worker_threads';
import { attempt } from '../analysis/attempt.ts';
import type { Analysis } from '../analysis/schema.ts';
import { analyze, analyzeMany } from '../pipeline.ts';
import { documentRowBytes } from '../store/write.ts';
import { heapKeeper } from './heap.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { slimAnalysis } from './slim.ts';

if (!parentPort) throw new Error('Expected to run in a worker thread');
const port = parentPort;
/** Collects the heap's garbage once it has grown to 2.5 × its live size (see heap.ts): a lower, flatter RSS. */
const keepHeap = heapKeeper();

/** The response for one item: its analysis (and row), or the error it met. */
function respond(seq: number, analyzed: Analysis | Error, prepare: boolean | undefined): WorkerResponse {
  try {
    if (analyzed instanceof Error) throw analyzed;
    return prepare ? { seq, analysis: slimAnalysis(analyzed), documentRow: documentRowBytes(analyzed) } : { seq, analysis: analyzed };
  } catch (err) {
    const e = err as Error;
    return { seq, error: { code: 'analysis-failed', message: `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}` } };
  }
}

port.on('message', (req: WorkerRequest) => {
  const { items, options, prepare } = req;
  let at = 0;
  for (const size of req.groups ?? items.map(() => 1)) {
    const group = items.slice(at, (at += size));
    // An item alone is answered as soon as it is done (the pool times each item and frees its bytes);
    // a group's items when the group is done.
    const results = group.length === 1 ? [attempt(() => analyze(group[0]!.item, options))] : analyzeMany(group.map((q) => q.item), options);
    group.forEach(({ seq }, i) => {
      const res = respond(seq, results[i]!, prepare);
      // The row's bytes are moved, not copied (`documentRowBytes` gives them a buffer of their own).
      port.postMessage(res, res.documentRow ? [res.documentRow.buffer as ArrayBuffer] : []);
    });
    keepHeap();
  }
});
port.postMessage({ ready: true });
