/** One template section of the agenda: a drop target holding its sortable entries, its planned time and an add-entry field. */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState, type FormEvent } from 'react';
import type { SectionTime, TimeboxTotals } from '../../../shared/meetings/timebox';
import type { TemplateSection } from '../../../shared/meetings/templates';
import type { AgendaEntryRow, MeetingId } from '../../../shared/model';
import { addEntries } from '../../db/repos/agenda-repo';
import { runAction } from '../../lib/run-action';
import { AgendaEntryItem, type EntryLink } from './AgendaEntryItem';

/** Drop-target id of a section (entry ids are UUIDs, so the prefix cannot clash). */
export const sectionDropId = (title: string) => `section::${title}`;

type Props = {
  meetingId: MeetingId;
  section: TemplateSection;
  time: SectionTime | undefined;
  entries: readonly AgendaEntryRow[];
  totals: TimeboxTotals;
  sectionOrder: readonly string[];
  titleOf: (e: AgendaEntryRow) => string;
  linkOf: (e: AgendaEntryRow) => EntryLink | null;
  onError: (message: string | null) => void;
};

export function AgendaSection({ meetingId, section, time, entries, totals, sectionOrder, titleOf, linkOf, onError }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: sectionDropId(section.title), data: { section: section.title } });
  const [text, setText] = useState('');
  const headingId = `section-${sectionOrder.indexOf(section.title)}`;

  async function add(e: FormEvent) {
    e.preventDefault();
    const error = await runAction(() => addEntries(meetingId, [{ section: section.title, title: text }]));
    onError(error);
    if (!error) setText('');
  }

  return (
    <section ref={setNodeRef} className={`agenda-section${isOver ? ' is-drop-target' : ''}`} aria-labelledby={headingId}>
      <header className="agenda-section-head">
        <h3 id={headingId}>{section.title}</h3>
        <span className={`muted${time && time.overrunMin > 0 ? ' overrun' : ''}`}>
          {time?.budgetMin !== undefined ? `${time.plannedMin} of ${time.budgetMin} min${time.overrunMin ? `, over by ${time.overrunMin}` : ''}` : time?.plannedMin ? `${time.plannedMin} min` : 'untimed'}
        </span>
      </header>
      {section.hints.length ? <p className="muted section-hint">{section.hints.join(' · ')}</p> : null}
      <SortableContext items={entries.map((e) => e.id)} strategy={verticalListSortingStrategy}>
        <ol className="agenda-entries" aria-label={`Entries in ${section.title}`}>
          {entries.map((e) => (
            <AgendaEntryItem key={e.id} entry={e} title={titleOf(e)} link={linkOf(e)} time={totals.entries.find((t) => t.id === e.id)}
              sectionOrder={sectionOrder} onError={onError} />
          ))}
          {entries.length === 0 ? <li className="muted empty-section">Nothing here yet; drop an entry or add one below.</li> : null}
        </ol>
      </SortableContext>
      <form className="add-entry" onSubmit={(e) => void add(e)}>
        <label className="inline-field"><span className="visually-hidden">New entry in {section.title}</span>
          <input value={text} placeholder={`Add an entry to ${section.title}`} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!text.trim()}>Add</button>
      </form>
    </section>
  );
}
