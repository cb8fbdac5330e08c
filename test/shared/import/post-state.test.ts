import { describe, expect, it } from 'vitest';
import { planStates, planSummary, teamTarget, type ImportPlan } from '../../../shared/import/plan';
import { fillsOf, isMove, postState, targetOfTeamId, textRelation, type TeamTarget } from '../../../shared/import/post-state';
import type { ParsedUpdate } from '../../../shared/parse/types';

const xen: TeamTarget = { kind: 'team', teamId: 'xen' };
const docs: TeamTarget = { kind: 'team', teamId: 'docs' };

describe('postState', () => {
  it.each([
    { stored: undefined, raw: 'a', target: xen, state: 'new' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a', target: xen, state: 'unchanged' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a (edited)', target: xen, state: 'edited' },
    // Forms differ in trailing blank space (/raw/ trims it): not an edit (issue 14).
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a\n', target: xen, state: 'unchanged' },
    { stored: { raw: 'a', teamId: 'xen' }, raw: 'a.', target: xen, state: 'edited' },
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
  const update = (n: number, raw: string): ParsedUpdate => ({ key: `t#${n}`, threadKey: 't', author: 'unknown', raw, items: [], sections: [], isTeamUpdate: true } as unknown as ParsedUpdate);
  const teams = [{ id: 'xen', name: 'Xen Project team' }, { id: 'docs', name: 'Documentation team' }];
  const plan = (choices: ImportPlan['choices']): ImportPlan => ({
    result: { updates: [update(1, 'one'), update(2, 'two'), update(3, 'three')], threads: [], warnings: [] } as unknown as ImportPlan['result'],
    sources: [], choices,
    stored: {
      threads: [{ id: 'th:t', title: 'T', importedAt: '2024-12-02T10:00:00.000Z' }],
      posts: [1, 2].map((n) => ({ id: `up:t#${n}`, threadId: 'th:t', raw: n === 1 ? 'one' : 'two', teamId: 'xen', author: 'unknown', importedAt: '2024-12-02T10:00:00.000Z' })),
    },
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

describe('the same post in another form (issue 14)', () => {
  const md = '## Current Status\n\n- We booted a [Xen](https://xenproject.org) host.\n- We need a **nixos.org** address.';
  const pasted = 'Current Status\nWe booted a Xen host.\nWe need a nixos.org address.';
  const stored = { raw: md, teamId: 'xen', author: 'xen_lead', postNumber: 2, postedAt: '2024-11-25T13:00:00.000Z' };

  it('reads a browser copy of a stored Markdown post as the same text, never as an edit', () => {
    expect(textRelation(stored, { raw: pasted, sourceKind: 'plain-text' })).toBe('same');
    expect(postState(stored, { raw: pasted, sourceKind: 'plain-text', author: 'unknown' }, xen)).toBe('unchanged');
  });

  it('takes the Markdown of a post stored from a browser copy, without a revision', () => {
    expect(textRelation({ raw: pasted }, { raw: md, sourceKind: 'discourse-topic-json' })).toBe('richer');
    expect(postState({ raw: pasted, teamId: 'xen' }, { raw: md, sourceKind: 'discourse-topic-json' }, xen)).toBe('enriched');
  });

  it('still calls changed words an edit, whatever the form', () => {
    expect(postState(stored, { raw: `${pasted}\nAnd a budget.`, sourceKind: 'plain-text' }, xen)).toBe('edited');
  });

  it('fills only what the stored post lacks', () => {
    const raw = { raw: md, teamId: 'xen', author: 'unknown', editedAt: '2024-11-25T13:00:00.000Z' };
    const json = { raw: md, author: 'xen_lead', postId: 200002, postNumber: 2, postedAt: '2024-11-25T13:00:00.000Z', url: 'https://discourse.nixos.org/t/x/56458/2' };
    expect(fillsOf(raw, json)).toEqual({ author: 'xen_lead', postId: 200002, postNumber: 2, postedAt: '2024-11-25T13:00:00.000Z', url: json.url });
    expect(postState(raw, json, xen)).toBe('enriched');
    // The poorer form adds nothing to the richer one: not even its /raw/ header date.
    expect(fillsOf({ ...json, teamId: 'xen' }, { raw: md, author: 'xen_lead', editedAt: '2024-11-25T13:00:00.000Z' })).toEqual({});
    expect(postState({ ...json, teamId: 'xen' }, { raw: md, editedAt: '2024-11-25T13:00:00.000Z' }, xen)).toBe('unchanged');
  });
});
