import { describe, expect, it } from 'vitest';
import {
  AsyncVoteError, asyncVoteStatus, asyncVoteWindow, closingAfterDays, dayInZone, formatInZone, instantFromZoned, notYetVoted, windowOfDecision,
} from '../../../shared/decisions/async-vote';
import { decision, member, vote } from './fixtures';

const HOUR = 3_600_000;

describe('async vote window across daylight-saving changes', () => {
  // Summer time ends in Europe on Sunday 25 October 2026 (03:00 CEST → 02:00 CET).
  const berlinOpen = instantFromZoned('2026-10-24', '10:00', 'Europe/Berlin');
  const berlinClose = closingAfterDays(berlinOpen, 7, 'Europe/Berlin');

  it('opens at 10:00 Berlin summer time', () => {
    expect(berlinOpen).toBe('2026-10-24T08:00:00.000Z');
  });

  it('closes a week later at 10:00 Berlin winter time, 169 hours after opening', () => {
    expect(berlinClose).toBe('2026-10-31T09:00:00.000Z');
    expect((Date.parse(berlinClose) - Date.parse(berlinOpen)) / HOUR).toBe(169);
  });

  it('shows the closing time on Berlin’s wall clock with its offset', () => {
    expect(asyncVoteWindow(berlinOpen, berlinClose, 'Europe/Berlin').closingIn()).toBe('2026-10-31 10:00 (Europe/Berlin, UTC+01:00)');
  });

  it('shows the closing time in a member’s own zone', () => {
    // New York is still on summer time (EDT) until 1 November.
    expect(asyncVoteWindow(berlinOpen, berlinClose, 'Europe/Berlin').closingIn('America/New_York')).toBe('2026-10-31 05:00 (America/New_York, UTC-04:00)');
  });

  // US summer time starts on Sunday 8 March 2026 (02:00 EST → 03:00 EDT).
  const nyOpen = instantFromZoned('2026-03-06', '09:00', 'America/New_York');
  const nyClose = closingAfterDays(nyOpen, 3, 'America/New_York');

  it('closes at 09:00 New York time after the spring change, 71 hours after opening', () => {
    expect(nyOpen).toBe('2026-03-06T14:00:00.000Z');
    expect(nyClose).toBe('2026-03-09T13:00:00.000Z');
    expect((Date.parse(nyClose) - Date.parse(nyOpen)) / HOUR).toBe(71);
  });

  it('counts the real time left across the spring change', () => {
    const w = asyncVoteWindow(nyOpen, nyClose, 'America/New_York');
    const left = w.timeLeft('2026-03-08T05:00:00Z'); // midnight EST on the night of the change
    expect(left.ms).toBe(32 * HOUR);
    expect(left.label).toBe('1 day 8 h');
  });

  it('gives the calendar day of an instant in the vote’s zone', () => {
    expect(dayInZone('2026-10-31T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-01');
    expect(dayInZone('2026-10-31T23:30:00Z', 'America/New_York')).toBe('2026-10-31');
  });
});

describe('asyncVoteWindow', () => {
  const w = asyncVoteWindow('2026-09-01T10:00:00Z', '2026-09-07T10:00:00Z', 'UTC');

  it('is open from the opening instant up to, not including, the closing instant', () => {
    expect(w.isOpen('2026-09-01T09:59:59Z')).toBe(false);
    expect(w.isOpen('2026-09-01T10:00:00Z')).toBe(true);
    expect(w.isOpen('2026-09-07T09:59:59Z')).toBe(true);
    expect(w.isOpen('2026-09-07T10:00:00Z')).toBe(false);
    expect(w.hasClosed('2026-09-07T10:00:00Z')).toBe(true);
  });

  it('has no time left once closed', () => {
    expect(w.timeLeft(new Date('2026-09-08T00:00:00Z'))).toEqual({ ms: 0, label: 'closed' });
  });

  it('counts the whole window before it opens', () => {
    expect(w.timeLeft('2026-08-01T00:00:00Z').label).toBe('6 days');
  });

  it('rejects a window that closes before it opens', () => {
    expect(() => asyncVoteWindow('2026-09-07T10:00:00Z', '2026-09-01T10:00:00Z', 'UTC')).toThrow(AsyncVoteError);
  });

  it('rejects an unknown time zone with a typed error', () => {
    try {
      asyncVoteWindow('2026-09-01T10:00:00Z', '2026-09-07T10:00:00Z', 'Mars/Olympus_Mons');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AsyncVoteError);
      expect((e as AsyncVoteError).code).toBe('invalid-time-zone');
      expect((e as AsyncVoteError).message).toContain('Mars/Olympus_Mons');
    }
  });

  it('rejects an unreadable instant', () => {
    expect(() => formatInZone('soon', 'UTC')).toThrow(/not a valid date-time/);
  });

  it('is absent for a decision taken in a meeting', () => {
    expect(windowOfDecision(decision())).toBeNull();
  });
});

describe('notYetVoted', () => {
  const members = [member('ann'), member('bob'), member('cy'), member('dee', { isActive: false }), member('eve')];

  it('lists the active members without a cast vote, in member order', () => {
    const d = decision({ votes: [vote('bob', '+1'), vote('eve', 'abstain'), vote('cy', 'none')] });
    expect(notYetVoted(d, members).map((m) => m.id)).toEqual(['ann', 'cy']);
  });

  it('leaves inactive members off the reminder list', () => {
    expect(notYetVoted(decision(), members).map((m) => m.id)).not.toContain('dee');
  });
});

describe('asyncVoteStatus', () => {
  const venue = { kind: 'async' as const, opensAt: '2026-12-01T10:00:00.000Z', closesAt: '2026-12-08T10:00:00.000Z', timeZone: 'UTC' };

  it.each([
    ['2026-11-30T10:00:00Z', 'not-open', 'Not open yet'],
    ['2026-12-07T09:00:00Z', 'open', 'Open, 1 day 1 h left'],
    ['2026-12-09T10:00:00Z', 'closed', 'Closed — outcome not recorded yet'],
  ])('reads the window of a vote still proposed at %s', (now, phase, label) => {
    expect(asyncVoteStatus(decision({ venue }), now)).toEqual({ phase, label });
  });

  it('says the recorded outcome, not "Not open yet", once the outcome is recorded before the window opens', () => {
    const settled = decision({ venue, status: 'approved', decidedOn: '2026-11-30' });
    expect(asyncVoteStatus(settled, '2026-11-30T12:00:00Z')).toEqual({ phase: 'decided', label: 'Closed — Approved on 2026-11-30' });
  });

  it('words the day of the outcome as the caller formats days (the screens use the member’s locale)', () => {
    const settled = decision({ venue, status: 'approved', decidedOn: '2026-11-30' });
    expect(asyncVoteStatus(settled, '2026-11-30T12:00:00Z', { formatDay: (day) => `the day ${day}` })?.label).toBe('Closed — Approved on the day 2026-11-30');
  });

  it('says the outcome while the window would still be open', () => {
    expect(asyncVoteStatus(decision({ venue, status: 'withdrawn' }), '2026-12-03T10:00:00Z')?.label).toBe('Closed — Withdrawn');
  });

  it('has no status for a decision taken in a meeting', () => {
    expect(asyncVoteStatus(decision(), '2026-12-03T10:00:00Z')).toBeNull();
  });
});
