/** Messages between the ingest pool and its worker threads. */
import type { Analysis } from '../analysis/schema.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { RawItem } from '../readers/types.ts';
import type { ItemError } from '../store/types.ts';

/** Main → worker: analyze these items, in order; one response per item, in the same order. */
export interface WorkerRequest {
  readonly items: readonly { readonly seq: number; readonly item: RawItem }[];
  /**
   * How many consecutive items are analyzed together (`analyzeMany`: cleaned one by one, extracted stage
   * by stage over the group), in order, summing to `items.length`; a group's responses are sent when the
   * whole group is done. Absent: every item alone (`analyze`), answered as soon as it is done.
   */
  readonly groups?: readonly number[];
  readonly options?: AnalyzeOptions;
  /** Also make each item's `documents` row (`documentRow`) and return a slim analysis (see `slimAnalysis`). */
  readonly prepare?: boolean;
}

/** Worker → main: the analysis, or why there is none. */
export interface WorkerResponse {
  readonly seq: number;
  readonly analysis?: Analysis;
  /** The `documents` row, when the request asked to `prepare`. */
  readonly documentRow?: Uint8Array;
  readonly error?: ItemError;
}
