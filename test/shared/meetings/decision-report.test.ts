// How meeting documents name a decision's outcome and report one taken elsewhere.
import { describe, expect, it } from 'vitest';
import { isTakenAt, outcomePhrase, reportLine, reportedDecision } from '../../../shared/meetings/decision-report';
import type { ItemId, MeetingId } from '../../../shared/model/ids';
import { decision, meeting } from './builders';

const held = meeting({ startsAt: '2026-12-14T17:00:00.000Z', timeZone: 'Europe/Berlin', status: 'held' });
// Typed in ten days before the meeting it was taken at.
const taken = decision('d', { title: 'Approve the *alias*', status: 'approved', decidedOn: '2026-12-04', venue: { kind: 'meeting', meetingId: held.id } });

describe('outcomePhrase', () => {
  it('dates a decision taken at a meeting by the meeting’s day, not the day it was typed in', () => {
    expect(outcomePhrase(taken, [held])).toBe('approved on 2026-12-14');
  });

  it('falls back to the stored day, then to the outcome alone', () => {
    expect(outcomePhrase(taken)).toBe('approved on 2026-12-04');
    expect(outcomePhrase({ ...taken, decidedOn: undefined, venue: { kind: 'meeting' } })).toBe('approved');
  });
});

describe('reportedDecision', () => {
  const next = meeting({ id: 'next' as MeetingId, startsAt: '2027-01-11T17:00:00.000Z' });

  it('is the decision of an entry of its own, with an outcome, taken at another meeting', () => {
    expect(isTakenAt(taken, held)).toBe(true);
    expect(reportedDecision({ decisionId: taken.id }, [taken], next)).toBe(taken);
    // The title is member text: its emphasis comes out as typed (issue 13).
    expect(reportLine(taken, [held])).toBe('Decided: Approve the *alias* (approved on 2026-12-14)');
  });

  it('is nothing for the meeting that took it, an open decision, or a decision taken on an ask’s entry', () => {
    expect(reportedDecision({ decisionId: taken.id }, [taken], held)).toBeUndefined();
    expect(reportedDecision({ decisionId: taken.id }, [{ ...taken, status: 'proposed' }], next)).toBeUndefined();
    expect(reportedDecision({ decisionId: taken.id, itemId: 'ask' as ItemId }, [taken], next)).toBeUndefined();
  });
});
