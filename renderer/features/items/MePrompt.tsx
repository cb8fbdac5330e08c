/**
 * "Who are you?" asked the first time a member edits something without having set their
 * name (issue 4); the edit continues once they answer.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMePromptOpen } from '../../store';
import { answerMePrompt, closeMePrompt } from './actions';

export function MePrompt() {
  const open = useMePromptOpen();
  if (!open) return null;
  return <MePromptDialog />;
}

function MePromptDialog() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await answerMePrompt(name));
  };
  return (
    <div className="modal-backdrop">
      <div className="modal card" role="dialog" aria-modal="true" aria-labelledby="me-prompt-title" onKeyDown={(e) => e.key === 'Escape' && closeMePrompt(false)}>
        <h2 id="me-prompt-title">Who are you?</h2>
        <p className="muted">Your name is recorded with every change, so the committee knows who tagged, assigned or decided what. You can change it in Settings.</p>
        <form onSubmit={submit}>
          <label className="field">
            <span>Your name</span>
            <input ref={inputRef} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'me-prompt-error' : undefined} />
          </label>
          {error ? (
            <p id="me-prompt-error" className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button primary">
              Save and continue
            </button>
            <button type="button" className="button subtle" onClick={() => closeMePrompt(false)}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
