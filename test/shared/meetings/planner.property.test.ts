import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planPairings, type PlanInput } from '../../../shared/meetings/planner';
import type { MemberId } from '../../../shared/model/ids';
import { member, memberId, teamId } from './builders';

const DATES = ['2026-05-04', '2026-05-05', '2026-05-06'];
const TEAM_KEYS = ['xen', 'rfcsc', 'formatting', 'moderation', 'stdenv', 'docs'];

const handles = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 8 });
const meetingsArb = fc.uniqueArray(fc.constantFrom(...TEAM_KEYS), { minLength: 1, maxLength: TEAM_KEYS.length }).chain((teams) =>
  fc.tuple(...teams.map((t) => fc.constantFrom(...DATES).map((date) => ({ key: t, teamId: teamId(t), date })))),
);
const historyArb = (hs: string[]) =>
  fc.array(
    fc.record({
      teamId: fc.constantFrom(...TEAM_KEYS).map(teamId),
      memberIds: fc.subarray(hs).map((x) => x.map(memberId)),
      date: fc.constantFrom('2026-01-10', '2026-02-10', '2026-03-10'),
    }),
    { maxLength: 6 },
  );

/** Any round: members with random unavailability, conflicts and activity. */
const constrained = handles.chain((hs) =>
  fc.record({
    members: fc.tuple(
      ...hs.map((h) =>
        fc.record({ unavailable: fc.subarray(DATES), conflicts: fc.subarray(TEAM_KEYS), isActive: fc.integer({ min: 0, max: 4 }).map((n) => n > 0) }).map((o) =>
          member(h, { unavailable: o.unavailable, conflictTeamIds: o.conflicts.map(teamId), isActive: o.isActive }),
        ),
      ),
    ),
    meetings: meetingsArb,
    history: historyArb(hs),
    perMeeting: fc.integer({ min: 1, max: 3 }),
  }),
);

/** A round where every member may attend everything. */
const free = handles.chain((hs) =>
  fc.record({
    members: fc.constant(hs.map((h) => member(h))),
    meetings: meetingsArb,
    history: historyArb(hs),
    perMeeting: fc.integer({ min: 1, max: hs.length }),
  }),
);

const eligible = (input: PlanInput, m: PlanInput['meetings'][number]) =>
  input.members.filter((x) => x.isActive && !x.unavailable.includes(m.date) && !x.conflictTeamIds.includes(m.teamId));

describe('planPairings properties', () => {
  it('only ever picks active, available, unconflicted members, each once per meeting', () => {
    fc.assert(
      fc.property(constrained, (input) => {
        const { assignments } = planPairings(input);
        for (const m of input.meetings) {
          const ok = new Set(eligible(input, m).map((x) => x.id));
          const chosen = assignments[m.key]!;
          expect(new Set(chosen).size).toBe(chosen.length);
          chosen.forEach((id) => expect(ok.has(id)).toBe(true));
        }
      }),
    );
  });

  it('fills each meeting up to perMeeting and reports exactly the meetings it cannot fill', () => {
    fc.assert(
      fc.property(constrained, (input) => {
        const { assignments, unsatisfied } = planPairings(input);
        for (const m of input.meetings) {
          const want = Math.min(input.perMeeting!, eligible(input, m).length);
          expect(assignments[m.key]).toHaveLength(want);
          const reported = unsatisfied.some((u) => u.meetingKey === m.key && u.rule === 'min-members');
          expect(reported).toBe(want < input.perMeeting!);
        }
      }),
    );
  });

  it('keeps loads within one of each other when nothing constrains the plan, history or not', () => {
    fc.assert(
      fc.property(free, (input) => {
        const { load, unsatisfied } = planPairings(input);
        const values = Object.values(load);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        expect(unsatisfied.filter((u) => u.rule === 'balance')).toEqual([]);
      }),
    );
  });

  it('reports load as the number of seats each member holds', () => {
    fc.assert(
      fc.property(constrained, (input) => {
        const { assignments, load } = planPairings(input);
        const seats = Object.values(assignments).flat();
        for (const [id, n] of Object.entries(load)) expect(seats.filter((s) => s === (id as MemberId))).toHaveLength(n);
      }),
    );
  });

  it('reports every meeting that keeps nobody from the team’s last meeting', () => {
    fc.assert(
      fc.property(constrained, (input) => {
        const { assignments, unsatisfied } = planPairings(input);
        for (const m of input.meetings) {
          const past = input.history.filter((h) => h.teamId === m.teamId && h.date < m.date);
          const lastDate = past.map((h) => h.date).sort().at(-1);
          const lastIds = past.filter((h) => h.date === lastDate).flatMap((h) => h.memberIds);
          const kept = assignments[m.key]!.some((id) => lastIds.includes(id));
          const reported = unsatisfied.some((u) => u.meetingKey === m.key && u.rule === 'continuity');
          expect(reported).toBe(lastIds.length > 0 && !kept);
        }
      }),
    );
  });

  it('keeps at least one continuity member whenever one is free and the plan has slack', () => {
    // One meeting alone never strains the balance, so a free continuity member must be kept.
    fc.assert(
      fc.property(free, (input) => {
        const m = input.meetings[0]!;
        const single = { ...input, meetings: [m] };
        const past = input.history.filter((h) => h.teamId === m.teamId && h.date < m.date);
        fc.pre(past.length > 0 && past.some((h) => h.memberIds.length > 0));
        expect(planPairings(single).unsatisfied.filter((u) => u.rule === 'continuity')).toEqual([]);
      }),
    );
  });

  it('gives the same plan whatever the order of members, meetings and history', () => {
    fc.assert(
      fc.property(constrained, (input) => {
        const shuffled = { ...input, members: [...input.members].reverse(), meetings: [...input.meetings].reverse(), history: [...input.history].reverse() };
        expect(planPairings(shuffled)).toEqual(planPairings(input));
      }),
    );
  });
});
