/**
 * Agenda entries, decisions taken in a meeting and its action items (issue 6).
 *
 * Entries link to their items and decisions by id and the screens render a linked entry
 * from the live item, so a change to an item shows in every agenda holding it. A move
 * writes one row (fractional order, shared/meetings/order.ts). A decision taken in the
 * meeting writes the decision, the entry's link and its items' status in ONE transaction.
 */
import { dayToRecord } from '../../../shared/decisions/decision-day';
import { nextDecisionNumber } from '../../../shared/decisions/numbering';
import { applyDecisionToItems, recordsDecisionDay } from '../../../shared/decisions/status-rules';
import { moveByKey, moveEntry, sectionEntries } from '../../../shared/meetings/order';
import type { DraftEntry } from '../../../shared/meetings/suggest-agenda';
import {
  actionRow, agendaEntryRow, decisionRow, newId, type ActionId, type ActionRow, type AgendaEntryId, type AgendaEntryRow,
  type DecisionId, type DecisionRow, type DecisionStatus, type MeetingId, type Owner, type VoteRecord,
} from '../../../shared/model';
import { db } from '../instance';
import { changeRecord, changeRecords, currentActor, recordCreation } from './history-repo';
import { MeetingInputError } from './meetings-repo';

/** Fields of an entry the agenda and minutes editors change. */
export type EntryEdit = Partial<Pick<AgendaEntryRow, 'title' | 'timeboxMin' | 'presenter' | 'confidential' | 'minutes' | 'conclusion' | 'isDone'>>;

async function entriesOf(meetingId: MeetingId): Promise<AgendaEntryRow[]> {
  return db.agendaEntries.where('meetingId').equals(meetingId).toArray();
}

/** Adds entries (suggestions or free text) at the end of their sections; returns the new rows. */
export async function addEntries(meetingId: MeetingId, drafts: readonly Omit<DraftEntry, 'reason'>[]): Promise<AgendaEntryRow[]> {
  const actor = await currentActor();
  const added: AgendaEntryRow[] = [];
  await db.transaction('rw', db.agendaEntries, db.history, async () => {
    const all = await entriesOf(meetingId);
    for (const d of drafts) {
      const title = d.title.trim();
      if (!title) throw new MeetingInputError('missing-title', 'Write what the agenda entry is about.');
      const last = sectionEntries([...all, ...added], d.section).at(-1)?.order ?? 0;
      const row = agendaEntryRow.parse({
        id: newId<AgendaEntryId>(), meetingId, section: d.section, order: last + 1, title, confidential: false, minutes: '', conclusion: '', isDone: false,
        ...(d.itemId ? { itemId: d.itemId } : {}), ...(d.decisionId ? { decisionId: d.decisionId } : {}), ...(d.actionId ? { actionId: d.actionId } : {}),
        ...(d.timeboxMin === undefined ? {} : { timeboxMin: d.timeboxMin }),
      });
      await db.agendaEntries.add(row);
      await recordCreation('agendaEntries', row.id, `added “${title}” to the agenda (${d.section})`, actor);
      added.push(row);
    }
  });
  return added;
}

/** Changes an entry's fields with history; a title cannot be emptied, a timebox is 0–1440 minutes. */
export async function updateEntry(id: AgendaEntryId, edit: EntryEdit): Promise<void> {
  await changeRecord<AgendaEntryRow>({
    table: 'agendaEntries', id,
    patch: (e) => {
      const patch = Object.fromEntries(Object.entries(edit).filter(([k, v]) => e[k as keyof AgendaEntryRow] !== v));
      return Object.keys(patch).length ? patch : null;
    },
    summary: (e, p) => `${Object.keys(p).join(', ')} of “${e.title}”`,
    validate: (row) => {
      if (!row.title.trim()) throw new MeetingInputError('missing-title', 'An agenda entry needs a title.');
      const parsed = agendaEntryRow.safeParse(row);
      if (!parsed.success) throw new MeetingInputError('bad-duration', `“${row.title}”: a timebox is whole minutes between 0 and 1440.`);
      return { ...row, ...parsed.data };
    },
  });
}

/** Clears an entry's timebox (undefined is not a patch value, so it gets its own call). */
export async function clearTimebox(id: AgendaEntryId): Promise<void> {
  await changeRecord<AgendaEntryRow>({
    table: 'agendaEntries', id,
    patch: (e) => (e.timeboxMin === undefined ? null : { timeboxMin: undefined }),
    summary: (e) => `timebox of “${e.title}” cleared`,
  });
}

async function writeMoves(rows: AgendaEntryRow[], what: string): Promise<void> {
  await changeRecords<AgendaEntryRow>(rows.map((r) => ({
    table: 'agendaEntries', id: r.id,
    patch: (e) => (e.section === r.section && e.order === r.order ? null : { section: r.section, order: r.order }),
    summary: (e) => `${what} “${e.title}”${e.section === r.section ? '' : ` to ${r.section}`}`,
  })));
}

/** Drag and drop: puts entry `id` at `index` of `section`. */
export async function moveEntryTo(meetingId: MeetingId, id: AgendaEntryId, section: string, index: number): Promise<void> {
  await writeMoves(moveEntry(await entriesOf(meetingId), id, section, index), 'moved');
}

