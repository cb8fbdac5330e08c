/**
 * Carry-over between meetings of one series (issue 6: "Unfinished entries and open
 * actions carry over to the next meeting of the same team or series"). Pure: returns
 * the rows to write, the caller saves them in one transaction.
 */
import { newId, type AgendaEntryId } from '../model/ids';
import type { ActionRow, AgendaEntryRow, MeetingRow } from '../model/rows';

/** Input of {@link carryOver}. */
export type CarryOverInput = {
  previous: { meeting: MeetingRow; entries: readonly AgendaEntryRow[]; actions: readonly ActionRow[] };
  next: MeetingRow;
  /** Entries the next meeting already has; an entry already carried is not carried twice. */
  existing?: readonly AgendaEntryRow[];
  /** Instant for `updatedAt` of re-pointed actions. */
  now: string;
  /** Id maker, replaceable for tests. */
  makeId?: () => AgendaEntryId;
};

/** Result of {@link carryOver}: new agenda entries and actions moved to the next meeting. */
export type CarryOverResult = { entries: AgendaEntryRow[]; actions: ActionRow[] };

/**
 * New entries for the previous meeting's unfinished entries (same section, title, links,
 * timebox, presenter and confidentiality; fresh minutes; `carriedFrom` set), and its open
 * actions re-pointed to the next meeting. An entry whose linked action is no longer open
 * is finished in substance and is not carried.
 */
export function carryOver(input: CarryOverInput): CarryOverResult {
  const { previous, next, now } = input;
  const makeId = input.makeId ?? (() => newId<AgendaEntryId>());
  const already = new Set((input.existing ?? []).map((e) => e.carriedFrom).filter((x) => x !== undefined));
  const closed = new Set(previous.actions.filter((a) => a.status !== 'open').map((a) => a.id));
  const entries = previous.entries
    .filter((e) => e.meetingId === previous.meeting.id && !e.isDone && !already.has(e.id) && !(e.actionId && closed.has(e.actionId)))
    .sort((a, b) => a.order - b.order)
    .map((e): AgendaEntryRow => {
      const { id: _id, minutes: _m, conclusion: _c, isDone: _d, carriedFrom: _f, ...kept } = e;
      return { ...kept, id: makeId(), meetingId: next.id, minutes: '', conclusion: '', isDone: false, carriedFrom: e.id };
    });
  const actions = previous.actions
    .filter((a) => a.status === 'open' && (a.meetingId === previous.meeting.id || (a.meetingId === undefined && a.origin.kind === 'meeting' && a.origin.meetingId === previous.meeting.id)))
    .map((a) => ({ ...a, meetingId: next.id, updatedAt: now }));
  return { entries, actions };
}

/** The latest meeting of the same series that starts before `meeting` (any dated one, if `meeting` has no date). */
export function previousMeetingOf(meeting: MeetingRow, allMeetings: readonly MeetingRow[]): MeetingRow | undefined {
  let best: MeetingRow | undefined;
  for (const m of allMeetings) {
    if (m.id === meeting.id || m.seriesKey !== meeting.seriesKey || !m.startsAt) continue;
    if (meeting.startsAt && !(m.startsAt < meeting.startsAt)) continue;
    if (!best || m.startsAt > best.startsAt! || (m.startsAt === best.startsAt && m.id > best.id)) best = m;
  }
  return best;
}
