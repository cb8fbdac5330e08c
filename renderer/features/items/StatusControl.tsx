/**
 * Status of one item or a selection. Most statuses apply at once; "not for SC" (and,
 * optionally, "deferred") first asks for the reason the team will read.
 */
import { useState, type FormEvent, type RefObject } from 'react';
import { ITEM_STATUSES, type ItemId, type ItemStatus } from '../../../shared/model';
import { STATUS_LABELS, allowedItemStatuses } from '../../../shared/triage/status-rules';
import { changeStatus } from './actions';

export type StatusControlProps = {
  itemIds: readonly ItemId[];
  /** The current status (of one item), or null for a mixed selection. */
  current: ItemStatus | null;
  reason?: string;
  selectRef?: RefObject<HTMLSelectElement | null>;
  idPrefix: string;
};

export function StatusControl({ itemIds, current, reason, selectRef, idPrefix }: StatusControlProps) {
  const [pending, setPending] = useState<ItemStatus | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = current === null ? ITEM_STATUSES : [current, ...allowedItemStatuses(current)];

  const choose = async (next: ItemStatus) => {
    setError(null);
    if (next === 'not-for-sc' || next === 'deferred') {
      setPending(next);
      setDraft(next === current ? (reason ?? '') : '');
      return;
    }
    setPending(null);
    setError(await changeStatus(itemIds, next));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pending) return;
    const failure = await changeStatus(itemIds, pending, draft);
    setError(failure);
    if (!failure) setPending(null);
  };
  const errorId = `${idPrefix}-status-error`;

  return (
    <div className="status-control">
      <label className="field">
        <span id={`${idPrefix}-status-label`}>Status</span>
        <select
          ref={selectRef}
          aria-labelledby={`${idPrefix}-status-label`}
          value={pending ?? current ?? ''}
          onChange={(e) => void choose(e.target.value as ItemStatus)}
          aria-describedby={error ? errorId : undefined}
        >
          {current === null ? <option value="">Choose a status…</option> : null}
          {options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {current !== null && reason && !pending ? <p className="muted status-reason">Reason: {reason}</p> : null}
      {pending ? (
        <form className="reason-form" onSubmit={submit}>
          <label className="field">
            <span>{pending === 'not-for-sc' ? 'Why is it not for the SC? (the team will read this)' : 'Why is it deferred? (optional)'}</span>
            <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={pending === 'not-for-sc' ? 'Belongs to the infrastructure team' : 'Waiting for the budget round'} />
          </label>
          <div className="button-row">
            <button type="submit" className="button primary">
              Set to {STATUS_LABELS[pending]}
            </button>
            <button type="button" className="button subtle" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
