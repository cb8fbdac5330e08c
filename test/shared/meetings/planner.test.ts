import { describe, expect, it } from 'vitest';
import { planPairings, type PlanInput } from '../../../shared/meetings/planner';
import { member, memberId, teamId, TEAMS, SC_HANDLES } from './builders';

const round = (date = '2026-05-06') => TEAMS.map((t) => ({ key: t, teamId: teamId(t), date }));
const sc = () => SC_HANDLES.map((h) => member(h));
const countOf = (a: Record<string, string[]>, id: string) => Object.values(a).filter((ids) => ids.includes(id)).length;

describe('planPairings', () => {
  it('assigns two distinct members to each of the eight team meetings by default', () => {
    const { assignments } = planPairings({ meetings: round(), members: sc(), history: [] });
    for (const t of TEAMS) {
      expect(new Set(assignments[t]).size).toBe(2);
    }
  });

  it('spreads sixteen seats over seven members so that loads differ by at most one', () => {
    const { load } = planPairings({ meetings: round(), members: sc(), history: [] });
    const values = Object.values(load);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    expect(values.reduce((a, b) => a + b, 0)).toBe(16);
  });

  it('never picks a member on a day they are unavailable', () => {
    const members = sc().map((m) => (m.handle === 'roberth' ? { ...m, unavailable: ['2026-05-06'] } : m));
    const { assignments, explanations } = planPairings({ meetings: round(), members, history: [] });
    expect(Object.values(assignments).flat()).not.toContain(memberId('roberth'));
    expect(explanations.xen).toContain('@roberth not chosen: is not available on 2026-05-06.');
  });

  it('never picks a member for a team they declared a conflict of interest with', () => {
    const members = sc().map((m) => (m.handle === 'tomberek' ? { ...m, conflictTeamIds: [teamId('stdenv')] } : m));
    const { assignments, explanations } = planPairings({ meetings: round(), members, history: [] });
    expect(assignments.stdenv).not.toContain(memberId('tomberek'));
    expect(explanations.stdenv).toContain('@tomberek not chosen: declared a conflict of interest with this team.');
  });

  it('never picks an inactive member', () => {
    const members = sc().map((m) => (m.handle === 'K900' ? { ...m, isActive: false } : m));
    const { assignments, load } = planPairings({ meetings: round(), members, history: [] });
    expect(Object.values(assignments).flat()).not.toContain(memberId('K900'));
    expect(load).not.toHaveProperty(memberId('K900'));
  });

  it('reports a meeting that only one member can attend', () => {
    const members = [member('a'), member('b', { unavailable: ['2026-05-06'] })];
    const result = planPairings({ meetings: [{ key: 'xen', teamId: teamId('xen'), date: '2026-05-06' }], members, history: [] });
    expect(result.assignments.xen).toEqual([memberId('a')]);
    expect(result.unsatisfied).toContainEqual(expect.objectContaining({ meetingKey: 'xen', rule: 'min-members' }));
  });

  it('keeps the members who met the team last time when the balance allows it', () => {
    const history = [{ teamId: teamId('documentation'), memberIds: [memberId('roberth'), memberId('cafkafk')], date: '2026-03-01' }];
    const { assignments, explanations } = planPairings({ meetings: round(), members: sc(), history });
    expect([...assignments.documentation!].sort()).toEqual([memberId('cafkafk'), memberId('roberth')]);
    const n = countOf(assignments, memberId('roberth'));
    expect(explanations.documentation).toContain(`@roberth: met this team on 2026-03-01 (continuity); ${n} meeting(s) in this round.`);
  });

  it('uses only the most recent earlier meeting of the team for continuity', () => {
    const history = [
      { teamId: teamId('xen'), memberIds: [memberId('K900'), memberId('tomberek')], date: '2026-01-01' },
      { teamId: teamId('xen'), memberIds: [memberId('philiptaron'), memberId('Ericson2314')], date: '2026-03-01' },
    ];
    const { assignments } = planPairings({ meetings: round(), members: sc(), history });
    expect([...assignments.xen!].sort()).toEqual([memberId('Ericson2314'), memberId('philiptaron')]);
  });

  it('gives up continuity rather than let the loads differ by two', () => {
    // Three meetings, three members, one seat each: each member must get exactly one.
    const members = [member('a'), member('b'), member('c')];
    const meetings = ['x', 'y', 'z'].map((k) => ({ key: k, teamId: teamId(k), date: '2026-05-06' }));
    const history = ['x', 'y', 'z'].map((k) => ({ teamId: teamId(k), memberIds: [memberId('a')], date: '2026-03-01' }));
    const { load, unsatisfied } = planPairings({ meetings, members, history, perMeeting: 1 });
    expect(Object.values(load)).toEqual([1, 1, 1]);
    expect(unsatisfied.filter((u) => u.rule === 'continuity')).toHaveLength(2);
  });

  it('keeps a pinned meeting exactly as given and reports the rule it breaks', () => {
    const members = sc().map((m) => (m.handle === 'roberth' ? { ...m, unavailable: ['2026-05-06'] } : m));
    const pinned = { xen: [memberId('roberth')] };
    const { assignments, unsatisfied, explanations } = planPairings({ meetings: round(), members, history: [], pinned });
    expect(assignments.xen).toEqual([memberId('roberth')]);
    expect(explanations.xen?.[0]).toBe('@roberth: chosen by hand (overrides: is not available on 2026-05-06).');
    expect(unsatisfied).toContainEqual(expect.objectContaining({ meetingKey: 'xen', rule: 'unavailable' }));
    expect(unsatisfied).toContainEqual(expect.objectContaining({ meetingKey: 'xen', rule: 'min-members' }));
  });

  it('counts pinned seats in the load of the other meetings', () => {
    const pinned = { xen: [memberId('tomberek'), memberId('roberth')], rfcsc: [memberId('tomberek'), memberId('roberth')] };
    const { load } = planPairings({ meetings: round(), members: sc(), history: [], pinned });
    expect(load[memberId('tomberek')]).toBe(2);
    expect(Math.max(...Object.values(load)) - Math.min(...Object.values(load))).toBeLessThanOrEqual(1);
  });

  it('does not put one member in two meetings at the same date and time', () => {
    const members = [member('a'), member('b'), member('c'), member('d')];
    const meetings = [
      { key: 'x', teamId: teamId('x'), date: '2026-05-06', time: '17:00' },
      { key: 'y', teamId: teamId('y'), date: '2026-05-06', time: '17:00' },
    ];
    const { assignments } = planPairings({ meetings, members, history: [] });
    expect(assignments.x!.filter((id) => assignments.y!.includes(id))).toEqual([]);
  });

  it('breaks ties by member name, whatever the input order', () => {
    const input: PlanInput = { meetings: round(), members: sc(), history: [] };
    const reversed: PlanInput = { ...input, meetings: [...input.meetings].reverse(), members: [...input.members].reverse() };
    expect(planPairings(reversed)).toEqual(planPairings(input));
  });
});
