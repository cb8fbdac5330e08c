/**
 * The day a decision was taken — one rule for what is stored (`decidedOn`) and for what
 * the exports and screens print.
 *
 * A decision taken at a meeting carries the meeting's day, in the meeting's own zone: a
 * decision log must not say "decided on 2026-12-04" for a meeting held on 2026-12-14 just
 * because the outcome was typed in ten days early (or late). Without a dated meeting — an
 * async vote, or a meeting with no start yet — the day is the one recorded when the
 * outcome was: the member's chosen day, else the day of that instant in the vote's zone.
 */
import { dayInZone } from './async-vote';
import type { DecisionRow, MeetingRow } from '../model';

/** What the rule needs of a meeting. */
export type DatedMeeting = Pick<MeetingRow, 'id' | 'startsAt' | 'timeZone'>;

/** The meeting a decision names as its venue (or is linked to), when it is one of `meetings`. */
export function meetingOfDecision<M extends DatedMeeting>(decision: Pick<DecisionRow, 'venue' | 'meetingId'>, meetings: readonly M[]): M | undefined {
  if (decision.venue.kind !== 'meeting') return undefined;
  const id = decision.venue.meetingId ?? decision.meetingId;
  return id ? meetings.find((m) => m.id === id) : undefined;
}

/** A meeting's calendar day in its zone, or undefined when it has no start. */
export function meetingDay(meeting: DatedMeeting | undefined): string | undefined {
  return meeting?.startsAt ? dayInZone(meeting.startsAt, meeting.timeZone) : undefined;
}

/** Options of {@link dayToRecord}. */
export interface DayToRecordOptions {
  /** The meeting the decision is taken at, if any; its day wins. */
  meeting?: DatedMeeting;
  /** A day the member chose, used when there is no dated meeting. */
  chosen?: string;
  /** Zone in which `at` becomes a day; UTC by default. */
  timeZone?: string;
}

/**
 * The `decidedOn` to store when a decision's outcome is recorded at instant `at`: the
 * meeting's day, else the chosen day, else `at`'s day in `timeZone`.
 */
export function dayToRecord(at: string, opts: DayToRecordOptions = {}): string {
  return meetingDay(opts.meeting) ?? opts.chosen ?? dayInZone(at, opts.timeZone ?? 'UTC');
}

/**
 * The day to show for a decision: its meeting's day when it was taken at a dated meeting
 * and has an outcome, else its stored `decidedOn`; undefined while nothing is decided.
 * Rows stored before this rule (with the recording day) are shown right without a rewrite.
 */
export function decisionDay(decision: Pick<DecisionRow, 'venue' | 'meetingId' | 'decidedOn' | 'status'>, meetings: readonly DatedMeeting[]): string | undefined {
  const settled = decision.decidedOn !== undefined || decision.status === 'approved' || decision.status === 'rejected' || decision.status === 'superseded';
  if (!settled) return undefined;
  return meetingDay(meetingOfDecision(decision, meetings)) ?? decision.decidedOn;
}
