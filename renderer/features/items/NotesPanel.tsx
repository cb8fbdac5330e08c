/** Notes on an item: SC-internal by default, or shareable with the team (issue 4). */
import { useState, type FormEvent } from 'react';
import type { ItemId, Note } from '../../../shared/model';
import { DateText } from '../../components/DateText';
import { addNote, deleteNote, shareNote } from './actions';

export function NotesPanel({ itemId, notes }: { itemId: ItemId; notes: readonly Note[] }) {
  const [text, setText] = useState('');
  const [shareable, setShareable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await addNote(itemId, text, shareable);
    setError(failure);
    if (!failure) {
      setText('');
      setShareable(false);
    }
  };
  return (
    <section className="detail-section" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes</h3>
      {notes.length > 0 ? (
        <ul className="notes">
          {notes.map((n) => (
            <li key={n.id} className={n.shareable ? 'is-shareable' : ''}>
              <p className="note-text">{n.text}</p>
              <p className="note-meta muted">
                {n.by}, <DateText kind="date-time" value={n.at} /> · <strong>{n.shareable ? 'Shareable with the team' : 'SC-internal'}</strong>
              </p>
              <div className="button-row">
                <button type="button" className="button subtle" onClick={() => void shareNote(itemId, n.id, !n.shareable).then(setError)}>
                  {n.shareable ? 'Make SC-internal' : 'Make shareable'}
                </button>
                <button type="button" className="button subtle" onClick={() => void deleteNote(itemId, n.id).then(setError)}>
                  Delete note
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit}>
        <label className="field">
          <span>New note</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'note-error' : undefined} />
        </label>
        <label className="check">
          <input type="checkbox" checked={shareable} onChange={(e) => setShareable(e.target.checked)} />
          Shareable with the team (otherwise SC-internal)
        </label>
        <button type="submit" className="button">
          Add note
        </button>
      </form>
      {error ? (
        <p id="note-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
