/**
 * Async votes: the window in which a vote is open, shown in the vote's own zone and in each
 * member's, and the reminder list of who has not voted (issue 5).
 *
 * Instants are stored in UTC; "a week" is counted on the wall clock of the vote's time zone
 * (opening Saturday 10:00 in Berlin closes the next Saturday 10:00 in Berlin, even when
 * summer time ends in between and the window is then 169 hours long). All zone arithmetic
 * goes through TZDate so that nothing depends on the machine's own zone.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { DecisionRow, MemberRow } from '../model';

/** Why an async vote window is invalid. */
export type AsyncVoteErrorCode = 'invalid-instant' | 'invalid-time-zone' | 'closes-before-opening';

/** An async vote window that cannot exist; the message says which value is wrong. */
export class AsyncVoteError extends Error {
  override readonly name = 'AsyncVoteError';
  constructor(
    readonly code: AsyncVoteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Whether `timeZone` is an IANA zone name (or UTC offset) the runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function assertZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new AsyncVoteError('invalid-time-zone', `Unknown time zone “${timeZone}”.`);
}

function toMs(value: string | Date, what: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) throw new AsyncVoteError('invalid-instant', `The ${what} “${String(value)}” is not a valid date-time.`);
  return ms;
}

/** Time remaining until a vote closes. */
export interface TimeLeft {
  /** Milliseconds left; 0 once closed. */
  ms: number;
  /** `3 days 4 h 5 min`, `45 min`, or `closed`. */
  label: string;
}

/** An open-to-close window of an async vote. */
export interface AsyncVoteWindow {
  /** Opening instant, ISO-8601 UTC. */
  opensAt: string;
  /** Closing instant, ISO-8601 UTC. */
  closesAt: string;
  /** Zone the vote was called in. */
  timeZone: string;
  /** Whether votes are accepted at `now` (open from `opensAt` inclusive to `closesAt` exclusive). */
  isOpen(now: string | Date): boolean;
  /** Whether the window has ended at `now`. */
  hasClosed(now: string | Date): boolean;
  /** Time left at `now` (the full window before it opens). */
  timeLeft(now: string | Date): TimeLeft;
  /** Closing time on the wall clock of `zone` (default: the vote's zone). */
  closingIn(zone?: string): string;
  /** Opening time on the wall clock of `zone` (default: the vote's zone). */
  openingIn(zone?: string): string;
}

/** An instant as `2026-10-31 10:00 (Europe/Berlin, UTC+01:00)` on the wall clock of `zone`. */
export function formatInZone(instant: string | Date, zone: string): string {
  assertZone(zone);
  const d = new TZDate(toMs(instant, 'date-time'), zone);
  return `${format(d, 'yyyy-MM-dd HH:mm')} (${zone}, UTC${format(d, 'xxx')})`;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in `zone`. */
export function dayInZone(instant: string | Date, zone: string): string {
  assertZone(zone);
  return format(new TZDate(toMs(instant, 'date-time'), zone), 'yyyy-MM-dd');
}

/** The instant of a wall-clock day and time (`2026-10-24`, `10:00`) in `zone`, as ISO-8601 UTC. */
export function instantFromZoned(day: string, time: string, zone: string): string {
  assertZone(zone);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new AsyncVoteError('invalid-instant', `“${day} ${time}” is not a day (YYYY-MM-DD) and time (HH:mm).`);
  const zoned = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), zone);
  return new Date(zoned.getTime()).toISOString();
}

/** The instant `days` calendar days after `opensAt` at the same wall-clock time in `zone`. */
export function closingAfterDays(opensAt: string, days: number, zone: string): string {
  assertZone(zone);
  const closes = addDays(new TZDate(toMs(opensAt, 'opening time'), zone), days);
  return new Date(closes.getTime()).toISOString();
}

function durationLabel(ms: number): string {
  const totalMin = Math.ceil(ms / 60_000);
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor((totalMin % 1440) / 60);
  const minutes = totalMin % 60;
  const parts = [days ? `${days} day${days === 1 ? '' : 's'}` : '', hours ? `${hours} h` : '', minutes ? `${minutes} min` : ''];
  return parts.filter(Boolean).join(' ') || 'less than a minute';
}

