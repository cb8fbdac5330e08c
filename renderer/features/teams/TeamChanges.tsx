/** What changed since a team's previous update: new blockers, new and repeated asks, asks no longer made. */
import type { ItemRow } from '../../../shared/model';
import { diffUpdates } from '../../../shared/triage/team-history';

export function TeamChanges({ previous, latest, previousThread }: { previous: readonly ItemRow[]; latest: readonly ItemRow[]; previousThread: string | undefined }) {
  const diff = diffUpdates(previous, latest);
  const groups: [string, string, ItemRow[]][] = [
    ['New blockers', 'is-new', diff.newBlockers],
    ['New asks', 'is-new', diff.newAsks],
    ['Asks repeated from last time', 'is-repeated', diff.repeatedAsks],
    ['Asks no longer made (resolved?)', 'is-resolved', diff.resolvedAsks],
  ];
  return (
    <section className="card" aria-labelledby="changes-title">
      <h3 id="changes-title">Since the previous update{previousThread ? ` (${previousThread})` : ''}</h3>
      {groups.every(([, , list]) => list.length === 0) ? <p className="muted">No asks or blockers changed.</p> : null}
      {groups.map(([title, tone, list]) =>
        list.length === 0 ? null : (
          <div key={title} className={`change-group ${tone}`}>
            <h4>
              {title} ({list.length})
            </h4>
            <ul className="plain-list">
              {list.map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
