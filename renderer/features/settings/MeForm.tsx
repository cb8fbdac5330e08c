import { useState, type FormEvent } from 'react';
import { useMe } from '../../db/hooks/live';
import { saveMyName } from './actions';

/** The one-time "who are you" setting; every change is recorded under this name. */
export function MeForm() {
  const me = useMe();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? me?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError('Enter your name.');
      return;
    }
    const failure = await saveMyName(value);
    setError(failure);
    if (!failure) setDraft(null);
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="me-title">
      <h2 id="me-title">Who are you?</h2>
      <p className="muted">Your name is recorded with every change you make, so the committee knows who tagged, assigned or decided what.</p>
      <label className="field">
        <span>Your name</span>
        <input value={value} onChange={(e) => setDraft(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'me-error' : undefined} />
      </label>
      {error ? (
        <p id="me-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button primary">
        Save
      </button>
    </form>
  );
}
