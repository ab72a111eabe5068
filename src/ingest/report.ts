/** The plain-text ingest summary (non-TTY output and the last lines on a TTY). */
import type { IngestSummary } from './ingest.ts';

const MB = 2 ** 20;

/**
 * `handled N items (S stored, D duplicates, R rejected) from B MB in T s (X docs/s, Y MB/s)`: every item the run
 * read, each stored, a duplicate of a stored document, or rejected with its reason (so N counts rejected items too),
 * a line for items skipped as already ingested (resume), then `rejected <path>[:line] <code>: <message>` lines.
 */
export function formatSummary(s: IngestSummary): string {
  const secs = Math.max(s.elapsedMs, 1) / 1000;
  const handled = s.stored + s.duplicates + s.rejected;
  const lines = [
    `handled ${handled} item${handled === 1 ? '' : 's'} (${s.stored} stored, ${s.duplicates} duplicates, ${s.rejected} rejected) ` +
      `from ${(s.bytes / MB).toFixed(1)} MB in ${secs.toFixed(1)} s ` +
      `(${Math.round(s.items / secs)} docs/s, ${(s.bytes / MB / secs).toFixed(1)} MB/s)`,
  ];
  if (s.skipped) lines.push(`skipped ${s.skipped} item${s.skipped === 1 ? '' : 's'} already ingested by an earlier run`);
  for (const r of s.rejectedItems) {
    lines.push(`rejected ${r.path}${r.line !== null ? `:${r.line}` : ''} ${r.code}: ${r.message.replace(/\s+/g, ' ')}`);
  }
  return lines.join('\n');
}
