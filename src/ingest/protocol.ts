/** Messages between the ingest pool and its worker threads. */
import type { Analysis } from '../analysis/schema.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { RawItem } from '../readers/types.ts';
import type { ItemError } from '../store/types.ts';

/** Main → worker: analyze this item. */
export interface WorkerRequest {
  readonly seq: number;
  readonly item: RawItem;
  readonly options?: AnalyzeOptions;
}

/** Worker → main: the analysis, or why there is none. */
export interface WorkerResponse {
  readonly seq: number;
  readonly analysis?: Analysis;
  readonly error?: ItemError;
}
