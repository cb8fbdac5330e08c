/** Adds an action item: what, who owns it (SC member, team or person), by when, for which team. */
import { useState, type FormEvent } from 'react';
import type { ActionRow, MemberId, Owner, TeamId } from '../../../shared/model';
import { useDecisionLookups } from '../../db/hooks/decisions';
import { addAction } from './actions';

type OwnerKind = Owner['kind'];

export function ActionForm({ origin, title = 'Add an action' }: { origin: ActionRow['origin']; title?: string }) {
  const lookups = useDecisionLookups();
  const [text, setText] = useState('');
  const [ownerKind, setOwnerKind] = useState<OwnerKind>('member');
  const [ownerRef, setOwnerRef] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [teamId, setTeamId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const owner = (): Owner | null => {
    if (!ownerRef.trim()) return null;
    if (ownerKind === 'member') return { kind: 'member', memberId: ownerRef as MemberId };
    if (ownerKind === 'team') return { kind: 'team', teamId: ownerRef as TeamId };
    return { kind: 'person', name: ownerRef.trim() };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const who = owner();
    if (!text.trim()) return setError('Say what needs to be done.');
    if (!who) return setError('Choose who owns this action.');
    const failure = await addAction({ text, owner: who, dueOn: dueOn || undefined, origin, teamId: teamId ? (teamId as TeamId) : null });
    setError(failure);
    if (!failure) {
      setText('');
      setDueOn('');
    }
  };

  const formId = `action-form-${origin.kind}`;
  return (
    <form className="action-form" onSubmit={submit} aria-labelledby={formId} noValidate>
      <h3 id={formId}>{title}</h3>
      <label className="field">
        <span>What needs to be done</span>
        <input value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error && !text.trim() ? true : undefined} />
      </label>
      <div className="field-grid">
        <label className="field">
          <span>Owner is</span>
          <select
            value={ownerKind}
            onChange={(e) => {
              setOwnerKind(e.target.value === 'team' ? 'team' : e.target.value === 'person' ? 'person' : 'member');
              setOwnerRef('');
            }}
          >
            <option value="member">an SC member</option>
            <option value="team">a team</option>
            <option value="person">someone else</option>
          </select>
        </label>
        <label className="field">
          <span>Owner</span>
          {ownerKind === 'person' ? (
            <input value={ownerRef} onChange={(e) => setOwnerRef(e.target.value)} placeholder="Name" />
          ) : (
            <select value={ownerRef} onChange={(e) => setOwnerRef(e.target.value)}>
              <option value="">Choose…</option>
              {(ownerKind === 'member' ? (lookups?.members ?? []) : (lookups?.teams ?? [])).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </label>
        <label className="field">
          <span>Due on (optional)</span>
          <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </label>
        <label className="field">
          <span>For team</span>
          <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{origin.kind === 'none' ? 'No team' : 'Same as where it came from'}</option>
            {lookups?.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button primary">
        Add action
      </button>
    </form>
  );
}
