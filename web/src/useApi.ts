/** Load an API resource into state, re-fetching when the key changes. */
import { useEffect, useState } from 'react';

/** State of a request. */
export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Run `fn` whenever `key` changes; ignore answers that arrive after a newer request started. */
export function useApi<T>(fn: () => Promise<T>, key: string): Loaded<T> {
  const [s, setS] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setS((p) => ({ ...p, loading: true, error: null }));
    fn().then(
      (data) => live && setS({ data, error: null, loading: false }),
      (e: Error) => live && setS({ data: null, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return s;
}
