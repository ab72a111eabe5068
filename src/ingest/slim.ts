/**
 * The slim analysis a worker returns when it also made the `documents` row: the row already holds
 * `original`, `removals` and `warnings` (most of an analysis's bytes: removals alone are ~90 % of a
 * noisy page's JSON), so they are not copied back to the main thread a second time.
 */
import type { Analysis } from '../analysis/schema.ts';

/**
 * Drop what only the `documents` row needs: `original` becomes '', `removals` and `warnings` empty.
 * `text` stays (ingest checks it for emptiness), and so does everything the entity and fact rows read.
 * @returns a new object; `a` is not changed
 */
export function slimAnalysis(a: Analysis): Analysis {
  return { ...a, original: '', removals: [], warnings: [] };
}
