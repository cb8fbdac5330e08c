/**
 * The decision on an item or team, for the Items and Teams screens (issue 5: "deciding an
 * item … shows the decision on the item, the team and the next agenda"). Clicking a badge
 * opens the decision in the Decisions screen.
 */
import type { DecisionRow, ItemId, TeamId } from '../../../shared/model';
import { padDecisionNumber } from '../../../shared/decisions/numbering';
import { useDecisionsOfItem, useDecisionsOfTeam } from '../../db/hooks/decisions';
import { useUi } from '../../store';
import { DECISION_STATUS_LABELS } from './labels';

/** Opens a decision in the Decisions screen. */
export function showDecision(id: DecisionRow['id']): void {
  const ui = useUi.getState();
  ui.setView('decisions');
  ui.setDecisionsTab('log');
  ui.selectDecision(id);
}

/** One decision as a small status-coloured button: `#0031 Approved · Approve Xen pre-disclosure`. */
export function DecisionBadge({ decision, withTitle = true }: { decision: Pick<DecisionRow, 'id' | 'number' | 'title' | 'status'>; withTitle?: boolean }) {
  const label = DECISION_STATUS_LABELS[decision.status];
  return (
    <button
      type="button"
      className={`decision-badge is-${decision.status}`}
      onClick={() => showDecision(decision.id)}
      aria-label={`Decision ${padDecisionNumber(decision.number)}, ${label}: ${decision.title}. Open it.`}
      title={decision.title}
    >
      <span className="decision-badge-number">#{padDecisionNumber(decision.number)}</span> <span>{label}</span>
      {withTitle ? <span className="decision-badge-title"> · {decision.title}</span> : null}
    </button>
  );
}

/** Badges of the decisions linked to an item or a team (nothing when there are none). */
export function LinkedDecisions(props: { itemId: ItemId } | { teamId: TeamId }) {
  return 'itemId' in props ? <ItemDecisions itemId={props.itemId} /> : <TeamDecisions teamId={props.teamId} />;
}

function ItemDecisions({ itemId }: { itemId: ItemId }) {
  return <BadgeList decisions={useDecisionsOfItem(itemId)} />;
}

function TeamDecisions({ teamId }: { teamId: TeamId }) {
  return <BadgeList decisions={useDecisionsOfTeam(teamId)} />;
}

function BadgeList({ decisions }: { decisions: DecisionRow[] | undefined }) {
  if (!decisions || decisions.length === 0) return null;
  return (
    <ul className="decision-badges" aria-label="Decisions">
      {decisions.map((d) => (
        <li key={d.id}>
          <DecisionBadge decision={d} />
        </li>
      ))}
    </ul>
  );
}
