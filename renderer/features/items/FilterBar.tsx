/** The Items filters (issue 4): saved filters as buttons, then one select per criterion. */
import { useId, type ReactNode } from 'react';
import { ASK_TYPES, ITEM_KINDS, ITEM_STATUSES, type MemberRow, type TagRow, type TeamRow, type ThreadRow } from '../../../shared/model';
import { ITEM_SORTS, SAVED_FILTERS, SAVED_FILTER_LABELS, SORT_LABELS, activeCriteria, savedFilter, type ItemFilter } from '../../../shared/triage/filters';
import { STATUS_LABELS } from '../../../shared/triage/status-rules';
import type { MemberId } from '../../../shared/model';
import { useItemFilter, useItemSort, useSavedFilter, useTriageActions } from '../../store';
import { ASK_TYPE_LABELS, KIND_LABELS } from './labels';

export type FilterBarProps = { teams: readonly TeamRow[]; threads: readonly ThreadRow[]; tags: readonly TagRow[]; members: readonly MemberRow[]; me: MemberId | null };

// A select's name comes from aria-labelledby: a wrapping <label> would add every option's text to it.
function Select(props: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <label className="field compact-field">
      <span id={id}>{props.label}</span>
      <select aria-labelledby={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Any</option>
        {props.children}
      </select>
    </label>
  );
}

export function FilterBar({ teams, threads, tags, members, me }: FilterBarProps) {
  const filter = useItemFilter();
  const sort = useItemSort();
  const saved = useSavedFilter();
  const { setItemFilter, clearItemFilter, applySavedFilter, setItemSort } = useTriageActions();
  const set = <K extends keyof ItemFilter>(key: K) => (v: string) => setItemFilter({ [key]: v === '' ? undefined : v } as Partial<ItemFilter>);
  const count = activeCriteria(filter);

  return (
    <div className="filter-bar">
      <div className="saved-filters" role="group" aria-label="Saved filters">
        {SAVED_FILTERS.map((id) => (
          <button
            key={id}
            type="button"
            className={`button chip-button${saved === id ? ' is-on' : ''}`}
            aria-pressed={saved === id}
            onClick={() => (saved === id ? applySavedFilter(null, null) : applySavedFilter(id, savedFilter(id, me)))}
          >
            {SAVED_FILTER_LABELS[id]}
          </button>
        ))}
        {saved === 'mine' && me === null ? <span className="muted">Add yourself to the SC roster in Settings (same name as “Who are you?”) to see your items.</span> : null}
      </div>
      <div className="filters" role="group" aria-label="Filters">
        <Select label="Team" value={filter.teamId ?? ''} onChange={set('teamId')}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
        <Select label="Thread" value={filter.threadId ?? ''} onChange={set('threadId')}>
          {threads.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </Select>
        <Select label="Kind" value={filter.kind ?? ''} onChange={set('kind')}>
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
        <Select label="Ask type" value={filter.askType ?? ''} onChange={set('askType')}>
          {ASK_TYPES.map((k) => (
            <option key={k} value={k}>
              {ASK_TYPE_LABELS[k]}
            </option>
          ))}
        </Select>
        <Select label="Tag" value={filter.tagId ?? ''} onChange={set('tagId')}>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
        <Select label="Status" value={filter.status ?? ''} onChange={set('status')}>
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
        <Select label="Assigned to" value={filter.assignee ?? ''} onChange={set('assignee')}>
          <option value="unassigned">Nobody yet</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
        <label className="check compact-check">
          <input type="checkbox" checked={filter.needsSc ?? false} onChange={(e) => setItemFilter({ needsSc: e.target.checked })} />
          Needs the SC
        </label>
        <label className="field compact-field">
          <span id="item-sort-label">Sort by</span>
          <select aria-labelledby="item-sort-label" value={sort} onChange={(e) => setItemSort(e.target.value as (typeof ITEM_SORTS)[number])}>
            {ITEM_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {count > 0 ? (
          <button type="button" className="button subtle" onClick={clearItemFilter}>
            Clear {count === 1 ? 'filter' : `${count} filters`}
          </button>
        ) : null}
      </div>
    </div>
  );
}
