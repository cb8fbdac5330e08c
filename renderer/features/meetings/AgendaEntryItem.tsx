/**
 * One agenda entry: drag handle, title (a linked entry shows its item or decision as it is
 * now), presenter, timebox, confidentiality, and keyboard moves — Alt+↑/↓ on the row, the
 * Move buttons, or the section picker — for members who do not drag.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type KeyboardEvent } from 'react';
import type { EntryTime } from '../../../shared/meetings/timebox';
import type { AgendaEntryRow } from '../../../shared/model';
import { clearTimebox, moveEntryStep, moveEntryTo, removeEntry, updateEntry, type EntryEdit } from '../../db/repos/agenda-repo';
import { runAction } from '../../lib/run-action';

export type EntryLink = { label: string; detail?: string };

type Props = {
  entry: AgendaEntryRow;
  title: string;
  link: EntryLink | null;
  time: EntryTime | undefined;
  sectionOrder: readonly string[];
  onError: (message: string | null) => void;
};

export function AgendaEntryItem({ entry, title, link, time, sectionOrder, onError }: Props) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: entry.id, data: { section: entry.section } });
  const [draftTitle, setDraftTitle] = useState(entry.title);
  const [presenter, setPresenter] = useState(entry.presenter ?? '');
  const [timebox, setTimebox] = useState(entry.timeboxMin === undefined ? '' : String(entry.timeboxMin));
  const save = (edit: EntryEdit) => void runAction(() => updateEntry(entry.id, edit)).then(onError);
  const step = (direction: 'up' | 'down') => void runAction(() => moveEntryStep(entry.meetingId, entry.id, direction, sectionOrder)).then(onError);

  function onKeyDown(e: KeyboardEvent) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    step(e.key === 'ArrowUp' ? 'up' : 'down');
  }
  function saveTimebox() {
    const text = timebox.trim();
    if (text === '') {
      if (entry.timeboxMin !== undefined) void runAction(() => clearTimebox(entry.id)).then(onError);
      return;
    }
    if (Number(text) !== entry.timeboxMin) save({ timeboxMin: Number(text) });
  }

  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={`agenda-entry${isDragging ? ' is-dragging' : ''}${time?.isOver ? ' is-over' : ''}${entry.confidential ? ' is-confidential' : ''}`}
      onKeyDown={onKeyDown} aria-label={title}>
      <button type="button" className="drag-handle" aria-label={`Drag “${title}”`} {...attributes} {...listeners}>⠿</button>
      <div className="entry-main">
        {link ? (
          <p className="entry-title"><strong>{title}</strong> <span className="entry-link">{link.label}</span>{link.detail ? <span className="muted"> · {link.detail}</span> : null}</p>
        ) : (
          <label className="entry-title-field"><span className="visually-hidden">Entry title</span>
            <input value={draftTitle} onChange={(e) => setDraftTitle(e.target.value)} onBlur={() => draftTitle !== entry.title && save({ title: draftTitle })} />
          </label>
        )}
        <div className="entry-fields">
          <label className="inline-field"><span>Presenter</span>
            <input value={presenter} size={12} onChange={(e) => setPresenter(e.target.value)} onBlur={() => presenter !== (entry.presenter ?? '') && save({ presenter })} />
          </label>
          <label className="inline-field"><span>Timebox (min)</span>
            <input type="number" min={0} max={1440} value={timebox} className="timebox-input" onChange={(e) => setTimebox(e.target.value)} onBlur={saveTimebox} />
          </label>
          <span className="entry-time muted">{time ? `${time.minutes} min${time.isShared ? ' (shared)' : ''}, at +${time.startMin}′` : ''}</span>
          <label className="check"><input type="checkbox" checked={entry.confidential} onChange={(e) => save({ confidential: e.target.checked })} /> Confidential</label>
          <label className="inline-field"><span>Section</span>
            <select value={entry.section} onChange={(e) => void runAction(() => moveEntryTo(entry.meetingId, entry.id, e.target.value, Number.MAX_SAFE_INTEGER)).then(onError)}>
              {sectionOrder.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
        </div>
      </div>
      <div className="entry-actions">
        <button type="button" className="button subtle" aria-label={`Move “${title}” up`} onClick={() => step('up')}>↑</button>
        <button type="button" className="button subtle" aria-label={`Move “${title}” down`} onClick={() => step('down')}>↓</button>
        <button type="button" className="button subtle" aria-label={`Remove “${title}” from the agenda`} onClick={() => void runAction(() => removeEntry(entry.id)).then(onError)}>✕</button>
      </div>
    </li>
  );
}
