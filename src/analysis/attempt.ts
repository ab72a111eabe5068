/**
 * A call's result, or what it threw as an Error: how batch APIs (`extractMany`, `analyzeMany`, the ingest
 * worker) give each item its own outcome, so that one item that throws costs the others nothing.
 * @example attempt(() => JSON.parse('{')) instanceof Error // true
 */
export function attempt<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
