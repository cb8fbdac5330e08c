import { describe, expect, it } from 'vitest';
import {
  CarryOverError, carryOverActions, dueThisWeek, isOverdue, nextMeetingInSeries, ownerLabel, weekOf,
} from '../../../shared/actions/actions';
import { action, meeting, meetingId, member, memberId, team, teamId } from '../decisions/fixtures';

const AT = '2026-03-10T12:00:00.000Z';

describe('isOverdue', () => {
  it('is overdue from the day after the due day', () => {
    expect(isOverdue(action('a', { dueOn: '2026-03-09' }), '2026-03-10')).toBe(true);
    expect(isOverdue(action('a', { dueOn: '2026-03-10' }), '2026-03-10')).toBe(false);
  });

  it('never marks done or dropped actions overdue', () => {
    expect(isOverdue(action('a', { dueOn: '2026-01-01', status: 'done' }), '2026-03-10')).toBe(false);
    expect(isOverdue(action('a', { dueOn: '2026-01-01', status: 'dropped' }), '2026-03-10')).toBe(false);
  });

  it('never marks an action without a due day overdue', () => {
    expect(isOverdue(action('a'), '2026-03-10')).toBe(false);
  });
});

describe('weekOf', () => {
  it('runs Monday to Sunday by default', () => {
    expect(weekOf('2026-03-15')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(weekOf('2026-03-16')).toEqual({ start: '2026-03-16', end: '2026-03-22' });
  });

  it('runs Sunday to Saturday when the week starts on Sunday', () => {
    expect(weekOf('2026-03-15', 0)).toEqual({ start: '2026-03-15', end: '2026-03-21' });
  });

  it('spans a year boundary', () => {
    expect(weekOf('2026-01-01')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
  });
});

describe('dueThisWeek', () => {
  const actions = [
    action('yesterday', { dueOn: '2026-03-11' }),
    action('today', { dueOn: '2026-03-12' }),
    action('sunday', { dueOn: '2026-03-15' }),
    action('next-monday', { dueOn: '2026-03-16' }),
    action('done-friday', { dueOn: '2026-03-13', status: 'done' }),
    action('undated'),
  ];

  it('lists open actions due from today to Sunday, leaving overdue ones to the overdue view', () => {
    expect(dueThisWeek(actions, '2026-03-12').map((a) => a.id)).toEqual(['today', 'sunday']);
  });

  it('moves Sunday’s action into next week when weeks start on Sunday', () => {
    expect(dueThisWeek(actions, '2026-03-12', 0).map((a) => a.id)).toEqual(['today']);
  });

  it('includes next Monday once the week has turned', () => {
    expect(dueThisWeek(actions, '2026-03-16').map((a) => a.id)).toEqual(['next-monday']);
  });
});

describe('carryOverActions', () => {
  const w10 = meeting('w10', { startsAt: '2026-03-04T16:00:00Z' });
  const w11 = meeting('w11', { startsAt: '2026-03-11T16:00:00Z' });
  const actions = [
    action('open', { meetingId: meetingId('w10') }),
    action('done', { meetingId: meetingId('w10'), status: 'done' }),
    action('dropped', { meetingId: meetingId('w10'), status: 'dropped' }),
    action('from-meeting', { origin: { kind: 'meeting', meetingId: meetingId('w10') } }),
    action('elsewhere', { meetingId: meetingId('w09') }),
  ];

  it('moves the open actions of the previous meeting to the next one', () => {
    const moved = carryOverActions(actions, w10, w11, AT);
    expect(moved.map((a) => [a.id, a.meetingId, a.updatedAt])).toEqual([['open', 'w11', AT], ['from-meeting', 'w11', AT]]);
  });

  it('leaves done and dropped actions behind', () => {
    const ids = carryOverActions(actions, w10, w11, AT).map((a) => a.id);
    expect(ids).not.toContain('done');
    expect(ids).not.toContain('dropped');
  });

  it('refuses to carry actions into another series', () => {
    expect(() => carryOverActions(actions, w10, meeting('sc', { seriesKey: 'sc' }), AT)).toThrow(CarryOverError);
  });

  it('finds the next meeting of the same series by start time', () => {
    const other = meeting('other', { seriesKey: 'team:infra', startsAt: '2026-03-05T16:00:00Z' });
    const w12 = meeting('w12', { startsAt: '2026-03-18T16:00:00Z' });
    const unscheduled = meeting('later');
    expect(nextMeetingInSeries([w12, other, unscheduled, w11, w10], w10)?.id).toBe('w11');
    expect(nextMeetingInSeries([w10, w11], w11)).toBeNull();
  });
});

describe('ownerLabel', () => {
  const members = [member('rh', { name: 'Robert Hensing', handle: 'roberth' }), member('nh', { name: 'No Handle', handle: '' })];
  const teams = [team('docs', 'Documentation team')];

  it.each([
    [{ kind: 'member', memberId: memberId('rh') } as const, '@roberth'],
    [{ kind: 'member', memberId: memberId('nh') } as const, 'No Handle'],
    [{ kind: 'member', memberId: memberId('zz') } as const, 'unknown member'],
    [{ kind: 'team', teamId: teamId('docs') } as const, 'Documentation team'],
    [{ kind: 'person', name: 'Valentin' } as const, 'Valentin'],
  ])('labels %o as %j', (owner, label) => {
    expect(ownerLabel(owner, members, teams)).toBe(label);
  });
});
