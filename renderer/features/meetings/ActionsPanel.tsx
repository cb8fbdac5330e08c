/** Action items of a meeting: those it created and those carried into it, with owner and due date. */
import { useState, type FormEvent } from 'react';
import { ownerLabel } from '../../../shared/actions/actions';
import type { ActionRow, MeetingRow, MemberId, MemberRow, Owner, TeamId, TeamRow } from '../../../shared/model';
import { DateText } from '../../components/DateText';
import { addMeetingAction, setActionStatus } from '../../db/repos/agenda-repo';
import { runAction } from '../../lib/run-action';

type Props = { meeting: MeetingRow; actions: readonly ActionRow[]; members: readonly MemberRow[]; teams: readonly TeamRow[] };

/** `member:<id>`, `team:<id>` or free text for a person outside the SC. */
function ownerFrom(choice: string, person: string): Owner {
  if (choice.startsWith('member:')) return { kind: 'member', memberId: choice.slice(7) as MemberId };
  if (choice.startsWith('team:')) return { kind: 'team', teamId: choice.slice(5) as TeamId };
  return { kind: 'person', name: person.trim() || 'someone' };
}

export function ActionsPanel({ meeting, actions, members, teams }: Props) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(members[0] ? `member:${members[0].id}` : 'person');
  const [person, setPerson] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mine = actions.filter((a) => a.meetingId === meeting.id || (a.origin.kind === 'meeting' && a.origin.meetingId === meeting.id));

  async function add(e: FormEvent) {
    e.preventDefault();
    const message = await runAction(() => addMeetingAction(meeting.id, { text, owner: ownerFrom(owner, person), ...(due ? { dueOn: due } : {}) }));
    setError(message);
    if (!message) {
      setText('');
      setDue('');
    }
  }

  return (
    <section className="card" aria-labelledby="actions-title">
      <h3 id="actions-title">Action items</h3>
      <ul className="action-list" aria-label="Action items of this meeting">
        {mine.map((a) => (
          <li key={a.id}>
            <label className="check">
              <input type="checkbox" checked={a.status === 'done'} onChange={(e) => void runAction(() => setActionStatus(a.id, e.target.checked ? 'done' : 'open')).then(setError)} />
              <span><strong>{ownerLabel(a.owner, members, teams)}</strong>: {a.text}{a.dueOn ? <span className="muted"> (due <DateText kind="day" value={a.dueOn} />)</span> : null}
                {a.origin.kind === 'meeting' && a.origin.meetingId !== meeting.id ? <span className="muted"> · carried over</span> : null}</span>
            </label>
          </li>
        ))}
        {mine.length === 0 ? <li className="muted">No action items yet.</li> : null}
      </ul>
      <form className="inline-form" aria-label="Add an action item" onSubmit={(e) => void add(e)}>
        <label className="field"><span>What</span><input value={text} onChange={(e) => setText(e.target.value)} /></label>
        <label className="field"><span>Owner</span>
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            {members.map((m) => <option key={m.id} value={`member:${m.id}`}>{m.name}</option>)}
            {teams.filter((t) => meeting.teamIds.includes(t.id)).map((t) => <option key={t.id} value={`team:${t.id}`}>{t.name} (team)</option>)}
            <option value="person">Someone else…</option>
          </select>
        </label>
        {owner === 'person' ? <label className="field"><span>Name</span><input value={person} onChange={(e) => setPerson(e.target.value)} /></label> : null}
        <label className="field"><span>Due</span><input type="date" value={due} onChange={(e) => setDue(e.target.value)} /></label>
        <button type="submit" className="button primary" disabled={!text.trim()}>Add action</button>
      </form>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </section>
  );
}
