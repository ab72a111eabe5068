/**
 * A worker thread: runs `analyze` on each raw item it is sent, and, when asked to `prepare`, also makes
 * the item's `documents` row (search words, JSON) so that the main thread, busy writing, only joins rows.
 * Exceptions are caught per item and returned as an `analysis-failed` error.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.ts';
import { documentRowBytes } from '../store/write.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { slimAnalysis } from './slim.ts';

if (!parentPort) throw new Error('Expected to run in a worker thread');
const port = parentPort;

port.on('message', (req: WorkerRequest) => {
  for (const { seq, item } of req.items) {
    let res: WorkerResponse;
    try {
      const analysis = analyze(item, req.options);
      res = req.prepare ? { seq, analysis: slimAnalysis(analysis), documentRow: documentRowBytes(analysis) } : { seq, analysis };
    } catch (err) {
      const e = err as Error;
      res = { seq, error: { code: 'analysis-failed', message: `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}` } };
    }
    // One message per item, as soon as it is done: the pool times each item and frees its bytes.
    // The row's bytes are moved, not copied (`documentRowBytes` gives them a buffer of their own).
    port.postMessage(res, res.documentRow ? [res.documentRow.buffer as ArrayBuffer] : []);
  }
});
port.postMessage({ ready: true });
