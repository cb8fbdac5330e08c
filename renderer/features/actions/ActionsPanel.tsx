/**
 * The Action items tab: overdue, due this week, all open, all (issue 5). Opening it moves
 * the open actions of meetings already held on to the next meeting of their series.
 */
import { useEffect } from 'react';
import { dueThisWeek, isOverdue } from '../../../shared/actions/actions';
import { useActions } from '../../db/hooks/actions';
import { useActionsFilter, useUi, type ActionsFilter } from '../../store';
import { localToday } from '../decisions/time';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';
import { carryOver } from './actions';

const FILTERS: { id: ActionsFilter; label: string; empty: string }[] = [
  { id: 'overdue', label: 'Overdue', empty: 'Nothing is overdue.' },
  { id: 'week', label: 'Due this week', empty: 'Nothing is due this week.' },
  { id: 'open', label: 'All open', empty: 'No open actions.' },
  { id: 'all', label: 'All', empty: 'No actions yet. Add one here or from a decision.' },
];

export function ActionsPanel() {
  const actions = useActions();
  const filter = useActionsFilter();
  const today = localToday();
  useEffect(() => {
    void carryOver();
  }, []);

  const all = actions ?? [];
  const shown = {
    overdue: all.filter((a) => isOverdue(a, today)),
    week: dueThisWeek(all, today),
    open: all.filter((a) => a.status === 'open'),
    all,
  } satisfies Record<ActionsFilter, typeof all>;
  const current = FILTERS.find((f) => f.id === filter) ?? FILTERS[2]!;

  return (
    <div className="actions-panel">
      <div className="sub-tabs" role="group" aria-label="Which actions">
        {FILTERS.map((f) => (
          <button key={f.id} type="button" className="button" aria-pressed={filter === f.id} onClick={() => useUi.getState().setActionsFilter(f.id)}>
            {f.label} <span className="count">{shown[f.id].length}</span>
          </button>
        ))}
      </div>
      <section className="card" aria-label={current.label}>
        <ActionList actions={shown[current.id]} label={`${current.label} actions`} empty={current.empty} />
      </section>
      <section className="card">
        <ActionForm origin={{ kind: 'none' }} title="Add an action" />
      </section>
    </div>
  );
}
