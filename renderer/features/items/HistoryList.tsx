import type { HistoryRow } from '../../../shared/model';

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
                — {h.by}, <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time>
                {h.undoneAt ? ' (undone)' : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
