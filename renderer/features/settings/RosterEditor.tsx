import { useState, type FormEvent } from 'react';
import { useMembers } from '../../db/hooks/live';
import { addScMember, removeScMember } from './actions';

/** The editable roster of SC members used for assignments, votes and meeting pairings. */
export function RosterEditor() {
  const members = useMembers();
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await addScMember(name, handle);
    setError(failure);
    if (!failure) {
      setName('');
      setHandle('');
    }
  };

  return (
    <section className="card" aria-labelledby="roster-title">
      <h2 id="roster-title">SC members</h2>
      {members && members.length > 0 ? (
        <ul className="roster" aria-label="SC members">
          {members.map((m) => (
            <li key={m.id}>
              <span>
                {m.name} {m.handle ? <span className="muted">@{m.handle}</span> : null}
              </span>
              <button type="button" className="button subtle" aria-label={`Remove ${m.name}`} onClick={() => void removeScMember(m.id, m.name)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No members yet. Add the committee so you can assign teams and record votes.</p>
      )}
      <form className="inline-form" onSubmit={submit} aria-label="Add an SC member">
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'roster-error' : undefined} />
        </label>
        <label className="field">
          <span>Handle (optional)</span>
          <input value={handle} onChange={(e) => setHandle(e.target.value)} placeholder="@tomberek" />
        </label>
        <button type="submit" className="button primary">
          Add member
        </button>
      </form>
      {error ? (
        <p id="roster-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
