/**
 * The round planner's input from the draft and the meetings already held: one planned
 * meeting per chosen team, and the history of who met which team (for continuity).
 */
import type { PlanInput, PlanMeeting } from '../../../shared/meetings/planner';
import { dayInZone } from '../../../shared/meetings/week';
import type { MeetingRow, TeamId } from '../../../shared/model';
import type { RoundDraft } from '../../store';

/** One PlanMeeting per team of the draft, keyed by team id. */
export function planMeetings(draft: RoundDraft): PlanMeeting[] {
  return draft.teamIds.map((teamId) => ({ key: teamId, teamId: teamId as TeamId, date: draft.date, time: draft.times[teamId] || '17:00' }));
}

/** Who met which team on which day, from every dated team meeting. */
export function planHistory(meetings: readonly MeetingRow[]): PlanInput['history'] {
  return meetings.flatMap((m) => (m.startsAt ? m.teamIds.map((teamId) => ({ teamId, memberIds: m.memberIds, date: dayInZone(m.startsAt!, m.timeZone) })) : []));
}
