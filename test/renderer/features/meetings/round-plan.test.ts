import { describe, expect, it } from 'vitest';
import { planMeetings, roundTimes, withTeamNames } from '../../../../renderer/features/meetings/round-plan';
import { EMPTY_ROUND } from '../../../../renderer/store/slices/meetings-slice';

const draft = { ...EMPTY_ROUND, date: '2026-05-06', teamIds: ['a', 'b', 'c', 'd', 'e'], durationMin: 30 };

describe('roundTimes', () => {
  it('runs as many meetings at once as there are pairs of active members, then starts the next ones a meeting later', () => {
    expect(roundTimes(draft, 5)).toEqual({ a: '16:00', b: '16:00', c: '16:30', d: '16:30', e: '17:00' });
  });

  it('keeps a time the member set for a team', () => {
    expect(roundTimes({ ...draft, times: { c: '09:15' } }, 4).c).toBe('09:15');
  });
});

describe('planMeetings', () => {
  it('gives the planner one meeting per team on the round’s day, keyed by team', () => {
    expect(planMeetings(draft, 2).map((m) => [m.key, m.date, m.time])).toEqual([
      ['a', '2026-05-06', '16:00'], ['b', '2026-05-06', '16:30'], ['c', '2026-05-06', '17:00'], ['d', '2026-05-06', '17:30'], ['e', '2026-05-06', '18:00'],
    ]);
  });
});

describe('withTeamNames', () => {
  it('replaces the meeting keys the planner writes by team names', () => {
    const teams = [{ id: 'xen', name: 'Xen Project team' }];
    expect(withTeamNames('Only 1 of the 2 wanted SC members can attend xen on 2026-05-06.', teams)).toBe('Only 1 of the 2 wanted SC members can attend Xen Project team on 2026-05-06.');
    expect(withTeamNames('is already in meeting xen at 2026-05-06 16:00', teams)).toBe('is already in meeting Xen Project team at 2026-05-06 16:00');
    expect(withTeamNames('@xen-fan met this team', teams)).toBe('@xen-fan met this team');
  });
});
