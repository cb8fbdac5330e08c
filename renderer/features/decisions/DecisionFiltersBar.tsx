/** Filters of the decision log: team, status, date range, tag and search. */
import { DECISION_STATUSES, type TagRow, type TeamRow } from '../../../shared/model';
import { useDecisionFilters, useUi } from '../../store';
import { hasFilters } from './filter-decisions';
import { DECISION_STATUS_LABELS } from './labels';

export function DecisionFiltersBar({ teams, tags }: { teams: TeamRow[]; tags: TagRow[] }) {
  const f = useDecisionFilters();
  const set = useUi.getState().setDecisionFilters;
  return (
    <div role="search" className="filters" aria-label="Filter decisions">
      <label className="field">
        <span>Search</span>
        <input type="search" value={f.query} onChange={(e) => set({ query: e.target.value })} placeholder="Title, motion or rationale" />
      </label>
      <label className="field">
        <span>Team</span>
        <select value={f.teamId} onChange={(e) => set({ teamId: e.target.value })}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Status</span>
        <select value={f.status} onChange={(e) => set({ status: DECISION_STATUSES.find((s) => s === e.target.value) ?? '' })}>
          <option value="">Any status</option>
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {DECISION_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input type="date" value={f.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" value={f.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="field">
        <span>Tag</span>
        <select value={f.tagId} onChange={(e) => set({ tagId: e.target.value })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(f) ? (
        <button type="button" className="button subtle" onClick={() => useUi.getState().clearDecisionFilters()}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
