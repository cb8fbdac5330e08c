import { useState, type FormEvent } from 'react';
import { isDesktop } from '../../lib/platform';
import { importFromPicker, importPastedText } from './actions';
import { ThreadsCard } from './refresh/ThreadsCard';
import { SavedPagesHelp } from './url/SavedPagesHelp';
import { UrlPanel } from './url/UrlPanel';

/** The ways updates come in: files (picked or dropped), pasted text, or a forum address. */
export function ImportSources() {
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const submitPaste = (event: FormEvent) => {
    event.preventDefault();
    if (!pasted.trim()) {
      setPasteError('Paste the thread’s text (or a JSON export) first.');
      return;
    }
    setPasteError(null);
    void importPastedText(pasted);
  };
  return (
    <div className="import-sources">
      <section className="card import-drop" aria-labelledby="import-files-title">
        <h2 id="import-files-title">From files</h2>
        <p className="muted">
          Discourse exports (<code>/t/…json</code> and <code>posts.json</code> pages, <code>/raw/…</code> text, RSS), “Download my posts” CSV, Markdown
          files, or a thread saved as text. Several files at once are merged.
        </p>
        <button type="button" className="button primary" onClick={() => void importFromPicker()}>
          Choose files…
        </button>
        <p className="drop-hint">…or drop files anywhere in this window.</p>
      </section>
      <form className="card" onSubmit={submitPaste} aria-labelledby="import-paste-title">
        <h2 id="import-paste-title">Paste</h2>
        <label className="field">
          <span>Text copied from the thread in your browser</span>
          <textarea
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            rows={6}
            aria-invalid={pasteError ? true : undefined}
            aria-describedby={pasteError ? 'paste-error' : undefined}
            placeholder="Select the whole thread in the browser, copy, and paste it here."
          />
        </label>
        {pasteError ? (
          <p id="paste-error" className="field-error" role="alert">
            {pasteError}
          </p>
        ) : null}
        <button type="submit" className="button">
          Read pasted text
        </button>
      </form>
      <section className="card" aria-labelledby="import-url-title">
        <h2 id="import-url-title">From the forum</h2>
        {isDesktop ? <UrlPanel /> : <SavedPagesHelp />}
      </section>
      <ThreadsCard />
    </div>
  );
}
