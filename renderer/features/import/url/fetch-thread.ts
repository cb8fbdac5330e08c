/**
 * One fetch of a forum thread through the main process (issue 8): a request id of our
 * own, progress events for that id only, Cancel, and an outcome the panel can show.
 * The renderer never touches the network itself; main asks the member to allow the host.
 */
import type { FetchTopicResult } from '../../../../shared/ipc/contract';
import { platform } from '../../../lib/platform';

/** How a fetch ended. `cancelled` is the member's own choice, not an error. */
export type FetchOutcome =
  | { kind: 'fetched'; files: { name: string; text: string }[]; origin: string; title: string; postCount: number }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'refused'; host: string; message: string }
  | { kind: 'cancelled' };

export type FetchHandle = { promise: Promise<FetchOutcome>; cancel: () => void };

/** Electron prefixes errors thrown in main; the member only needs the message itself. */
export function ipcErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const rest = text.replace(/^Error invoking remote method '[^']*': /, '');
  return rest.replace(/^[A-Za-z]{0,40}Error: /, '');
}

function toOutcome(result: FetchTopicResult): FetchOutcome {
  if (result.status === 'fetched') return { kind: 'fetched', files: result.files, origin: result.origin, title: result.title, postCount: result.postCount };
  if (result.status === 'host-refused') {
    return { kind: 'refused', host: result.host, message: `You did not allow Steering Desk to read ${result.host}, so nothing was fetched. Fetch again to be asked once more.` };
  }
  if (result.code === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'failed', code: result.code, message: result.message };
}

/** Starts fetching the thread at `url`; `onProgress` gets posts fetched of the total. */
export function startFetch(url: string, onProgress: (fetched: number, total: number) => void): FetchHandle {
  const requestId = crypto.randomUUID().toLowerCase();
  const stop = platform.onFetchProgress((p) => {
    if (p.requestId === requestId) onProgress(p.fetched, p.total);
  });
  const promise = platform
    .fetchTopic(url.trim(), requestId)
    .then(toOutcome, (error: unknown): FetchOutcome => ({ kind: 'failed', code: 'internal', message: `The thread could not be fetched: ${ipcErrorMessage(error)}` }))
    .finally(stop);
  return { promise, cancel: () => void platform.cancelFetch(requestId).catch(() => undefined) };
}
