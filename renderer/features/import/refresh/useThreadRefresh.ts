/**
 * The state of one refresh at a time on the Import screen: fetching (with progress and
 * Cancel), reading, the changes found, applying. Leaving the screen cancels a fetch.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ThreadId } from '../../../../shared/model';
import { startFetch, type FetchHandle } from '../url/fetch-thread';
import { applyRefresh, prepareRefresh, type RefreshPreview } from './refresh-thread';

export type RefreshState =
  | { kind: 'idle' }
  | { kind: 'fetching'; threadId: ThreadId; fetched: number; total: number }
  | { kind: 'reading'; threadId: ThreadId }
  | { kind: 'ready'; preview: RefreshPreview; isApplying: boolean; error?: string }
  | { kind: 'ended'; threadId: ThreadId; isError: boolean; message: string };

export function useThreadRefresh() {
  const [state, setState] = useState<RefreshState>({ kind: 'idle' });
  const current = useRef<FetchHandle | null>(null);
  useEffect(() => () => current.current?.cancel(), []);

  const refresh = useCallback(async (threadId: ThreadId, url: string) => {
    current.current?.cancel();
    setState({ kind: 'fetching', threadId, fetched: 0, total: 0 });
    const handle = startFetch(url, (fetched, total) => {
      if (current.current === handle) setState({ kind: 'fetching', threadId, fetched, total });
    });
    current.current = handle;
    const outcome = await handle.promise;
    if (current.current !== handle) return;
    current.current = null;
    if (outcome.kind === 'cancelled') return setState({ kind: 'ended', threadId, isError: false, message: 'Refresh cancelled; nothing was changed.' });
    if (outcome.kind !== 'fetched') return setState({ kind: 'ended', threadId, isError: true, message: `${outcome.message} Nothing was changed.` });
    setState({ kind: 'reading', threadId });
    const preview = await prepareRefresh(threadId, outcome);
    if ('error' in preview) return setState({ kind: 'ended', threadId, isError: true, message: preview.error });
    setState({ kind: 'ready', preview, isApplying: false });
  }, []);

  const apply = useCallback(async (preview: RefreshPreview) => {
    setState({ kind: 'ready', preview, isApplying: true });
    const failure = await applyRefresh(preview);
    setState(failure ? { kind: 'ready', preview, isApplying: false, error: failure } : { kind: 'idle' });
  }, []);

  const cancel = useCallback(() => current.current?.cancel(), []);
  const close = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, refresh, apply, cancel, close };
}
