/**
 * Import of past minutes (issue 6): pick Markdown files, see what each one holds, then save
 * them all in one transaction. A file that is not minutes is named with the reason and the
 * others can still be imported.
 */
import { useState } from 'react';
import { parseMinutes } from '../../../shared/meetings/import-minutes';
import { minutesToRows, type MinutesRows } from '../../../shared/meetings/minutes-to-rows';
import { useMembers } from '../../db/hooks/live';
import { saveImportedMinutes } from '../../db/repos/meetings-repo';
import { platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';

type Preview = { name: string; rows?: MinutesRows; error?: string };

/** Reads picked files into previews; never throws for a bad file. */
export function previewMinutes(files: readonly { name: string; text: string }[], members: Parameters<typeof minutesToRows>[1]['members']): Preview[] {
  const now = new Date().toISOString();
  return files.map(({ name, text }) => {
    try {
      return { name, rows: minutesToRows(parseMinutes(text, name), { members, now }) };
    } catch (error) {
      return { name, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

export function ImportMinutes() {
  const members = useMembers() ?? [];
  const [previews, setPreviews] = useState<Preview[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function pick() {
    const result = await platform.openTextFiles({ title: 'Choose minutes files', multiple: true, filters: [{ name: 'Markdown', extensions: ['md', 'markdown', 'txt'] }] });
    if (result.status !== 'opened') return;
    const decoder = new TextDecoder('utf-8');
    const files = result.files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) }));
    setPreviews([...previewMinutes(files, members), ...result.refused.map((r) => ({ name: r.name, error: `${r.name} ${r.reason}` }))]);
    setMessage(null);
  }

  async function save() {
    const good = (previews ?? []).flatMap((p) => (p.rows ? [p.rows] : []));
    const error = await runAction(() => saveImportedMinutes(good), { success: `Imported ${good.length} meeting${good.length === 1 ? '' : 's'}.` });
    setMessage(error);
    if (!error) setPreviews(null);
  }

  const good = previews?.filter((p) => p.rows).length ?? 0;
  return (
    <section className="card" aria-labelledby="import-minutes-title">
      <h2 id="import-minutes-title">Import past minutes</h2>
      <p className="muted">Bring earlier SC meetings, who attended and their open action items into Steering Desk.</p>
      <button type="button" className="button" onClick={() => void pick()}>Choose minutes files…</button>
      {previews ? (
        <>
          <ul className="minutes-preview" aria-label="Minutes to import">
            {previews.map((p) => (
              <li key={p.name} className={p.error ? 'is-error' : undefined}>
                <strong>{p.rows?.meeting.title ?? p.name}</strong>
                {p.rows ? (
                  <span className="muted">
                    {' '}— {p.rows.meeting.memberIds.length} SC members, {p.rows.entries.length} topics, {p.rows.actions.filter((a) => a.status === 'open').length} open actions
                    {p.rows.unknownHandles.length ? `; not on the roster: ${p.rows.unknownHandles.map((h) => `@${h}`).join(', ')}` : ''}
                  </span>
                ) : <span className="field-error"> — {p.error}</span>}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button primary" disabled={good === 0} onClick={() => void save()}>Import {good} meeting{good === 1 ? '' : 's'}</button>
            <button type="button" className="button subtle" onClick={() => setPreviews(null)}>Cancel</button>
          </div>
        </>
      ) : null}
      {message ? <p className="field-error" role="alert">{message}</p> : null}
    </section>
  );
}
