/** The Decision log tab: filters, the list of decisions, and the open decision or the decision form. */
import { padDecisionNumber } from '../../../shared/decisions/numbering';
import { useDecisionLookups, useDecisions } from '../../db/hooks/decisions';
import { EmptyState } from '../../components/EmptyState';
import { RecordBoundary } from '../../components/ErrorBoundary';
import { useDecisionEditor, useDecisionFilters, useSelectedDecisionId, useUi } from '../../store';
import { DecisionDetail } from './DecisionDetail';
import { DecisionFiltersBar } from './DecisionFiltersBar';
import { DecisionForm } from './DecisionForm';
import { filterDecisions } from './filter-decisions';
import { titleFromAsks } from './form-state';
import { DECISION_STATUS_LABELS } from './labels';

export function DecisionLog() {
  const decisions = useDecisions();
  const lookups = useDecisionLookups();
  const filters = useDecisionFilters();
  const selectedId = useSelectedDecisionId();
  const editor = useDecisionEditor();
  const ui = useUi.getState();
  if (!decisions || !lookups) return <p className="muted">Loading…</p>;

  const shown = filterDecisions(decisions, filters, lookups.items, lookups.meetings);
  const selected = decisions.find((d) => d.id === selectedId) ?? null;
  const editing = editor?.mode === 'edit' ? decisions.find((d) => d.id === editor.decisionId) : undefined;

  const main = editor?.mode === 'new' ? (
    <DecisionForm
      key={`new-${editor.itemIds.join(',')}`}
      itemIds={editor.itemIds}
      initialTitle={titleFromAsks(editor.itemIds.map((id) => lookups.items.find((i) => i.id === id)?.text ?? ''))}
    />
  ) : editing ? (
    <DecisionForm key={`edit-${editing.id}`} decision={editing} />
  ) : selected ? (
    <RecordBoundary what={`Decision #${padDecisionNumber(selected.number)}`} recordKey={selected.id}>
      <DecisionDetail decision={selected} all={decisions} />
    </RecordBoundary>
  ) : decisions.length === 0 ? (
    <EmptyState title="No decisions yet" action={{ label: 'Record the first decision', onClick: () => ui.openNewDecision() }}>
      Record a decision from scratch, or select asks on the Items screen and decide on them together.
    </EmptyState>
  ) : (
    <p className="muted pick-hint">Choose a decision from the list to see its votes and actions.</p>
  );

  return (
    <div className="decision-log">
      {decisions.length ? <DecisionFiltersBar teams={lookups.teams} tags={lookups.tags} /> : null}
      <div className={decisions.length ? 'split' : undefined}>
        {decisions.length ? (
          <nav className="decision-list" aria-label="Decisions">
            <p className="muted count-line">
              {shown.length} of {decisions.length} decision{decisions.length === 1 ? '' : 's'}
            </p>
            <ul>
              {shown.map((d) => (
                <li key={d.id}>
                  <button type="button" className="decision-list-entry" aria-current={d.id === selectedId ? 'true' : undefined} onClick={() => ui.selectDecision(d.id)}>
                    <span className="muted">#{padDecisionNumber(d.number)}</span> <span className="entry-title">{d.title}</span>
                    <span className={`status-pill is-${d.status}`}>{DECISION_STATUS_LABELS[d.status]}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="decision-main">{main}</div>
      </div>
    </div>
  );
}
