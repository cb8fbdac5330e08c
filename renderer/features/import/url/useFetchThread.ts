/**
 * The state of the "From the forum" panel's fetch. Leaving the panel cancels a running
 * fetch, so nothing arrives later behind the member's back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { startFetch, type FetchHandle, type FetchOutcome } from './fetch-thread';

export type FetchState =
  | { kind: 'idle' }
  | { kind: 'fetching'; fetched: number; total: number }
  | { kind: 'done'; outcome: Exclude<FetchOutcome, { kind: 'fetched' }> };

export function useFetchThread(onFetched: (outcome: Extract<FetchOutcome, { kind: 'fetched' }>) => void | Promise<void>) {
  const [state, setState] = useState<FetchState>({ kind: 'idle' });
  const current = useRef<FetchHandle | null>(null);

  useEffect(() => () => current.current?.cancel(), []);

  const start = useCallback(
    async (url: string) => {
      current.current?.cancel();
      setState({ kind: 'fetching', fetched: 0, total: 0 });
      const handle = startFetch(url, (fetched, total) => {
        if (current.current === handle) setState({ kind: 'fetching', fetched, total });
      });
      current.current = handle;
      const outcome = await handle.promise;
      if (current.current !== handle) return;
      current.current = null;
      if (outcome.kind === 'fetched') {
        setState({ kind: 'idle' });
        await onFetched(outcome);
      } else setState({ kind: 'done', outcome });
    },
    [onFetched],
  );

  const cancel = useCallback(() => current.current?.cancel(), []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, start, cancel, reset };
}
