import { describe, expect, it } from 'vitest';
import { planStates, planSummary, teamTarget, type ImportPlan } from '../../../shared/import/plan';
import { isMove, postState, targetOfTeamId, type TeamTarget } from '../../../shared/import/post-state';
import type { ParsedUpdate } from '../../../shared/parse/types';

const xen: TeamTarget = { kind: 'team', teamId: 'xen' };
const docs: TeamTarget = { kind: 'team', teamId: 'docs' };

describe('postState', () => {
  it.each([
    { stored: undefined, raw: 'a', target: xen, state: 'new' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a', target: xen, state: 'unchanged' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a (edited)', target: xen, state: 'edited' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a\n', target: xen, state: 'edited' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a', target: docs, state: 'moved' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a', target: { kind: 'none' }, state: 'moved' },
    { stored: { raw: 'a', teamId: null }, raw: 'a', target: { kind: 'none' }, state: 'unchanged' },
    { stored: { raw: 'a', teamId: null }, raw: 'a', target: xen, state: 'moved' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a', target: { kind: 'new', name: 'Xen' }, state: 'moved' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'b', target: docs, state: 'edited' },
  ] as const)('calls a post $state when stored as $stored, parsed as $raw and going to $target', ({ stored, raw, target, state }) => {
    expect(postState(stored, { raw }, target)).toBe(state);
  });

  it('tells an edited post that also changes team apart (its badge says both)', () => {
    expect(isMove({ raw: 'a', teamId: 'xen' }, docs)).toBe(true);
    expect(isMove({ raw: 'a', teamId: 'xen' }, targetOfTeamId('xen'))).toBe(false);
    expect(isMove({ raw: 'a', teamId: null }, targetOfTeamId(null))).toBe(false);
  });
});

describe('teamTarget', () => {
  const teams = [{ id: 'xen', name: 'Xen Project team' }];
  it('resolves a choice the way the write does', () => {
    expect(teamTarget({ kind: 'existing', teamId: 'docs' }, teams)).toEqual(docs);
    expect(teamTarget({ kind: 'none' }, teams)).toEqual({ kind: 'none' });
    // A "new" team named like an existing one is that team: the write creates no second one.
    expect(teamTarget({ kind: 'new', name: ' xen project TEAM ', key: null }, teams)).toEqual(xen);
    expect(teamTarget({ kind: 'new', name: 'Infra', key: null }, teams)).toEqual({ kind: 'new', name: 'Infra' });
  });
});

describe('planSummary and planStates', () => {
  const update = (n: number, raw: string): ParsedUpdate => ({ key: `t#${n}`, raw, items: [], sections: [], isTeamUpdate: true } as unknown as ParsedUpdate);
  const teams = [{ id: 'xen', name: 'Xen Project team' }, { id: 'docs', name: 'Documentation team' }];
  const plan = (choices: ImportPlan['choices']): ImportPlan => ({
    result: { updates: [update(1, 'one'), update(2, 'two'), update(3, 'three')], threads: [], warnings: [] } as unknown as ImportPlan['result'],
    sources: [], choices,
    stored: { 't#1': { raw: 'one', teamId: 'xen' }, 't#2': { raw: 'two', teamId: 'xen' } },
  });

  it('counts a stored post the member puts under another team as moved, naming the team', () => {
    const p = plan({
      't#1': { include: true, team: { kind: 'existing', teamId: 'docs' } },
      't#2': { include: true, team: { kind: 'existing', teamId: 'xen' } },
      't#3': { include: false, team: { kind: 'none' } },
    });
    expect(planSummary(p, teams)).toMatchObject({ included: 2, added: 0, edited: 0, moved: 1, unchanged: 1, movedTo: ['Documentation team'] });
    expect(planStates(p, teams)).toEqual({ 't#1': 'moved', 't#2': 'unchanged', 't#3': 'new' });
  });

  it('counts nothing to write when every ticked post stays as stored', () => {
    const p = plan({ 't#1': { include: true, team: { kind: 'existing', teamId: 'xen' } }, 't#2': { include: true, team: { kind: 'new', name: 'Xen Project team', key: null } }, 't#3': { include: false, team: { kind: 'none' } } });
    expect(planSummary(p, teams)).toMatchObject({ added: 0, edited: 0, moved: 0, unchanged: 2, teams: 1, newTeams: [] });
  });
});
