/** Records a decision taken on an agenda entry, with each attendee's vote; it goes to the decisions log linked to this meeting. */
import { useState, type FormEvent } from 'react';
import { VOTES, type AgendaEntryRow, type DecisionStatus, type MemberRow, type Vote } from '../../../shared/model';
import { recordEntryDecision } from '../../db/repos/agenda-repo';
import { runAction } from '../../lib/run-action';

const OUTCOMES: { id: DecisionStatus; label: string }[] = [
  { id: 'approved', label: 'Approved' },
  { id: 'rejected', label: 'Rejected' },
  { id: 'deferred', label: 'Deferred' },
  { id: 'proposed', label: 'Still open (vote continues)' },
];
const VOTE_LABELS: Record<Vote, string> = { '+1': '+1', '-1': '−1', abstain: 'Abstain', none: 'No vote' };

export function DecisionForm({ entry, title, attendees, onDone }: { entry: AgendaEntryRow; title: string; attendees: readonly MemberRow[]; onDone: () => void }) {
  const [decisionTitle, setTitle] = useState(title);
  const [motion, setMotion] = useState('');
  const [status, setStatus] = useState<DecisionStatus>('approved');
  const [votes, setVotes] = useState<Record<string, Vote>>({});
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const message = await runAction(
      () => recordEntryDecision(entry.id, {
        title: decisionTitle, motion, status,
        votes: attendees.map((m) => ({ memberId: m.id, vote: votes[m.id] ?? 'none' })).filter((v) => v.vote !== 'none'),
      }),
      { success: 'Decision recorded in the decisions log.' },
    );
    setError(message);
    if (!message) onDone();
  }

  return (
    <form className="decision-form" aria-label={`Decision on “${title}”`} onSubmit={(e) => void submit(e)}>
      <label className="field"><span>Decision</span><input value={decisionTitle} onChange={(e) => setTitle(e.target.value)} /></label>
      <label className="field"><span>Motion (optional)</span><textarea rows={2} value={motion} onChange={(e) => setMotion(e.target.value)} /></label>
      <label className="field"><span>Outcome</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as DecisionStatus)}>
          {OUTCOMES.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </label>
      {attendees.length ? (
        <fieldset className="votes">
          <legend>Votes</legend>
          {attendees.map((m) => (
            <label key={m.id} className="inline-field"><span>{m.name}</span>
              <select value={votes[m.id] ?? 'none'} onChange={(e) => setVotes({ ...votes, [m.id]: e.target.value as Vote })}>
                {VOTES.map((v) => <option key={v} value={v}>{VOTE_LABELS[v]}</option>)}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <div className="button-row">
        <button type="submit" className="button primary">Record decision</button>
        <button type="button" className="button subtle" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