/** Keyboard move one step; at a section's edge the entry goes to the neighbouring section. */
export async function moveEntryStep(meetingId: MeetingId, id: AgendaEntryId, direction: 'up' | 'down', sectionOrder: readonly string[]): Promise<void> {
  await writeMoves(moveByKey(await entriesOf(meetingId), id, direction, sectionOrder), `moved ${direction}`);
}

/** Removes an entry from the agenda (its item, decision or action stay). */
export async function removeEntry(id: AgendaEntryId): Promise<void> {
  const actor = await currentActor();
  await db.transaction('rw', db.agendaEntries, db.history, async () => {
    const entry = await db.agendaEntries.get(id);
    if (!entry) return;
    await db.agendaEntries.delete(id);
    await db.history.add({ id: newId(), table: 'agendaEntries', recordId: id, at: new Date().toISOString(), by: actor, summary: `removed “${entry.title}” from the agenda`, removed: entry });
  });
}

/** A decision as the minutes record it. */
export type MeetingDecisionInput = { title: string; motion: string; status: DecisionStatus; votes: VoteRecord[]; rationale?: string };

/**
 * Records a decision taken on an agenda entry: a new decision of the meeting (venue
 * meeting, linked to the entry's item), the entry's link to it, and the item's status —
 * all in one transaction.
 */
export async function recordEntryDecision(entryId: AgendaEntryId, input: MeetingDecisionInput): Promise<DecisionRow> {
  const title = input.title.trim();
  if (!title) throw new MeetingInputError('missing-title', 'Give the decision a title.');
  const actor = await currentActor();
  return db.transaction('rw', [db.agendaEntries, db.meetings, db.decisions, db.items, db.history], async () => {
    const entry = await db.agendaEntries.get(entryId);
    const meeting = entry ? await db.meetings.get(entry.meetingId) : undefined;
    if (!entry || !meeting) throw new MeetingInputError('not-found', 'This agenda entry no longer exists.');
    const at = new Date().toISOString();
    const item = entry.itemId ? await db.items.get(entry.itemId) : undefined;
    // Only a decision taken has a day (a deferral does not; status-rules.ts), and it is the
    // meeting's day, not the day the minutes were typed in (shared/decisions/decision-day.ts).
    const decidedOn = recordsDecisionDay(input.status) ? dayToRecord(at, { meeting }) : undefined;
    const decision = decisionRow.parse({
      id: newId<DecisionId>(), number: nextDecisionNumber(await db.decisions.toArray()), title, motion: input.motion.trim() || title, options: [],
      status: input.status, venue: { kind: 'meeting', meetingId: meeting.id }, votes: input.votes, rationale: input.rationale ?? '',
      confidentiality: entry.confidential || item?.confidential ? 'confidential' : 'public', itemIds: item ? [item.id] : [],
      teamIds: item?.teamId ? [item.teamId] : meeting.teamIds, meetingId: meeting.id, tagIds: [], createdAt: at, updatedAt: at,
      ...(decidedOn ? { decidedOn } : {}), ...(item ? { threadId: item.threadId } : {}),
    });
    await db.decisions.add(decision);
    await recordCreation('decisions', decision.id, `decision #${decision.number} “${title}” taken in “${meeting.title}”`, actor);
    await changeRecord<AgendaEntryRow>({ table: 'agendaEntries', id: entry.id, patch: () => ({ decisionId: decision.id }), summary: () => `linked decision #${decision.number} to “${entry.title}”` }, actor);
    for (const changed of applyDecisionToItems(item ? [item] : [], decision, at)) {
      await changeRecord({ table: 'items', id: changed.id, patch: () => ({ status: changed.status, decisionIds: changed.decisionIds, updatedAt: at }), summary: () => `decision #${decision.number}: status ${item?.status} → ${changed.status}` }, actor);
    }
    return decision;
  });
}

/** An action item as the minutes record it. */
export type NewAction = { text: string; owner: Owner; dueOn?: string };

/** Adds an action item created by a meeting; it is tracked in that meeting until it carries over. */
export async function addMeetingAction(meetingId: MeetingId, input: NewAction): Promise<ActionRow> {
  const text = input.text.trim();
  if (!text) throw new MeetingInputError('missing-title', 'Write what has to be done.');
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new MeetingInputError('not-found', 'This meeting no longer exists.');
  const at = new Date().toISOString();
  const parsed = actionRow.safeParse({
    id: newId<ActionId>(), text, owner: input.owner, status: 'open', origin: { kind: 'meeting', meetingId }, teamId: meeting.teamIds[0] ?? null,
    meetingId, createdAt: at, updatedAt: at, ...(input.dueOn ? { dueOn: input.dueOn } : {}),
  });
  if (!parsed.success) throw new MeetingInputError('bad-date', 'The due date must be a day like 2026-05-13.');
  const actor = await currentActor();
  await db.transaction('rw', db.actions, db.history, async () => {
    await db.actions.add(parsed.data);
    await recordCreation('actions', parsed.data.id, `action “${text}” from “${meeting.title}”`, actor);
  });
  return parsed.data;
}

/** Marks an action done, dropped or open again. */
export async function setActionStatus(id: ActionId, status: ActionRow['status']): Promise<void> {
  await changeRecord<ActionRow>({
    table: 'actions', id,
    patch: (a) => (a.status === status ? null : { status, updatedAt: new Date().toISOString() }),
    summary: (a, p) => `action “${a.text}”: ${a.status} → ${p.status}`,
  });
}
