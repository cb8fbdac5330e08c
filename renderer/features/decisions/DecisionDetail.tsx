/** One decision: what was asked, where and how it was decided, the votes, the actions that follow. */
import { decisionDay, meetingDay, meetingOfDecision } from '../../../shared/decisions/decision-day';
import { padDecisionNumber } from '../../../shared/decisions/numbering';
import type { DecisionRow } from '../../../shared/model';
import { DateText } from '../../components/DateText';
import { useActionsOfDecision } from '../../db/hooks/actions';
import { useDecisionLookups } from '../../db/hooks/decisions';
import { useUi } from '../../store';
import { ActionForm } from '../actions/ActionForm';
import { ActionList } from '../actions/ActionList';
import { AsyncVoteStatus } from './AsyncVoteStatus';
import { CONFIDENTIALITY_LABELS, DECISION_STATUS_LABELS } from './labels';
import { StatusActions } from './StatusActions';
import { VotePanel } from './VotePanel';

export function DecisionDetail({ decision, all }: { decision: DecisionRow; all: DecisionRow[] }) {
  const lookups = useDecisionLookups();
  const actions = useActionsOfDecision(decision.id);
  const ui = useUi.getState();
  const members = lookups?.members ?? [];
  const items = (lookups?.items ?? []).filter((i) => decision.itemIds.includes(i.id));
  const teamName = (id: string | null) => lookups?.teams.find((t) => t.id === id)?.name ?? '';
  const meeting = meetingOfDecision(decision, lookups?.meetings ?? []);
  const superseding = all.find((d) => d.id === decision.supersededBy);
  const number = padDecisionNumber(decision.number);
  const day = decisionDay(decision, lookups?.meetings ?? []);

  return (
    <article className="decision-detail" aria-labelledby="decision-title">
      <header className="card decision-head">
        <div className="decision-head-row">
          <h2 id="decision-title">
            <span className="muted">#{number}</span> {decision.title}
          </h2>
          <span className={`status-pill is-${decision.status}`}>{DECISION_STATUS_LABELS[decision.status]}</span>
        </div>
        <dl className="facts">
          <dt>Where</dt>
          <dd>{decision.venue.kind === 'async' ? `Async vote${decision.venue.channel ? ` in ${decision.venue.channel}` : ''}` : meeting ? `Meeting “${meeting.title}”` : 'A meeting'}</dd>
          <dt>Decided on</dt>
          <dd>{day ? <DateText kind="day" value={day} /> : 'Not yet'}</dd>
          <dt>Proposed by</dt>
          <dd>{members.find((m) => m.id === decision.proposerId)?.name ?? 'Not recorded'}</dd>
          <dt>Teams</dt>
          <dd>{decision.teamIds.map(teamName).filter(Boolean).join(', ') || 'None'}</dd>
          <dt>Who may see it</dt>
          <dd>
            {decision.confidentiality === 'confidential' ? (
              <>Confidential until {decision.confidentialUntil ? <DateText kind="day" value={decision.confidentialUntil} /> : '—'}</>
            ) : (
              CONFIDENTIALITY_LABELS[decision.confidentiality]
            )}
          </dd>
          {decision.reviewOn ? (
            <>
              <dt>Review on</dt>
              <dd>
                <DateText kind="day" value={decision.reviewOn} />
              </dd>
            </>
          ) : null}
          {superseding ? (
            <>
              <dt>Superseded by</dt>
              <dd>
                #{padDecisionNumber(superseding.number)} {superseding.title}
              </dd>
            </>
          ) : null}
        </dl>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => ui.editDecision(decision.id)}>
            Edit
          </button>
          <button type="button" className="button" onClick={() => ui.openExport({ kind: 'vote-log', decisionId: decision.id })}>
            Export vote log…
          </button>
        </div>
        <StatusActions decision={decision} others={all} meetingDay={meetingDay(meeting)} />
      </header>
      <section className="card">
        <h3>Motion</h3>
        <p className="prose">{decision.motion || <span className="muted">No motion text yet.</span>}</p>
        {decision.options.length ? (
          <>
            <h3>Options considered</h3>
            <ul>
              {decision.options.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </>
        ) : null}
        {decision.rationale ? (
          <>
            <h3>Rationale</h3>
            <p className="prose">{decision.rationale}</p>
          </>
        ) : null}
        <h3>Asks it decides</h3>
        {items.length ? (
          <ul className="linked-items">
            {items.map((i) => (
              <li key={i.id}>
                <strong>{teamName(i.teamId) || 'No team'}:</strong> {i.text} <span className="muted">({i.status})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None linked.</p>
        )}
      </section>
      {lookups ? (
        <>
          <AsyncVoteStatus decision={decision} members={members} />
          <VotePanel decision={decision} members={members} />
        </>
      ) : null}
      <section className="card" aria-labelledby="decision-actions-title">
        <h3 id="decision-actions-title">Actions that follow</h3>
        <ActionList actions={actions ?? []} label={`Actions of decision ${number}`} empty="No actions yet." />
        <ActionForm origin={{ kind: 'decision', decisionId: decision.id }} title="Add an action for this decision" />
      </section>
    </article>
  );
}
