import { useCallback, useRef, useState, type FormEvent } from 'react';
import { parseTopicUrl, TopicUrlError } from '../../../../shared/net/topic-url';
import { startNewImport } from '../actions';
import { ApiKeySettings } from './ApiKeySettings';
import { useUrlPanelRequest } from './open-request';
import { useFetchThread } from './useFetchThread';
import '../../../styles/import-url.css';
import { FetchProgress } from './FetchProgress';

/**
 * "From the forum" in the desktop app (issue 8): paste a topic address, fetch every post
 * through the main process, then the same preview and atomic write as a file import.
 */
export function UrlPanel() {
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const onFetched = useCallback((outcome: { files: { name: string; text: string }[]; origin: string }) => startNewImport(outcome.files, { baseUrl: outcome.origin }), []);
  const { state, start, cancel } = useFetchThread(onFetched);
  const focusField = useCallback(() => {
    // Optional call: not every environment implements scrolling (jsdom does not).
    input.current?.scrollIntoView?.({ block: 'center' });
    input.current?.focus();
  }, []);
  useUrlPanelRequest(focusField);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      // Checked here for a quick answer; main checks again before anything is fetched.
      parseTopicUrl(url);
    } catch (error) {
      setUrlError(error instanceof TopicUrlError ? error.message : 'This does not look like a web address.');
      input.current?.focus();
      return;
    }
    setUrlError(null);
    void start(url);
  };

  const isFetching = state.kind === 'fetching';
  return (
    <div className="url-panel">
      <p className="muted">Paste the address of a topic to fetch all its posts. You check them in the preview before anything is saved.</p>
      <form onSubmit={submit} noValidate>
        <label className="field">
          <span>Topic address</span>
          <input
            ref={input}
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://discourse.nixos.org/t/topic-title/56458"
            disabled={isFetching}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'url-error' : 'url-hint'}
          />
        </label>
        {urlError ? (
          <p id="url-error" className="field-error" role="alert">
            {urlError}
          </p>
        ) : (
          <p id="url-hint" className="muted url-hint">
            The app asks once before it reads a forum for the first time.
          </p>
        )}
        {isFetching ? null : (
          <button type="submit" className="button primary">
            Fetch thread
          </button>
        )}
      </form>
      {isFetching ? <FetchProgress fetched={state.fetched} total={state.total} onCancel={cancel} /> : null}
      {state.kind === 'done' && state.outcome.kind === 'cancelled' ? (
        <p className="fetch-message" role="status">
          Fetching was cancelled; nothing was imported.
        </p>
      ) : null}
      {state.kind === 'done' && state.outcome.kind !== 'cancelled' ? (
        <div className="fetch-message is-error" role="alert">
          <p>{state.outcome.message}</p>
          <p className="muted">Nothing was changed in your workspace.</p>
        </div>
      ) : null}
      <ApiKeySettings />
    </div>
  );
}
