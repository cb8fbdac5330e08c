/** A list of action items with owner, due day, origin and a status control. */
import { isOverdue, ownerLabel } from '../../../shared/actions/actions';
import { padDecisionNumber } from '../../../shared/decisions/numbering';
import { ACTION_STATUSES, type ActionRow } from '../../../shared/model';
import { DateText } from '../../components/DateText';
import { useDecisionLookups, useDecisions } from '../../db/hooks/decisions';
import { showDecision } from '../decisions/DecisionBadge';
import { ACTION_STATUS_LABELS } from '../decisions/labels';
import { localToday } from '../decisions/time';
import { markAction } from './actions';

export function ActionList({ actions, label, empty }: { actions: ActionRow[]; label: string; empty: string }) {
  const lookups = useDecisionLookups();
  const decisions = useDecisions();
  const today = localToday();
  if (actions.length === 0) return <p className="muted">{empty}</p>;
  const members = lookups?.members ?? [];
  const teams = lookups?.teams ?? [];

  const originOf = (a: ActionRow) => {
    const o = a.origin;
    if (o.kind === 'decision') {
      const d = decisions?.find((x) => x.id === o.decisionId);
      return d ? (
        <button type="button" className="link-button" onClick={() => showDecision(d.id)}>
          decision #{padDecisionNumber(d.number)}
        </button>
      ) : (
        'a decision'
      );
    }
    if (o.kind === 'item') return `ask: ${lookups?.items.find((i) => i.id === o.itemId)?.text.slice(0, 60) ?? 'an item'}`;
    if (o.kind === 'meeting') return `meeting: ${lookups?.meetings.find((m) => m.id === o.meetingId)?.title ?? 'a meeting'}`;
    return null;
  };

  return (
    <ul className="action-list" aria-label={label}>
      {actions.map((a) => {
        const overdue = isOverdue(a, today);
        const meeting = a.meetingId ? lookups?.meetings.find((m) => m.id === a.meetingId) : undefined;
        const team = teams.find((t) => t.id === a.teamId);
        return (
          <li key={a.id} className={`action-row is-${a.status}${overdue ? ' is-overdue' : ''}`}>
            <div className="action-main">
              <span className="action-text">{a.text}</span>
              <span className="muted">
                {ownerLabel(a.owner, members, teams)}
                {team ? ` · ${team.name}` : ''}
                {a.dueOn ? (
                  <>
                    {' · due '}
                    <DateText kind="day" value={a.dueOn} />
                  </>
                ) : (
                  ' · no due date'
                )}
                {overdue ? <strong className="overdue-flag"> · overdue</strong> : null}
                {meeting ? ` · on the agenda of “${meeting.title}”` : ''}
              </span>
              {originOf(a) ? <span className="muted action-origin">From {originOf(a)}</span> : null}
            </div>
            <label className="field inline">
              <span className="visually-hidden">Status of “{a.text}”</span>
              <select value={a.status} onChange={(e) => void markAction(a.id, ACTION_STATUSES.find((s) => s === e.target.value) ?? 'open')}>
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {ACTION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
