/** ingest/: readers → worker threads running `analyze` → store in batches; resumable and idempotent. */
export { ingest } from './ingest.ts';
export type { IngestOptions, IngestProgress, IngestSummary, RejectedItem } from './ingest.ts';
export { analyzeAll } from './pool.ts';
export type { PoolOptions, Task, TaskResult } from './pool.ts';
export { readItems, itemKey, totalBytes } from './source.ts';
export { formatSummary } from './report.ts';
