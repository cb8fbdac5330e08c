/**
 * Action items: overdue and due-this-week views, carry-over of open actions to the next
 * meeting of the same series, and owner labels (issue 5).
 *
 * Due dates are calendar days (`YYYY-MM-DD`) with no time zone: "today" is passed in by the
 * caller (from the SC member's own zone) and all day arithmetic is done in UTC so that the
 * machine's zone cannot shift a day.
 */
import { TZDate } from '@date-fns/tz';
import { endOfWeek, format, startOfWeek } from 'date-fns';
import type { ActionRow, MeetingRow, MemberRow, Owner, TeamRow } from '../model';

/** First day of the week: 0 = Sunday … 6 = Saturday (date-fns convention). */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Why actions could not be carried over. */
export type CarryOverErrorCode = 'different-series' | 'same-meeting';

/** A carry-over between meetings that are not consecutive meetings of one series. */
export class CarryOverError extends Error {
  override readonly name = 'CarryOverError';
  constructor(
    readonly code: CarryOverErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Whether an open action's due day is before `today` (done and dropped actions are never overdue). */
export function isOverdue(action: Pick<ActionRow, 'status' | 'dueOn'>, today: string): boolean {
  return action.status === 'open' && action.dueOn !== undefined && action.dueOn < today;
}

function utcDay(day: string): TZDate {
  const [y, m, d] = day.split('-').map(Number);
  return new TZDate(y ?? NaN, (m ?? NaN) - 1, d ?? NaN, 'UTC');
}

/** First and last day (inclusive) of the week that holds `today`. */
export function weekOf(today: string, weekStartsOn: WeekStartsOn = 1): { start: string; end: string } {
  const day = utcDay(today);
  return {
    start: format(startOfWeek(day, { weekStartsOn }), 'yyyy-MM-dd'),
    end: format(endOfWeek(day, { weekStartsOn }), 'yyyy-MM-dd'),
  };
}

/**
 * Open actions due from `today` to the end of this week. Overdue ones are left to the
 * overdue view, so no action shows up in both.
 */
export function dueThisWeek<A extends Pick<ActionRow, 'status' | 'dueOn'>>(actions: readonly A[], today: string, weekStartsOn: WeekStartsOn = 1): A[] {
  const { end } = weekOf(today, weekStartsOn);
  return actions.filter((a) => a.status === 'open' && a.dueOn !== undefined && a.dueOn >= today && a.dueOn <= end);
}

/** The meeting an action is tracked in: its `meetingId`, else the meeting that created it. */
function trackedIn(action: ActionRow): string | undefined {
  return action.meetingId ?? (action.origin.kind === 'meeting' ? action.origin.meetingId : undefined);
}

/**
 * The open actions of `fromMeeting` re-pointed to `nextMeeting` (updated copies; done and
 * dropped actions stay behind). Throws CarryOverError unless both meetings are distinct
 * meetings of one series, because carrying a team's actions into another team's meeting
 * would leak them.
 */
export function carryOverActions(
  actions: readonly ActionRow[],
  fromMeeting: Pick<MeetingRow, 'id' | 'seriesKey' | 'title'>,
  nextMeeting: Pick<MeetingRow, 'id' | 'seriesKey' | 'title'>,
  at: string,
): ActionRow[] {
  if (fromMeeting.id === nextMeeting.id) {
    throw new CarryOverError('same-meeting', `Cannot carry actions of “${fromMeeting.title}” over to itself.`);
  }
  if (fromMeeting.seriesKey !== nextMeeting.seriesKey) {
    throw new CarryOverError(
      'different-series',
      `“${fromMeeting.title}” (series ${fromMeeting.seriesKey}) and “${nextMeeting.title}” (series ${nextMeeting.seriesKey}) are not meetings of the same series.`,
    );
  }
  return actions
    .filter((a) => a.status === 'open' && trackedIn(a) === fromMeeting.id)
    .map((a) => ({ ...a, meetingId: nextMeeting.id, updatedAt: at }));
}

/**
 * The meeting of the same series that follows `meeting` by start time, or null. Meetings
 * without a start time are not scheduled yet and are never "next".
 */
export function nextMeetingInSeries<M extends Pick<MeetingRow, 'id' | 'seriesKey' | 'startsAt'>>(meetings: readonly M[], meeting: M): M | null {
  if (!meeting.startsAt) return null;
  const from = Date.parse(meeting.startsAt);
  let best: M | null = null;
  for (const m of meetings) {
    if (m.id === meeting.id || m.seriesKey !== meeting.seriesKey || !m.startsAt) continue;
    const t = Date.parse(m.startsAt);
    if (t > from && (!best || t < Date.parse(best.startsAt ?? ''))) best = m;
  }
  return best;
}

/**
 * A plain-text label for an action's owner: `@handle` for an SC member (their name when
 * they have no handle), the team's name, or the person's name. Not escaped: exports escape it.
 */
export function ownerLabel(owner: Owner, members: readonly Pick<MemberRow, 'id' | 'name' | 'handle'>[], teams: readonly Pick<TeamRow, 'id' | 'name'>[]): string {
  switch (owner.kind) {
    case 'member': {
      const m = members.find((x) => x.id === owner.memberId);
      if (!m) return 'unknown member';
      return m.handle ? `@${m.handle.replace(/^@+/, '')}` : m.name;
    }
    case 'team':
      return teams.find((t) => t.id === owner.teamId)?.name ?? 'unknown team';
    case 'person':
      return owner.name;
  }
}
