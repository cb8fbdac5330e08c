/**
 * The round planner's input from the draft and the meetings already held: one planned
 * meeting per chosen team, and the history of who met which team (for continuity).
 */
import type { PlanInput, PlanMeeting } from '../../../shared/meetings/planner';
import { dayInZone } from '../../../shared/meetings/week';
import type { MeetingRow, TeamId } from '../../../shared/model';
import type { RoundDraft } from '../../store';

/** Where a round starts when the member has not set times. */
export const ROUND_START = '16:00';

/**
 * Start of each team's meeting: the member's time, else a slot of parallel tracks. With
 * two SC members per meeting, `activeMembers / 2` meetings can run at once; the next ones
 * start one meeting-length later, so the default plan never double-books anybody.
 */
export function roundTimes(draft: RoundDraft, activeMembers: number): Record<string, string> {
  const tracks = Math.max(1, Math.floor(activeMembers / 2));
  const [h, m] = ROUND_START.split(':').map(Number);
  return Object.fromEntries(draft.teamIds.map((teamId, i) => {
    const own = draft.times[teamId];
    if (own) return [teamId, own];
    const minutes = (h ?? 16) * 60 + (m ?? 0) + Math.floor(i / tracks) * Math.max(1, draft.durationMin || 30);
    const clamped = Math.min(minutes, 23 * 60 + 59);
    return [teamId, `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`];
  }));
}

/** One PlanMeeting per team of the draft, keyed by team id. */
export function planMeetings(draft: RoundDraft, activeMembers: number): PlanMeeting[] {
  const times = roundTimes(draft, activeMembers);
  return draft.teamIds.map((teamId) => ({ key: teamId, teamId: teamId as TeamId, date: draft.date, time: times[teamId] ?? ROUND_START }));
}

/** Who met which team on which day, from every dated team meeting. */
export function planHistory(meetings: readonly MeetingRow[]): PlanInput['history'] {
  return meetings.flatMap((m) => (m.startsAt ? m.teamIds.map((teamId) => ({ teamId, memberIds: m.memberIds, date: dayInZone(m.startsAt!, m.timeZone) })) : []));
}

/** The planner names meetings by key (the team id); people read the team's name instead. */
export function withTeamNames(text: string, teams: readonly { id: string; name: string }[]): string {
  let out = text;
  for (const t of teams) {
    for (const word of ['attend', 'is in', 'meeting']) {
      const needle = `${word} ${t.id}`;
      let at = out.indexOf(needle);
      while (at !== -1) {
        const next = out[at + needle.length];
        // Only a whole key: "xen" but not "xen-fan".
        const isWhole = next === undefined || ' .,;)'.includes(next);
        const replacement = isWhole ? `${word} ${t.name}` : needle;
        out = out.slice(0, at) + replacement + out.slice(at + needle.length);
        at = out.indexOf(needle, at + replacement.length);
      }
    }
  }
  return out;
}
