/**
 * Actions on a multi-selection (x or Ctrl+click): decide on the items together, tag,
 * assign, status, confidential. The shortcuts t, a and s focus these controls while items
 * are selected. "Decide on selected…" is the path the Decisions screen's empty state
 * promises: a new decision linked to every selected item.
 */
import { useEffect, useRef, useState } from 'react';
import type { ItemId, MemberId, MemberRow, TagRow } from '../../../shared/model';
import type { SelectionTags } from '../../../shared/triage/tags';
import { openNewDecision, useFocusRequest, useTriageActions } from '../../store';
import { TagEditor } from '../tags/TagEditor';
import { assignItems, markConfidential } from './actions';
import { StatusControl } from './StatusControl';

type BulkBarProps = { ids: readonly ItemId[]; tags: readonly TagRow[]; members: readonly MemberRow[]; tagsOnSelection: SelectionTags };

export function BulkBar({ ids, tags, members, tagsOnSelection }: BulkBarProps) {
  const { setSelected } = useTriageActions();
  const focusRequest = useFocusRequest();
  const tagInput = useRef<HTMLInputElement>(null);
  const assignSelect = useRef<HTMLSelectElement>(null);
  const statusSelect = useRef<HTMLSelectElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (focusRequest.target === null) return;
    ({ tags: tagInput, assignees: assignSelect, status: statusSelect })[focusRequest.target].current?.focus();
  }, [focusRequest]);

  const assign = async (value: string) => {
    if (!value) return;
    const [verb, id] = value.split(':') as ['add' | 'remove', MemberId];
    setError(await assignItems(ids, id, verb === 'add'));
  };

  return (
    <section className="bulk-bar card" aria-label="Selected items">
      <div className="bulk-head">
        <strong>{ids.length} selected</strong>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => openNewDecision({ itemIds: ids })}>
            Decide on selected…
          </button>
          <button type="button" className="button subtle" onClick={() => setSelected([])}>
            Clear selection
          </button>
        </div>
      </div>
      <div className="bulk-controls">
        <TagEditor itemIds={ids} current={tagsOnSelection.all} mixed={tagsOnSelection.some} tags={tags} inputRef={tagInput} idPrefix="bulk" />
        <label className="field">
          <span id="bulk-assign-label">Assign</span>
          <select ref={assignSelect} aria-labelledby="bulk-assign-label" value="" onChange={(e) => void assign(e.target.value)}>
            <option value="">Choose a member…</option>
            {members.map((m) => (
              <option key={`add-${m.id}`} value={`add:${m.id}`}>
                Assign to {m.name}
              </option>
            ))}
            {members.map((m) => (
              <option key={`rm-${m.id}`} value={`remove:${m.id}`}>
                Unassign {m.name}
              </option>
            ))}
          </select>
        </label>
        <StatusControl itemIds={ids} current={null} selectRef={statusSelect} idPrefix="bulk" />
        <div className="button-row">
          <button type="button" className="button" onClick={() => void markConfidential(ids, true).then(setError)}>
            Mark confidential
          </button>
          <button type="button" className="button subtle" onClick={() => void markConfidential(ids, false).then(setError)}>
            Not confidential
          </button>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
