import { describe, expect, it } from 'vitest';
import { carryOver, previousMeetingOf } from '../../../shared/meetings/carry-over';
import type { ActionId, AgendaEntryId, MeetingId } from '../../../shared/model/ids';
import { action, entry, meeting } from './builders';

const prev = meeting({ id: 'm1' as MeetingId, startsAt: '2026-04-01T17:00:00.000Z' });
const next = meeting({ id: 'm2' as MeetingId, startsAt: '2026-04-15T17:00:00.000Z' });
let n = 0;
const makeId = () => `new-${++n}` as AgendaEntryId;
const NOW = '2026-04-02T09:00:00.000Z';

describe('carryOver', () => {
  const entries = [
    entry('done', { meetingId: prev.id, isDone: true }),
    entry('open', { meetingId: prev.id, order: 2, title: 'Email for pre-disclosure', minutes: 'talked', conclusion: 'later', presenter: 'tomberek', timeboxMin: 5, confidential: true }),
  ];

  it('carries unfinished entries with fresh minutes and a link back', () => {
    n = 0;
    const out = carryOver({ previous: { meeting: prev, entries, actions: [] }, next, now: NOW, makeId });
    expect(out.entries).toEqual([
      { id: 'new-1', meetingId: 'm2', section: 'Asks and decisions', order: 2, title: 'Email for pre-disclosure', presenter: 'tomberek', timeboxMin: 5, confidential: true, minutes: '', conclusion: '', isDone: false, carriedFrom: 'open' },
    ]);
  });

  it('re-points open actions of the previous meeting and leaves closed ones', () => {
    const actions = [action('a1', { meetingId: prev.id }), action('a2', { meetingId: prev.id, status: 'done' }), action('a3', { origin: { kind: 'meeting', meetingId: prev.id } })];
    const out = carryOver({ previous: { meeting: prev, entries: [], actions }, next, now: NOW, makeId });
    expect(out.actions.map((a) => [a.id, a.meetingId, a.updatedAt])).toEqual([['a1', 'm2', NOW], ['a3', 'm2', NOW]]);
  });

  it('does not carry an entry twice', () => {
    const existing = [entry('x', { meetingId: next.id, carriedFrom: 'open' as AgendaEntryId })];
    expect(carryOver({ previous: { meeting: prev, entries, actions: [] }, next, existing, now: NOW, makeId }).entries).toEqual([]);
  });

  it('does not carry an entry about an action that is done', () => {
    const a = action('a1', { meetingId: prev.id, status: 'done' });
    const withAction = [entry('e', { meetingId: prev.id, actionId: 'a1' as ActionId })];
    expect(carryOver({ previous: { meeting: prev, entries: withAction, actions: [a] }, next, now: NOW, makeId }).entries).toEqual([]);
  });
});

describe('previousMeetingOf', () => {
  const other = meeting({ id: 'x' as MeetingId, seriesKey: 'team:xen', startsAt: '2026-04-10T17:00:00.000Z' });
  const older = meeting({ id: 'm0' as MeetingId, startsAt: '2026-03-01T17:00:00.000Z' });
  const later = meeting({ id: 'm3' as MeetingId, startsAt: '2026-05-01T17:00:00.000Z' });

  it('finds the latest earlier meeting of the same series', () => {
    expect(previousMeetingOf(next, [older, prev, other, later, next])?.id).toBe('m1');
  });

  it('finds nothing for the first meeting of a series', () => {
    expect(previousMeetingOf(older, [older, prev, next])).toBeUndefined();
  });

  it('takes the latest dated meeting for a meeting without a date yet', () => {
    const { startsAt: _s, ...undated } = meeting({ id: 'draft' as MeetingId });
    expect(previousMeetingOf(undated, [older, prev, next])?.id).toBe('m2');
  });
});
