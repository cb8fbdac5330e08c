/** Buttons for the status changes the rules allow; superseding asks which decision replaces this one. */
import { useState } from 'react';
import { allowedNextStatuses } from '../../../shared/decisions/status-rules';
import { padDecisionNumber } from '../../../shared/decisions/numbering';
import type { DecisionId, DecisionRow } from '../../../shared/model';
import { DateText } from '../../components/DateText';
import { moveDecision } from './actions';
import { STATUS_VERBS } from './labels';
import { localToday } from './time';

/** `meetingDay`: the day of the decision's meeting, which is then its day (decision-day.ts) instead of a chosen one. */
export function StatusActions({ decision, others, meetingDay }: { decision: DecisionRow; others: DecisionRow[]; meetingDay?: string | undefined }) {
  const [decidedOn, setDecidedOn] = useState(localToday());
  const [choosing, setChoosing] = useState(false);
  const [replacement, setReplacement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const next = allowedNextStatuses(decision.status);
  if (next.length === 0) return <p className="muted">This decision is final.</p>;
  const candidates = others.filter((d) => d.id !== decision.id);
  const decides = next.some((s) => s === 'approved' || s === 'rejected');

  return (
    <div className="status-actions" role="group" aria-label="Change the status">
      {decides && meetingDay ? (
        <p className="muted">The outcome is dated on the meeting’s day, <DateText kind="day" value={meetingDay} />.</p>
      ) : decides ? (
        <label className="field inline">
          <span>Decided on</span>
          <input type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
        </label>
      ) : null}
      {next.map((s) =>
        s === 'superseded' ? (
          <button key={s} type="button" className="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
            {STATUS_VERBS[s]}
          </button>
        ) : (
          <button key={s} type="button" className="button" onClick={async () => setError(await moveDecision(decision.id, s, decidedOn && (s === 'approved' || s === 'rejected') ? { decidedOn } : {}))}>
            {STATUS_VERBS[s]}
          </button>
        ),
      )}
      {choosing ? (
        <div className="inline-form">
          <label className="field">
            <span>Superseded by</span>
            <select value={replacement} onChange={(e) => setReplacement(e.target.value)}>
              <option value="">Choose a decision</option>
              {candidates.map((d) => (
                <option key={d.id} value={d.id}>
                  #{padDecisionNumber(d.number)} {d.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button primary"
            disabled={!replacement}
            onClick={async () => setError(await moveDecision(decision.id, 'superseded', { supersededBy: replacement as DecisionId }))}
          >
            Mark superseded
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
