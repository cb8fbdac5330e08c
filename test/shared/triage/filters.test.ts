import { describe, expect, it } from 'vitest';
import { activeCriteria, filterItems, matchesFilter, needsSc, savedFilter, sortItems } from '../../../shared/triage/filters';
import { item, memberId, tagId, teamId } from '../../fixtures/triage/item-rows';

const tom = memberId('m-tom');
const items = [
  item('xen-ask', { teamId: teamId('xen'), isAsk: true, askType: 'approval', kind: 'blocker', tagIds: [tagId('t1')], assigneeIds: [tom], priority: 'high', createdAt: '2024-11-20T00:00:00.000Z' }),
  item('mkt-budget', { teamId: teamId('marketing'), isAsk: true, askType: 'budget', kind: 'budget', priority: 'urgent', createdAt: '2024-11-22T00:00:00.000Z' }),
  item('docs-status', { teamId: teamId('docs'), kind: 'status', status: 'resolved', seenBy: [tom], createdAt: '2024-11-18T00:00:00.000Z' }),
  item('stdenv-passed', { teamId: teamId('stdenv'), isAsk: true, status: 'not-for-sc', statusReason: 'infra', createdAt: '2024-11-19T00:00:00.000Z' }),
];
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('item filters', () => {
  it('matches every item when no criterion is set', () => {
    expect(filterItems(items, {})).toHaveLength(items.length);
  });

  it('combines criteria with AND', () => {
    expect(ids(filterItems(items, { teamId: teamId('xen'), kind: 'blocker' }))).toEqual(['xen-ask']);
    expect(filterItems(items, { teamId: teamId('xen'), kind: 'budget' })).toEqual([]);
  });

  it('filters by tag, status and ask type', () => {
    expect(ids(filterItems(items, { tagId: tagId('t1') }))).toEqual(['xen-ask']);
    expect(ids(filterItems(items, { status: 'resolved' }))).toEqual(['docs-status']);
    expect(ids(filterItems(items, { askType: 'budget' }))).toEqual(['mkt-budget']);
  });

  it('tells assigned from unassigned items', () => {
    expect(ids(filterItems(items, { assignee: tom }))).toEqual(['xen-ask']);
    expect(ids(filterItems(items, { assignee: 'unassigned' }))).toEqual(['mkt-budget', 'docs-status', 'stdenv-passed']);
  });

  it('counts open asks and blockers as needing the SC, but not items passed on', () => {
    expect(ids(filterItems(items, { needsSc: true }))).toEqual(['xen-ask', 'mkt-budget']);
    expect(needsSc(item('b', { kind: 'blocker' }))).toBe(true);
  });

  it('finds budget requests by kind or ask type', () => {
    expect(ids(filterItems(items, savedFilter('budget', null)!))).toEqual(['mkt-budget']);
    expect(matchesFilter(item('x', { kind: 'other', askType: 'budget' }), { budget: true })).toBe(true);
  });

  it('builds "my items" for the member, and nothing without one', () => {
    expect(ids(filterItems(items, savedFilter('mine', tom)!))).toEqual(['xen-ask']);
    expect(savedFilter('mine', null)).toBeNull();
  });

  it('keeps only items a member has not opened when asked for unseen ones', () => {
    expect(ids(filterItems(items, { unseenBy: tom }))).not.toContain('docs-status');
  });

  it('counts the criteria that are set', () => {
    expect(activeCriteria({ teamId: teamId('xen'), needsSc: true })).toBe(2);
    expect(activeCriteria({ needsSc: false })).toBe(0);
  });
});

describe('item sorting', () => {
  const names: Record<string, string> = { xen: 'Xen', marketing: 'Marketing', docs: 'Documentation', stdenv: 'stdenv' };
  const name = (id: string) => names[id];

  it('sorts by team name, case-insensitively', () => {
    expect(ids(sortItems(items, 'team', name))).toEqual(['docs-status', 'mkt-budget', 'stdenv-passed', 'xen-ask']);
  });

  it('sorts oldest first by age', () => {
    expect(ids(sortItems(items, 'age', name))).toEqual(['docs-status', 'stdenv-passed', 'xen-ask', 'mkt-budget']);
  });

  it('sorts urgent first, then by age', () => {
    expect(ids(sortItems(items, 'priority', name))).toEqual(['mkt-budget', 'xen-ask', 'docs-status', 'stdenv-passed']);
  });

  it('puts items without a team last when sorting by team', () => {
    const loose = item('loose', { teamId: null });
    expect(sortItems([loose, ...items], 'team', name).at(-1)?.id).toBe('loose');
  });

  it('does not change the input array', () => {
    const copy = [...items];
    sortItems(items, 'age', name);
    expect(items).toEqual(copy);
  });
});
