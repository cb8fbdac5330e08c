import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMeetingTemplate, NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE } from '../../../shared/meetings/templates';
import { timeboxTotals, type TimeboxEntry } from '../../../shared/meetings/timebox';

const sc = parseMeetingTemplate(NIXOS_SC_TEMPLATE).sections;
const team = parseMeetingTemplate(TEAM_MEETING_TEMPLATE).sections;
const e = (id: string, section: string, order: number, timeboxMin?: number): TimeboxEntry => ({ id, section, order, ...(timeboxMin === undefined ? {} : { timeboxMin }) });

describe('timeboxTotals', () => {
  it('plans the SC template at exactly sixty minutes', () => {
    const t = timeboxTotals([], sc, 60);
    expect(t.totalMin).toBe(60);
    expect(t.remainingMin).toBe(0);
    expect(t.overrunMin).toBe(0);
  });

  it('plans the team template at exactly thirty minutes', () => {
    expect(timeboxTotals([], team, 30).totalMin).toBe(30);
  });

  it('lets untimed entries share what the timed ones leave of their section', () => {
    const t = timeboxTotals([e('a', 'Old topics', 1, 8), e('b', 'Old topics', 2), e('c', 'Old topics', 3)], sc, 60);
    expect(t.entries.filter((x) => x.section === 'Old topics').map((x) => x.minutes)).toEqual([8, 6, 6]);
  });

  it('gives the odd minutes of a shared timebox to the earliest entries', () => {
    const t = timeboxTotals([e('a', 'New topics', 1), e('b', 'New topics', 2), e('c', 'New topics', 3)], sc, 60);
    expect(t.entries.map((x) => x.minutes)).toEqual([7, 7, 6]);
  });

  it('grows a section past its timebox and reports the overrun against the meeting', () => {
    const t = timeboxTotals([e('a', 'Budget', 1, 12)], team, 30);
    expect(t.sections.find((s) => s.title === 'Budget')).toMatchObject({ budgetMin: 5, plannedMin: 12, overrunMin: 7 });
    expect(t.totalMin).toBe(37);
    expect(t.overrunMin).toBe(7);
    expect(t.remainingMin).toBe(-7);
  });

  it('gives untimed entries no time in a section without a timebox', () => {
    const t = timeboxTotals([e('h', 'Housekeeping', 1)], sc, 60);
    expect(t.entries[0]).toMatchObject({ minutes: 0, startMin: 0, isShared: true });
  });

  it('keeps a running total so that entries past the meeting length are flagged', () => {
    const t = timeboxTotals([e('s', 'Status check', 1, 5), e('a', 'Asks and decisions', 1, 25), e('b', 'Blockers', 1)], team, 30);
    expect(t.entries.map((x) => [x.id, x.startMin, x.endMin, x.isOver])).toEqual([
      ['s', 0, 5, false],
      ['a', 5, 30, false],
      ['b', 30, 35, true],
    ]);
  });

  it('counts entries of a section the template does not have after the template sections', () => {
    const t = timeboxTotals([e('x', 'Extra', 1, 4)], team, 30);
    expect(t.sections.at(-1)).toMatchObject({ title: 'Extra', plannedMin: 4, startMin: 30 });
    expect(t.overrunMin).toBe(4);
  });

  it('always sums the sections to the total and never hands out more than a section plans', () => {
    const entryArb = fc.record({ section: fc.constantFrom(...team.map((s) => s.title)), timeboxMin: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), (raw) => {
        const entries = raw.map((r, i) => e(`e${i}`, r.section, i, r.timeboxMin));
        const t = timeboxTotals(entries, team, 30);
        expect(t.sections.reduce((s, x) => s + x.plannedMin, 0)).toBe(t.totalMin);
        for (const s of t.sections) {
          const used = t.entries.filter((x) => x.section === s.title).reduce((a, x) => a + x.minutes, 0);
          expect(used).toBeLessThanOrEqual(s.plannedMin);
        }
      }),
    );
  });
});