/** The window of an async vote; throws AsyncVoteError for bad instants, an unknown zone, or a window that closes before it opens. */
export function asyncVoteWindow(opensAt: string, closesAt: string, timeZone: string): AsyncVoteWindow {
  assertZone(timeZone);
  const open = toMs(opensAt, 'opening time');
  const close = toMs(closesAt, 'closing time');
  if (close <= open) {
    throw new AsyncVoteError('closes-before-opening', `The vote closes (${closesAt}) before it opens (${opensAt}).`);
  }
  return {
    opensAt: new Date(open).toISOString(),
    closesAt: new Date(close).toISOString(),
    timeZone,
    isOpen: (now) => {
      const t = toMs(now, 'current time');
      return t >= open && t < close;
    },
    hasClosed: (now) => toMs(now, 'current time') >= close,
    timeLeft: (now) => {
      const ms = Math.max(0, close - Math.max(open, toMs(now, 'current time')));
      return { ms, label: ms === 0 ? 'closed' : durationLabel(ms) };
    },
    closingIn: (zone = timeZone) => formatInZone(new Date(close), zone),
    openingIn: (zone = timeZone) => formatInZone(new Date(open), zone),
  };
}

/** The window of a decision held as an async vote, or null for a decision taken in a meeting. */
export function windowOfDecision(decision: Pick<DecisionRow, 'venue'>): AsyncVoteWindow | null {
  const v = decision.venue;
  return v.kind === 'async' ? asyncVoteWindow(v.opensAt, v.closesAt, v.timeZone) : null;
}

/** Where an async vote stands: before, during or after its window, or settled. */
export interface AsyncVoteState {
  /** `decided` as soon as an outcome is recorded, whatever the window says. */
  phase: 'not-open' | 'open' | 'closed' | 'decided';
  /** `Not open yet`, `Open, 2 days 3 h left`, `Closed — outcome not recorded yet`, `Closed — Approved on 2026-12-04`. */
  label: string;
}

const OUTCOME_WORDS = {
  approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred', withdrawn: 'Withdrawn', superseded: 'Superseded',
} as const satisfies Record<Exclude<DecisionRow['status'], 'proposed'>, string>;

/** Options of {@link asyncVoteStatus}. */
export interface AsyncVoteStatusOptions {
  /** Words for the day of the outcome (`YYYY-MM-DD` in); the screens pass the member's locale format (issue 13). Default: the ISO day. */
  formatDay?: (day: string) => string;
}

/**
 * The status line of an async vote at `now`. A recorded outcome wins over the window: a
 * vote settled early (everyone voted before it opened or closed) must not still read "Not
 * open yet" or "Open". Null for a decision taken in a meeting.
 */
export function asyncVoteStatus(decision: Pick<DecisionRow, 'venue' | 'status' | 'decidedOn'>, now: string | Date, opts: AsyncVoteStatusOptions = {}): AsyncVoteState | null {
  const w = windowOfDecision(decision);
  if (!w) return null;
  if (decision.status !== 'proposed') {
    const day = decision.decidedOn ? ` on ${(opts.formatDay ?? ((d: string) => d))(decision.decidedOn)}` : '';
    return { phase: 'decided', label: `Closed — ${OUTCOME_WORDS[decision.status]}${day}` };
  }
  if (w.hasClosed(now)) return { phase: 'closed', label: 'Closed — outcome not recorded yet' };
  if (w.isOpen(now)) return { phase: 'open', label: `Open, ${w.timeLeft(now).label} left` };
  return { phase: 'not-open', label: 'Not open yet' };
}

/** Active members who have not cast a vote (no record, or `none`), in the given member order: the reminder list. */
export function notYetVoted<M extends Pick<MemberRow, 'id' | 'isActive'>>(decision: Pick<DecisionRow, 'votes'>, members: readonly M[]): M[] {
  // The latest record of a member counts, as in tallyVotes.
  const latest = new Map(decision.votes.map((v) => [v.memberId, v.vote]));
  return members.filter((m) => m.isActive && (latest.get(m.id) ?? 'none') === 'none');
}
