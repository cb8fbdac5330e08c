import { useImportedThreads } from '../../../db/hooks/import-threads';
import { isDesktop } from '../../../lib/platform';
import { RefreshChanges } from './RefreshChanges';
import { refreshUrlOf } from './refresh-thread';
import { useThreadRefresh } from './useThreadRefresh';
import '../../../styles/import-url.css';
import { FetchProgress } from '../url/FetchProgress';
import { formatDateTime } from '../../../lib/format/dates';

const when = (iso: string) => formatDateTime(iso);

/** The imported threads, each with "Refresh from the forum" when its address is known (issue 8). */
export function ThreadsCard() {
  const threads = useImportedThreads();
  const { state, refresh, apply, cancel, close } = useThreadRefresh();
  if (!threads || threads.length === 0) return null;
  const isBusy = state.kind === 'fetching' || state.kind === 'reading' || (state.kind === 'ready' && state.isApplying);
  const activeId = state.kind === 'ready' ? state.preview.thread.id : state.kind === 'idle' ? null : state.threadId;

  return (
    <section className="card threads-card" aria-labelledby="threads-title">
      <h2 id="threads-title">Threads</h2>
      {isDesktop ? null : (
        <p className="muted">To bring a thread up to date in the browser, save its pages again and import them: posts you already have are recognised.</p>
      )}
      <ul className="thread-list" aria-label="Imported threads">
        {threads.map(({ thread, updates }) => {
          const url = refreshUrlOf(thread);
          return (
            <li key={thread.id} className={activeId === thread.id ? 'is-active' : undefined}>
              <div className="thread-info">
                <strong>{thread.title}</strong>
                <span className="muted">
                  {updates} post{updates === 1 ? '' : 's'} · {thread.refreshedAt ? `refreshed ${when(thread.refreshedAt)}` : `imported ${when(thread.importedAt)}`}
                  {url ? '' : ' · forum address unknown'}
                </span>
              </div>
              {isDesktop && url ? (
                <button type="button" className="button" disabled={isBusy} onClick={() => void refresh(thread.id, url)} aria-label={`Refresh “${thread.title}” from the forum`}>
                  Refresh from the forum
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {state.kind === 'fetching' ? <FetchProgress fetched={state.fetched} total={state.total} onCancel={cancel} /> : null}
      {state.kind === 'reading' ? (
        <p role="status" aria-live="polite">
          Comparing with what you have…
        </p>
      ) : null}
      {state.kind === 'ended' ? (
        <div className={state.isError ? 'fetch-message is-error' : 'fetch-message'} role={state.isError ? 'alert' : 'status'}>
          <p>{state.message}</p>
          <button type="button" className="button subtle" onClick={close}>
            Dismiss
          </button>
        </div>
      ) : null}
      {state.kind === 'ready' ? (
        <RefreshChanges preview={state.preview} isApplying={state.isApplying} error={state.error} onApply={() => void apply(state.preview)} onClose={close} />
      ) : null}
    </section>
  );
}
