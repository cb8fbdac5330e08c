// One rule for a decision's day, stored and shown: a meeting's decision is on the meeting's day.
import { describe, expect, it } from 'vitest';
import { dayToRecord, decisionDay, meetingDay, meetingOfDecision } from '../../../shared/decisions/decision-day';
import { applyDecisionStatus } from '../../../shared/decisions/status-rules';
import { decision, meeting, meetingId } from './fixtures';

// Monday 2026-12-14 at 23:30 UTC is already Tuesday in Berlin.
const late = meeting('late', { startsAt: '2026-12-14T23:30:00.000Z', timeZone: 'Europe/Berlin' });
const dated = meeting('xen', { startsAt: '2026-12-14T17:00:00.000Z', timeZone: 'Europe/Berlin' });
const undated = meeting('later');
const atMeeting = (m: { id: string }) => decision({ status: 'approved', decidedOn: '2026-12-04', venue: { kind: 'meeting', meetingId: meetingId(m.id) } });

describe('decisionDay', () => {
  it('gives the meeting’s day to a decision recorded ten days before the meeting', () => {
    expect(decisionDay(atMeeting(dated), [dated])).toBe('2026-12-14');
  });

  it('takes the meeting’s day in the meeting’s own zone', () => {
    expect(decisionDay(atMeeting(late), [late])).toBe('2026-12-15');
  });

  it('finds the meeting through the decision’s meetingId when the venue names none', () => {
    const d = decision({ status: 'approved', decidedOn: '2026-12-04', venue: { kind: 'meeting' }, meetingId: meetingId('xen') });
    expect(decisionDay(d, [dated])).toBe('2026-12-14');
  });

  it('keeps the recorded day when the meeting has no date or is unknown', () => {
    expect(decisionDay(atMeeting(undated), [undated])).toBe('2026-12-04');
    expect(decisionDay(atMeeting(dated), [])).toBe('2026-12-04');
  });

  it('keeps the recorded day of an async vote', () => {
    const d = decision({ status: 'approved', decidedOn: '2026-12-04', venue: { kind: 'async', opensAt: '2026-11-27T10:00:00Z', closesAt: '2026-12-04T10:00:00Z', timeZone: 'UTC' } });
    expect(decisionDay(d, [dated])).toBe('2026-12-04');
  });

  it('has no day while nothing is decided', () => {
    expect(decisionDay(decision({ venue: { kind: 'meeting', meetingId: meetingId('xen') } }), [dated])).toBeUndefined();
  });
});

describe('dayToRecord', () => {
  it('prefers the meeting’s day to a chosen day and to the instant', () => {
    expect(dayToRecord('2026-12-04T09:00:00Z', { meeting: dated, chosen: '2026-12-05' })).toBe('2026-12-14');
  });

  it('uses the chosen day, else the instant’s day in the zone, without a dated meeting', () => {
    expect(dayToRecord('2026-12-04T23:30:00Z', { meeting: undated, chosen: '2026-12-05' })).toBe('2026-12-05');
    expect(dayToRecord('2026-12-04T23:30:00Z', { timeZone: 'Europe/Berlin' })).toBe('2026-12-05');
    expect(dayToRecord('2026-12-04T23:30:00Z')).toBe('2026-12-04');
  });
});

describe('applyDecisionStatus with the venue’s meeting', () => {
  it('records the meeting’s day when the outcome is typed in early', () => {
    const d = decision({ venue: { kind: 'meeting', meetingId: meetingId('xen') } });
    const change = applyDecisionStatus(d, 'approved', '2026-12-04T09:00:00Z', { decidedOn: '2026-12-04', meeting: dated });
    expect(change.ok && change.decision.decidedOn).toBe('2026-12-14');
  });

  it('ignores a meeting that is not the decision’s venue', () => {
    const d = decision({ venue: { kind: 'meeting', meetingId: meetingId('other') } });
    const change = applyDecisionStatus(d, 'approved', '2026-12-04T09:00:00Z', { meeting: dated });
    expect(change.ok && change.decision.decidedOn).toBe('2026-12-04');
  });
});

describe('meetingOfDecision and meetingDay', () => {
  it('finds no meeting for an async vote, and no day for an undated meeting', () => {
    expect(meetingOfDecision(decision({ venue: { kind: 'async', opensAt: '2026-11-27T10:00:00Z', closesAt: '2026-12-04T10:00:00Z', timeZone: 'UTC' } }), [dated])).toBeUndefined();
    expect(meetingDay(undated)).toBeUndefined();
  });
});
