/**
 * A worker thread: runs `analyze` on each raw item it is sent, and nothing else.
 * Exceptions are caught per item and returned as an `analysis-failed` error.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

if (!parentPort) throw new Error('Expected to run in a worker thread');
const port = parentPort;

port.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    res = { seq: req.seq, analysis: analyze(req.item, req.options) };
  } catch (err) {
    const e = err as Error;
    res = { seq: req.seq, error: { code: 'analysis-failed', message: `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}` } };
  }
  port.postMessage(res);
});
port.postMessage({ ready: true });
