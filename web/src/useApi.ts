/** Load an API resource into state, re-fetching when the key changes. */
import { useEffect, useState } from 'react';
import { ApiError } from './api.ts';

/** State of a request. */
export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** HTTP status of a failed request (404 not found, 400 a malformed id), null otherwise. */
  status: number | null;
  loading: boolean;
}

/** Run `fn` whenever `key` changes; ignore answers that arrive after a newer request started. */
export function useApi<T>(fn: () => Promise<T>, key: string): Loaded<T> {
  const [s, setS] = useState<Loaded<T>>({ data: null, error: null, status: null, loading: true });
  useEffect(() => {
    let live = true;
    setS((p) => ({ ...p, loading: true, error: null, status: null }));
    fn().then(
      (data) => live && setS({ data, error: null, status: null, loading: false }),
      (e: Error) => live && setS({ data: null, error: e.message, status: e instanceof ApiError ? e.status : null, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return s;
}

/**
 * What a failed page says: 未找到 / Not found for a 404 or a malformed address (400), with the API's
 * own message after it for the curious; any other failure as the API put it.
 */
export function failureText(r: Loaded<unknown>, notFound: string): string {
  if (r.status === 404 || r.status === 400 || (!r.error && !r.data)) return r.error ? `${notFound} (${r.error})` : notFound;
  return r.error ?? notFound;
}
