import { describe, expect, it } from 'vitest';
import { filterDecisions } from '../../../../renderer/features/decisions/filter-decisions';
import { NO_DECISION_FILTERS } from '../../../../renderer/store/slices/decisions-slice';
import type { DecisionId, DecisionRow, ItemId, MeetingId, TagId, TeamId } from '../../../../shared/model';

const d = (n: number, over: Partial<DecisionRow> = {}): DecisionRow => ({
  id: `d${n}` as DecisionId, number: n, title: `Decision ${n}`, motion: '', options: [], status: 'proposed', venue: { kind: 'meeting' }, votes: [], rationale: '',
  confidentiality: 'public', itemIds: [], teamIds: [], tagIds: [], createdAt: '2024-11-25T10:00:00.000Z', updatedAt: '2024-11-25T10:00:00.000Z', ...over,
});

const all = [
  d(1, { title: 'Approve Xen pre-disclosure', teamIds: ['xen' as TeamId], status: 'approved', decidedOn: '2024-12-02' }),
  d(2, { title: 'Fund marketing', motion: 'Fund 1-1.5 people', teamIds: ['marketing' as TeamId], status: 'deferred', itemIds: ['mkt' as ItemId] }),
  d(3, { title: 'Matrix room', tagIds: ['t-access' as TagId], createdAt: '2025-01-10T10:00:00.000Z' }),
];
const items = [{ id: 'mkt' as ItemId, tagIds: ['t-budget' as TagId] }];
const run = (patch: Partial<typeof NO_DECISION_FILTERS>) => filterDecisions(all, { ...NO_DECISION_FILTERS, ...patch }, items).map((x) => x.number);

describe('filterDecisions', () => {
  it('keeps everything without filters', () => expect(run({})).toEqual([1, 2, 3]));
  it('filters by team', () => expect(run({ teamId: 'xen' })).toEqual([1]));
  it('filters by status', () => expect(run({ status: 'deferred' })).toEqual([2]));
  it('filters by the decision day, or the day proposed when undecided', () => expect(run({ from: '2024-12-01', to: '2024-12-31' })).toEqual([1]));
  it('matches a tag of the decision or of the items it decides', () => {
    expect(run({ tagId: 't-budget' })).toEqual([2]);
    expect(run({ tagId: 't-access' })).toEqual([3]);
  });
  it('searches title and motion, all words, ignoring case', () => expect(run({ query: 'FUND people' })).toEqual([2]));
  it('files a meeting’s decision under the meeting’s day, not the day it was recorded', () => {
    const atMeeting = d(4, { status: 'approved', decidedOn: '2026-12-04', venue: { kind: 'meeting', meetingId: 'm-xen' as MeetingId } });
    const meetings = [{ id: 'm-xen' as MeetingId, startsAt: '2026-12-14T17:00:00.000Z', timeZone: 'Europe/Berlin' }];
    const range = { ...NO_DECISION_FILTERS, from: '2026-12-10', to: '2026-12-31' };
    expect(filterDecisions([atMeeting], range, [], meetings).map((x) => x.number)).toEqual([4]);
  });
});
