/** Minutes of one agenda entry: notes, a conclusion line, done or carried over, and the decision taken on it. */
import { useState } from 'react';
import type { AgendaEntryRow, DecisionRow, MemberRow } from '../../../shared/model';
import { updateEntry, type EntryEdit } from '../../db/repos/agenda-repo';
import { runAction } from '../../lib/run-action';
import { DecisionForm } from './DecisionForm';

type Props = { entry: AgendaEntryRow; title: string; decision: DecisionRow | undefined; attendees: readonly MemberRow[]; members: readonly MemberRow[] };

export function MinutesEntry({ entry, title, decision, attendees, members }: Props) {
  const [minutes, setMinutes] = useState(entry.minutes);
  const [conclusion, setConclusion] = useState(entry.conclusion);
  const [isDeciding, setDeciding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = (edit: EntryEdit) => void runAction(() => updateEntry(entry.id, edit)).then(setError);
  const id = `minutes-${entry.id}`;
  const votesOf = (d: DecisionRow) =>
    (['+1', '-1', 'abstain'] as const)
      .map((v) => [v, d.votes.filter((x) => x.vote === v).map((x) => members.find((m) => m.id === x.memberId)?.name ?? 'unknown')] as const)
      .filter(([, names]) => names.length)
      .map(([v, names]) => `${v}: ${names.join(', ')}`)
      .join(' · ');

  return (
    <li className="minutes-entry card" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}{entry.carriedFrom ? <span className="muted"> · carried over</span> : null}</h4>
      <label className="field"><span>Minutes</span>
        <textarea rows={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} onBlur={() => minutes !== entry.minutes && save({ minutes })} />
      </label>
      <label className="field"><span>Conclusion</span>
        <input value={conclusion} onChange={(e) => setConclusion(e.target.value)} onBlur={() => conclusion !== entry.conclusion && save({ conclusion })} />
      </label>
      <label className="check"><input type="checkbox" checked={entry.isDone} onChange={(e) => save({ isDone: e.target.checked })} /> Finished (unfinished topics carry over to the next meeting)</label>
      {decision ? (
        <p className="decision-line">Decision #{decision.number}: <strong>{decision.title}</strong> ({decision.status}){votesOf(decision) ? ` — ${votesOf(decision)}` : ''}</p>
      ) : isDeciding ? (
        <DecisionForm entry={entry} title={title} attendees={attendees} onDone={() => setDeciding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setDeciding(true)}>Record a decision</button>
      )}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </li>
  );
}
