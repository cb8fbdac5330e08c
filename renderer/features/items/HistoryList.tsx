import type { HistoryRow } from '../../../shared/model';
import { DateText } from '../../components/DateText';

/** A record's change history, newest first: who, when, what. */
export function HistoryList({ history, titleId }: { history: readonly HistoryRow[]; titleId: string }) {
  return (
    <section className="detail-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Changes</h3>
      {history.length === 0 ? (
        <p className="muted">No changes yet.</p>
      ) : (
        <ol className="history">
          {history.map((h) => (
            <li key={h.id} className={h.undoneAt ? 'is-undone' : ''}>
              <span>{h.summary}</span>
              <span className="muted">
                {' '}
                — {h.by}, <DateText kind="date-time" value={h.at} />
                {h.undoneAt ? ' (undone)' : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
