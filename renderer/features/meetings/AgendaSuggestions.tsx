/** Auto-suggested agenda entries (issue 6) with the reason for each; the member picks which to add. */
import { useState } from 'react';
import type { DraftEntry } from '../../../shared/meetings/suggest-agenda';
import type { MeetingId } from '../../../shared/model';
import { addEntries } from '../../db/repos/agenda-repo';
import { runAction } from '../../lib/run-action';

const keyOf = (d: DraftEntry) => `${d.section}|${d.itemId ?? d.decisionId ?? d.actionId ?? d.title}`;

export function AgendaSuggestions({ meetingId, drafts }: { meetingId: MeetingId; drafts: readonly DraftEntry[] }) {
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  if (drafts.length === 0) return null;
  const chosen = drafts.filter((d) => !skipped.has(keyOf(d)));
  const add = async (list: readonly DraftEntry[]) => {
    setError(await runAction(() => addEntries(meetingId, list), { success: `Added ${list.length} entr${list.length === 1 ? 'y' : 'ies'} to the agenda.` }));
    setSkipped(new Set());
  };
  return (
    <section className="card suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggested for this agenda</h2>
      <p className="muted">Open asks, blockers, budget requests, proposed decisions, open actions and items tagged for discussion, most urgent first.</p>
      <ul className="suggestion-list">
        {drafts.map((d) => {
          const key = keyOf(d);
          return (
            <li key={key}>
              <label className="check">
                <input type="checkbox" checked={!skipped.has(key)} onChange={(e) => {
                  const next = new Set(skipped);
                  if (e.target.checked) next.delete(key);
                  else next.add(key);
                  setSkipped(next);
                }} />
                <span><strong>{d.title}</strong> <span className="muted">· {d.section} · {d.reason}</span></span>
              </label>
            </li>
          );
        })}
      </ul>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <button type="button" className="button primary" disabled={chosen.length === 0} onClick={() => void add(chosen)}>Add {chosen.length} to the agenda</button>
    </section>
  );
}
