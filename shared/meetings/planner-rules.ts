/**
 * The hard rules of the pairing planner (issue 6): who may sit in which team meeting.
 * Kept apart from the search in planner.ts so that the UI can show the same reasons
 * next to a member the SC picks by hand.
 */
import type { MemberId, TeamId } from '../model/ids';
import type { MemberRow } from '../model/rows';

/** One team meeting of a round, as the planner sees it. */
export type PlanMeeting = {
  key: string;
  teamId: TeamId;
  /** Calendar day `YYYY-MM-DD`. */
  date: string;
  /** Start `HH:mm`, when known; two meetings with the same date and time cannot share a member. */
  time?: string;
};

/** A rule the planner enforces or a preference it tries to keep. */
export type PlanRule = 'min-members' | 'balance' | 'continuity' | 'inactive' | 'unavailable' | 'conflict' | 'double-booked' | 'unknown-member';

/** Why a member may not sit in a meeting, or undefined when they may. */
export function hardRuleBroken(
  member: MemberRow | undefined,
  meeting: PlanMeeting,
  assignments: Readonly<Record<string, readonly MemberId[]>>,
  meetingsByKey: ReadonlyMap<string, PlanMeeting>,
): { rule: PlanRule; reason: string } | undefined {
  if (!member) return { rule: 'unknown-member', reason: 'is not a known SC member' };
  if (!member.isActive) return { rule: 'inactive', reason: 'is not an active SC member' };
  if (member.unavailable.includes(meeting.date)) return { rule: 'unavailable', reason: `is not available on ${meeting.date}` };
  if (member.conflictTeamIds.includes(meeting.teamId)) return { rule: 'conflict', reason: 'declared a conflict of interest with this team' };
  const clash = clashingMeeting(member.id, meeting, assignments, meetingsByKey);
  if (clash) return { rule: 'double-booked', reason: `is already in meeting ${clash} at ${meeting.date} ${meeting.time ?? ''}`.trimEnd() };
  return undefined;
}

/** Key of another meeting at the same date and time that already has this member. */
function clashingMeeting(
  memberId: MemberId,
  meeting: PlanMeeting,
  assignments: Readonly<Record<string, readonly MemberId[]>>,
  meetingsByKey: ReadonlyMap<string, PlanMeeting>,
): string | undefined {
  if (meeting.time === undefined) return undefined;
  for (const [key, ids] of Object.entries(assignments)) {
    if (key === meeting.key || !ids.includes(memberId)) continue;
    const other = meetingsByKey.get(key);
    if (other && other.date === meeting.date && other.time === meeting.time) return key;
  }
  return undefined;
}

/** Active members sorted by name, then id: the planner's deterministic tie-break. */
export function sortMembers(members: readonly MemberRow[]): MemberRow[] {
  return [...members].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
}

/** Plain code-unit comparison (locale-independent, so plans do not depend on the machine). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a member is named in explanations. */
export function who(member: MemberRow | undefined, id: MemberId): string {
  if (!member) return id;
  return member.handle ? `@${member.handle.replace(/^@+/, '')}` : member.name;
}

/** Max minus min of the loads, 0 for no members. */
export function spread(load: Readonly<Record<string, number>>): number {
  const values = Object.values(load);
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}
