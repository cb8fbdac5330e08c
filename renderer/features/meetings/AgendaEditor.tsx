/**
 * The agenda editor (issue 6): suggestions to add, the template's sections with their
 * entries, drag and drop within and between sections, and the running total against the
 * meeting's length.
 */
import { DndContext, KeyboardSensor, PointerSensor, closestCorners, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import { sectionEntries } from '../../../shared/meetings/order';
import { printableSections } from '../../../shared/meetings/render-common';
import { suggestAgenda } from '../../../shared/meetings/suggest-agenda';
import { timeboxTotals } from '../../../shared/meetings/timebox';
import type { AgendaEntryId, AgendaEntryRow, ItemRow, MeetingRow } from '../../../shared/model';
import { useMeetingRows, usePostDates } from '../../db/hooks/meetings';
import { moveEntryTo } from '../../db/repos/agenda-repo';
import { formatStoredDay } from '../../lib/format/dates';
import { runAction } from '../../lib/run-action';
import type { EntryLink } from './AgendaEntryItem';
import { AgendaSection } from './AgendaSection';
import { AgendaSuggestions } from './AgendaSuggestions';
import { liveTitle } from '../../../shared/meetings/live-entry';
import { templateOf } from '../../../shared/meetings/template-of';
import { TimeboxBar } from './TimeboxBar';
import { todayHere } from './today';

export function AgendaEditor({ meeting }: { meeting: MeetingRow }) {
  const rows = useMeetingRows();
  const [error, setError] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  // The posts of the suggested items, so that a suggestion says the day its post was made (issue 13).
  const postDates = usePostDates(rows ? suggestedPostIds(meeting, rows) : []);
  if (!rows) return null;

  const entries = rows.agendaEntries.filter((e) => e.meetingId === meeting.id);
  const template = templateOf(meeting, rows.templates);
  const sections = printableSections(template.sections, entries);
  const sectionOrder = sections.map((s) => s.title);
  const totals = timeboxTotals(entries, sections, meeting.durationMin);
  const drafts = suggestAgenda({
    meeting, template, items: rows.items, decisions: rows.decisions, actions: rows.actions, tags: rows.tags, today: todayHere(), existing: entries,
    meetings: rows.meetings, agendaEntries: rows.agendaEntries, updates: postDates ?? [],
  });
  const teamName = (id: string | null) => rows.teams.find((t) => t.id === id)?.name ?? '';

  const linkOf = (e: AgendaEntryRow): EntryLink | null => {
    const d = e.decisionId ? rows.decisions.find((x) => x.id === e.decisionId) : undefined;
    const item = e.itemId ? rows.items.find((x) => x.id === e.itemId) : undefined;
    if (item) return { label: item.isAsk ? 'Ask' : item.kind === 'blocker' ? 'Blocker' : 'Item', detail: [teamName(item.teamId), item.status, d ? `decision #${d.number} ${d.status}` : ''].filter(Boolean).join(' · ') };
    if (d) return { label: `Decision #${d.number}`, detail: d.status };
    const a = e.actionId ? rows.actions.find((x) => x.id === e.actionId) : undefined;
    if (a) return { label: 'Action', detail: [a.status, a.dueOn ? `due ${formatStoredDay(a.dueOn)}` : ''].filter(Boolean).join(' · ') };
    return null;
  };

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const overId = String(over.id);
    const target = overId.startsWith('section::') ? overId.slice('section::'.length) : entries.find((e) => e.id === overId)?.section;
    if (target === undefined) return;
    const list = sectionEntries(entries, target).filter((e) => e.id !== active.id);
    const overIndex = list.findIndex((e) => e.id === overId);
    const moving = entries.find((e) => e.id === active.id);
    // Dropped on an entry: take its place (after it when moving down within the section).
    const sameSectionDown = moving && moving.section === target && overIndex >= 0 && sectionEntries(entries, target).findIndex((e) => e.id === active.id) <= overIndex;
    const index = overIndex < 0 ? list.length : overIndex + (sameSectionDown ? 1 : 0);
    void runAction(() => moveEntryTo(meeting.id, String(active.id) as AgendaEntryId, target, index)).then(setError);
  }

  return (
    <div className="agenda-editor">
      <TimeboxBar totals={totals} />
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <div className={`agenda-layout${drafts.length ? ' has-suggestions' : ''}`}>
        <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd}>
          <div className="agenda-sections" aria-label="Agenda">
            <p className="muted">Drag entries by their handle, or focus an entry and press Alt+↑ / Alt+↓ to move it.</p>
            {sections.map((s) => (
              <AgendaSection key={s.title} meetingId={meeting.id} section={s} time={totals.sections.find((t) => t.title === s.title)}
                entries={sectionEntries(entries, s.title)} totals={totals} sectionOrder={sectionOrder}
                titleOf={(e) => liveTitle(e, rows)} linkOf={linkOf} onError={setError} />
            ))}
          </div>
        </DndContext>
        <AgendaSuggestions meetingId={meeting.id} drafts={drafts} />
      </div>
    </div>
  );
}

/**
 * The posts of the items suggestAgenda may propose: a team meeting's team items, or for
 * the SC's own meeting the tagged ones. Read only for their dates.
 */
function suggestedPostIds(meeting: MeetingRow, rows: { items: readonly ItemRow[] }): string[] {
  const isTeamMeeting = meeting.teamIds.length > 0;
  return rows.items
    .filter((i) => !i.isGone && (isTeamMeeting ? i.teamId !== null && meeting.teamIds.includes(i.teamId) : i.tagIds.length > 0))
    .map((i) => i.updateId);
}
