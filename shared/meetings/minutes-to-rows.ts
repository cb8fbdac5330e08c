/**
 * Rows for a past meeting read by parseMinutes (issue 6: "bring earlier meetings,
 * attendees and open action items into the app"). Ids derive from the series and date,
 * so importing the same minutes twice updates the same rows instead of duplicating them.
 */
import type { ActionId, AgendaEntryId, MeetingId, MemberId } from '../model/ids';
import type { ActionRow, AgendaEntryRow, MeetingRow, MemberRow, Owner } from '../model/rows';
import type { ParsedMinutes } from './import-minutes';
import { sectionRole } from './templates';
import { zonedToInstant } from './week';

/** Options of {@link minutesToRows}. */
export type MinutesToRowsOptions = {
  members: readonly MemberRow[];
  /** Instant for createdAt/updatedAt. */
  now: string;
  /** Series the meeting belongs to; default `sc` (the SC's own meetings). */
  seriesKey?: string;
  timeZone?: string;
  /** Start `HH:mm` when the minutes do not say; default 12:00, which keeps the day in almost every zone. */
  time?: string;
  durationMin?: number;
};

/** Result of {@link minutesToRows}; `unknownHandles` names people who are not SC members. */
export type MinutesRows = { meeting: MeetingRow; entries: AgendaEntryRow[]; actions: ActionRow[]; unknownHandles: string[] };

/** Map parsed minutes to a held meeting, its entries (done, with their notes) and its actions. */
export function minutesToRows(parsed: ParsedMinutes, opts: MinutesToRowsOptions): MinutesRows {
  const seriesKey = opts.seriesKey ?? 'sc';
  const timeZone = opts.timeZone ?? 'UTC';
  const meetingId = `minutes:${seriesKey}:${parsed.date}` as MeetingId;
  const unknown = new Set<string>();
  const find = (handle: string): MemberId | undefined => {
    const m = opts.members.find((x) => x.handle.toLowerCase() === handle.toLowerCase());
    if (!m) unknown.add(handle);
    return m?.id;
  };
  const present = parsed.attendees.members.map(find).filter((x) => x !== undefined);
  const absent = parsed.attendees.absent.map(find).filter((x) => x !== undefined);
  const recorderId = parsed.attendees.recorder ? find(parsed.attendees.recorder) : undefined;
  const chairId = parsed.attendees.chair ? find(parsed.attendees.chair) : undefined;
  const meeting: MeetingRow = {
    id: meetingId, title: parsed.title, teamIds: [], seriesKey, startsAt: zonedToInstant(parsed.date, opts.time ?? '12:00', timeZone), timeZone,
    durationMin: opts.durationMin ?? 60, memberIds: [...present, ...absent], teamReps: [], observers: parsed.attendees.observers,
    ...(chairId ? { chairId } : {}), ...(recorderId ? { recorderId } : {}), status: 'minutes-published',
    attendance: Object.fromEntries([...present.map((id) => [id, 'present'] as const), ...absent.map((id) => [id, 'absent'] as const)]),
    createdAt: opts.now, updatedAt: opts.now,
  };
  const entries: AgendaEntryRow[] = parsed.sections
    .filter((s) => !sectionRole(s.title))
    .flatMap((s) =>
      s.entries.map((e, i): AgendaEntryRow => ({
        id: `${meetingId}:${s.title}:${i + 1}` as AgendaEntryId, meetingId, section: s.title, order: i + 1, title: e.text,
        confidential: false, minutes: e.details.join('\n'), conclusion: '', isDone: true,
      })),
    );
  const actions = parsed.actions.map((a, i): ActionRow => {
    const memberId = a.owner ? opts.members.find((x) => x.handle.toLowerCase() === a.owner.toLowerCase())?.id : undefined;
    const owner: Owner = memberId ? { kind: 'member', memberId } : { kind: 'person', name: a.owner || 'unassigned' };
    return {
      id: `${meetingId}:action:${i + 1}` as ActionId, text: a.text || '(no text)', owner, ...(a.due ? { dueOn: a.due } : {}),
      status: a.done ? 'done' : 'open', origin: { kind: 'meeting', meetingId }, teamId: null, meetingId, createdAt: opts.now, updatedAt: opts.now,
    };
  });
  return { meeting, entries, actions, unknownHandles: [...unknown].sort() };
}
