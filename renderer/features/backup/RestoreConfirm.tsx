import { useEffect, useRef } from 'react';
import { TABLE_NAMES } from '../../../shared/model';
import { cancelRestore, confirmRestore } from './actions';
import type { PendingRestore } from './backup-state';
import { DateText } from '../../components/DateText';
import { REASON_LABELS, TABLE_LABELS } from './labels';

/** What a backup holds and what it would replace, before anything is written. */
export function RestoreConfirm({ pending, busy, onDone }: { pending: PendingRestore; busy: boolean; onDone?: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [pending]);
  const { summary, current } = pending;
  const shown = TABLE_NAMES.filter((t) => summary.counts[t] > 0 || (current?.[t] ?? 0) > 0);

  return (
    <section className="card restore-confirm" aria-labelledby="restore-confirm-title">
      <h3 id="restore-confirm-title" ref={headingRef} tabIndex={-1}>
        Restore {pending.source}?
      </h3>
      <p>
        Made on <DateText kind="date-time" value={summary.createdAt} /> ({REASON_LABELS[summary.reason]}) by Steering Desk {summary.appVersion}.{' '}
        {pending.mode === 'recovery'
          ? 'Your workspace will be recreated from this backup; its current data is saved as a backup first.'
          : 'Everything in your workspace will be replaced by the backup. Your current data is saved as a backup first, and you can undo the restore.'}
      </p>
      {summary.isFromNewerSchema ? <p className="muted">This backup comes from a newer version of Steering Desk; fields this version does not know are kept.</p> : null}
      <table className="restore-counts">
        <caption className="visually-hidden">What the backup holds and what it replaces</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">In the backup</th>
            {current ? <th scope="col">In your workspace now</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_LABELS[t]}</th>
              <td>{summary.counts[t]}</td>
              {current ? <td>{current[t]}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button primary" disabled={busy} onClick={() => void confirmRestore().then((ok) => ok && onDone?.())}>
          {busy ? 'Restoring…' : 'Replace my workspace with this backup'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={cancelRestore}>
          Cancel
        </button>
      </div>
    </section>
  );
}
