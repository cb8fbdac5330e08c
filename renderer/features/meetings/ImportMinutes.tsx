/**
 * Import of past minutes (issues 6 and 15): pick Markdown files, see what each one holds —
 * attendance, topics, the decisions and votes found in the notes, the action items and
 * the points the importer is not sure of — confirm those points, then save the files in one
 * transaction. A file that is not minutes, or that could not be stored, says why and the
 * others can still be imported.
 */
import { useMemo, useState } from 'react';
import { useMembers } from '../../db/hooks/live';
import { saveImportedMinutes } from '../../db/repos/minutes-import-repo';
import { platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';
import { Dialog } from '../export/Dialog';
import { MinutesPreview } from './MinutesPreview';
import { previewMinutes, type MinutesPreviewItem } from './minutes-previews';
import '../../styles/minutes-import.css';

type Picked = { name: string; text: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ImportMinutes() {
  const stored = useMembers();
  const members = useMemo(() => stored ?? [], [stored]);
  const [files, setFiles] = useState<Picked[] | null>(null);
  const [pickedAt, setPickedAt] = useState('');
  const [refused, setRefused] = useState<MinutesPreviewItem[]>([]);
  const [isPublic, setIsPublic] = useState(true);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);

  // Reading sixteen files takes a moment: only again when the files, the roster or the audience change.
  const read = useMemo(() => (files ? previewMinutes(files, members, { isPublic, now: pickedAt || new Date().toISOString() }) : []), [files, members, isPublic, pickedAt]);
  const previews = files ? [...read, ...refused] : [];
  const readable = previews.filter((p) => p.rows);
  const chosen = readable.filter((p) => !excluded.has(p.name));
  const unchecked = chosen.filter((p) => (p.rows?.uncertain.length ?? 0) > 0 && !confirmed.has(p.name));
  const canImport = chosen.length > 0 && unchecked.length === 0;

  async function pick() {
    const result = await platform.openTextFiles({ title: 'Choose minutes files', multiple: true, filters: [{ name: 'Markdown', extensions: ['md', 'markdown', 'txt'] }] });
    if (result.status !== 'opened') return;
    const decoder = new TextDecoder('utf-8');
    setFiles(result.files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) })));
    setPickedAt(new Date().toISOString());
    setRefused(result.refused.map((r) => ({ name: r.name, error: `${r.name} ${r.reason}` })));
    setExcluded(new Set());
    setConfirmed(new Set());
    setMessage(null);
  }

  function close() {
    setFiles(null);
    setMessage(null);
  }

  async function save() {
    const rows = chosen.flatMap((p) => (p.rows ? [p.rows] : []));
    const error = await runAction(() => saveImportedMinutes(rows), { success: `Imported ${plural(rows.length, 'meeting')}.` });
    setMessage(error);
    if (!error) setFiles(null);
  }

  const toggle = (set: ReadonlySet<string>, name: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(name);
    else next.delete(name);
    return next;
  };

  return (
    <section className="card" aria-labelledby="import-minutes-title">
      <h2 id="import-minutes-title">Import past minutes</h2>
      <p className="muted">Bring earlier SC meetings into Steering Desk: who attended, the topics and their notes, the decisions and votes, and the action items.</p>
      <button type="button" className="button" onClick={() => void pick()}>Choose minutes files…</button>
      {files ? (
        <Dialog titleId="minutes-import-dialog" title={`Import ${plural(previews.length, 'minutes file')}`} onClose={close} wide>
          <div className="minutes-import">
            <p className="muted">Check what was read from each file. Points marked “To check” need your confirmation before the file can be imported.</p>
            <label className="field minutes-audience">
              <span>These minutes are</span>
              <select value={isPublic ? 'public' : 'internal'} onChange={(e) => setIsPublic(e.target.value === 'public')}>
                <option value="public">published (topics and decisions public)</option>
                <option value="internal">SC-internal (topics confidential, decisions SC-internal)</option>
              </select>
            </label>
            <section className="minutes-files" aria-label="Minutes to import">
              {previews.map((p) => (
                <MinutesPreview
                  key={p.name} item={p} members={members} isIncluded={!excluded.has(p.name)} isConfirmed={confirmed.has(p.name)}
                  onInclude={(on) => setExcluded((s) => toggle(s, p.name, !on))} onConfirm={(on) => setConfirmed((s) => toggle(s, p.name, on))}
                />
              ))}
            </section>
            {unchecked.length ? <p className="minutes-pending" role="status">Confirm the points to check in {unchecked.map((p) => p.name).join(', ')} first.</p> : null}
            {message ? <p className="field-error" role="alert">{message}</p> : null}
            <div className="button-row">
              <button type="button" className="button primary" disabled={!canImport} onClick={() => void save()}>Import {plural(chosen.length, 'meeting')}</button>
              <button type="button" className="button subtle" onClick={close}>Cancel</button>
            </div>
          </div>
        </Dialog>
      ) : null}
      {message && !files ? <p className="field-error" role="alert">{message}</p> : null}
    </section>
  );
}
