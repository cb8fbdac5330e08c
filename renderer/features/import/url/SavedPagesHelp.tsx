import { useState } from 'react';
import { importSavedPages, pagesToSave } from './saved-pages';
import '../../../styles/import-url.css';

const EXAMPLE = 'https://discourse.nixos.org/t/topic-title/56458';

/** "From the forum" in the browser build: which pages to save for a thread, and a button to import them. */
export function SavedPagesHelp() {
  const [address, setAddress] = useState('');
  const pages = pagesToSave(address.trim() || EXAMPLE);
  const isExample = address.trim() === '';
  const error = !isExample && 'error' in pages ? pages.error : null;
  const shown = 'error' in pages ? pagesToSave(EXAMPLE) : pages;
  const links = 'error' in shown ? null : shown;
  return (
    <div className="saved-pages">
      <p className="muted">The browser version cannot fetch from the forum itself. Save the thread’s pages from your browser, then choose the saved files here.</p>
      <label className="field">
        <span>Topic address (optional)</span>
        <input
          type="url"
          inputMode="url"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder={EXAMPLE}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'saved-pages-error' : 'saved-pages-list'}
        />
      </label>
      {error ? (
        <p id="saved-pages-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {links ? (
        <ul className="url-list" id="saved-pages-list" aria-label={isExample ? 'Pages to save, for example' : 'Pages to save'}>
          <li>
            <code>{links.json}</code> — the first posts and the list of all posts
          </li>
          <li>
            <code>{links.raw}</code> (and <code>?page=2</code>, … for long threads) — every post as Markdown
          </li>
        </ul>
      ) : null}
      <button type="button" className="button primary" onClick={() => void importSavedPages(error || isExample || 'error' in pages ? undefined : address)}>
        Choose saved pages…
      </button>
    </div>
  );
}
