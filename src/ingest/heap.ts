/**
 * Keeps a worker's V8 heap near what it holds. V8 lets the old generation of an isolate grow to up to
 * 4 × its live size before a full collection when the heap limit is large (as on a machine with many GB),
 * so a worker that lives 35-60 MB sat on 100-150 MB of garbage during a long ingest: the saw tooth of the
 * process's RSS. Capping the heap (`resourceLimits.maxOldGenerationSizeMb`) would also make V8 collect
 * earlier, but it would fail the largest documents (up to 64 MB of input, GBs of heap), so instead a full
 * collection is asked for once the heap has grown to 2.5 × what the last one left. Each forced collection
 * costs a pass over the live heap (~30 ms for 40 MB): at 1.5 × they cost ~10 % more CPU with extraction
 * (10,000 files), at 2.5 × none measurable; the size check after each item costs ~1 µs.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this many bytes in use a worker is left to V8 (start-up, small runs). */
const FLOOR_BYTES = 64 * 2 ** 20;

/** Collect once the heap in use is this many times what the last collection left (see above). */
const GROWTH = 2.5;

/** V8's full collection: `gc` of a context made while `--expose-gc` is on (the flag is turned off again). */
function fullGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}

/** Options of `heapKeeper`: the defaults suit an ingest worker; tests pass small values. */
export interface HeapKeeperOptions {
  readonly floorBytes?: number;
  readonly growth?: number;
}

/**
 * A function to call between items: it runs a full collection when the heap has grown by `growth` since
 * the last one (and is above `floorBytes`).
 * @returns the keeper; it returns true when it collected
 */
export function heapKeeper(options: HeapKeeperOptions = {}): () => boolean {
  const floor = options.floorBytes ?? FLOOR_BYTES;
  const growth = options.growth ?? GROWTH;
  const gc = fullGc();
  let live = 0;
  return () => {
    const used = getHeapStatistics().used_heap_size;
    if (used < floor || used < live * growth) return false;
    gc();
    live = getHeapStatistics().used_heap_size;
    return true;
  };
}
