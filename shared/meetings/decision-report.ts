/**
 * How a meeting document speaks of a decision that already has an outcome ("What leaves
 * the app is right"): its outcome with the day it was taken (shared/decisions/decision-day.ts,
 * so a decision taken at a meeting carries the meeting's day, not the day it was typed in),
 * and, when it was taken somewhere else — an async vote, the SC's own meeting — the line
 * that reports it at a team's meeting: `Decided: <title> (approved on 2026-12-10)`.
 */
import { decisionDay, meetingOfDecision, type DatedMeeting } from '../decisions/decision-day';
import { memberInline } from '../export/member-text';
import type { Pingable } from '../export/mentions';
import type { DecisionRow, MeetingRow } from '../model/rows';

/** Whether a meeting has taken place: what was on its agenda was discussed. */
export function isHeld(meeting: Pick<MeetingRow, 'status'>): boolean {
  return meeting.status === 'held' || meeting.status === 'minutes-published';
}

/** Statuses that are an outcome a team can be told about. */
const OUTCOMES = new Set<DecisionRow['status']>(['approved', 'rejected']);

/** Whether a decision has an outcome (approved or rejected). */
export function hasOutcome(decision: Pick<DecisionRow, 'status'>): boolean {
  return OUTCOMES.has(decision.status);
}

/** Whether a decision was taken at `meeting` (its venue or its link names that meeting). */
export function isTakenAt(decision: Pick<DecisionRow, 'venue' | 'meetingId'>, meeting: Pick<MeetingRow, 'id'>): boolean {
  return (decision.venue.kind === 'meeting' ? decision.venue.meetingId ?? decision.meetingId : undefined) === meeting.id;
}

/** `approved on 2026-12-14`, or `approved` when the day is unknown; `meetings` date a decision taken at one. */
export function outcomePhrase(decision: DecisionRow, meetings: readonly DatedMeeting[] = []): string {
  const day = decisionDay(decision, meetings);
  return day ? `${decision.status} on ${day}` : decision.status;
}

/**
 * The decision an entry reports rather than decides: linked to the entry on its own (not as
 * the outcome of an ask discussed there), with an outcome, and taken elsewhere than `meeting`.
 */
export function reportedDecision(
  entry: { decisionId?: string; itemId?: string },
  decisions: readonly DecisionRow[] | undefined,
  meeting: Pick<MeetingRow, 'id'>,
): DecisionRow | undefined {
  if (!entry.decisionId || entry.itemId) return undefined;
  const d = decisions?.find((x) => x.id === entry.decisionId);
  return d && hasOutcome(d) && !isTakenAt(d, meeting) ? d : undefined;
}

/**
 * `Decided: <title> (approved on 2026-12-10)`: how an agenda and minutes report a decision.
 * The title is member text (shared/export/member-text.ts); without `pingable` it pings nobody.
 */
export function reportLine(decision: DecisionRow, meetings: readonly DatedMeeting[] = [], pingable?: Pingable): string {
  return `Decided: ${memberInline(decision.title, pingable ? { pingable } : {})} (${outcomePhrase(decision, meetings)})`;
}

/** Whether the team of `meeting` was at the meeting that took the decision (then it needs no report). */
export function wasTakenWithTeam(decision: DecisionRow, meeting: Pick<MeetingRow, 'teamIds'>, meetings: readonly MeetingRow[]): boolean {
  const at = meetingOfDecision(decision, meetings);
  return at !== undefined && at.teamIds.some((t) => meeting.teamIds.includes(t));
}
