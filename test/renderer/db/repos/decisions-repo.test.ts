import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { changeDecisionStatus, createDecision, DecisionInputError, setVote, updateDecision, type DecisionDraft } from '../../../../renderer/db/repos/decisions-repo';
import { historyOf, undoLastChange } from '../../../../renderer/db/repos/history-repo';
import type { DecisionId, ItemId, MeetingId, MemberId, TeamId } from '../../../../shared/model';
import { item, seedSampleWorkspace } from '../../support/seed';

const draft = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
  title: 'Approve the Xen team’s application to the pre-disclosure list',
  motion: 'The SC approves the application.',
  options: [],
  venue: { kind: 'meeting' },
  rationale: '',
  confidentiality: 'public',
  itemIds: ['xen-approval' as ItemId],
  teamIds: [],
  tagIds: [],
  ...over,
});

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});

describe('createDecision', () => {
  it('numbers decisions one after another', async () => {
    const a = await createDecision(draft(), 'Tom');
    const b = await createDecision(draft({ title: 'Second', itemIds: [] }), 'Tom');
    expect([a.number, b.number]).toEqual([1, 2]);
  });

  it('links the items and takes their teams and thread without deciding them yet', async () => {
    const d = await createDecision(draft(), 'Tom');
    const linked = await db.items.get('xen-approval');
    expect(linked?.decisionIds).toEqual([d.id]);
    expect(linked?.status).toBe('new');
    expect(d.teamIds).toEqual(['xen']);
    expect(d.threadId).toBe('thread-56458');
  });

  it('refuses a decision without a title', async () => {
    await expect(createDecision(draft({ title: '  ' }), 'Tom')).rejects.toMatchObject({ code: 'missing-title' });
    expect(await db.decisions.count()).toBe(0);
  });

  it('refuses an async vote that closes before it opens', async () => {
    const venue = { kind: 'async' as const, opensAt: '2024-12-02T10:00:00.000Z', closesAt: '2024-12-01T10:00:00.000Z', timeZone: 'Europe/Berlin' };
    await expect(createDecision(draft({ venue }), 'Tom')).rejects.toBeInstanceOf(DecisionInputError);
  });
});

describe('changeDecisionStatus', () => {
  it('approves the decision and marks its items decided in the same change', async () => {
    const d = await createDecision(draft(), 'Tom');
    await changeDecisionStatus(d.id, 'approved', { decidedOn: '2024-12-02' }, 'Tom');
    expect(await db.decisions.get(d.id)).toMatchObject({ status: 'approved', decidedOn: '2024-12-02' });
    expect(await db.items.get('xen-approval')).toMatchObject({ status: 'decided', decisionIds: [d.id] });
    expect((await historyOf('items', 'xen-approval'))[0]?.summary).toContain('new → decided');
  });

  it('dates a decision taken at a meeting on the meeting’s day, whatever day the outcome is recorded', async () => {
    await db.meetings.add({
      id: 'm-xen' as MeetingId, title: 'Xen team meeting', teamIds: ['xen' as TeamId], seriesKey: 'team:xen', startsAt: '2026-12-14T17:00:00.000Z', timeZone: 'Europe/Berlin',
      durationMin: 30, memberIds: [], teamReps: [], observers: [], status: 'planned', attendance: {}, createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z',
    });
    const d = await createDecision(draft({ venue: { kind: 'meeting', meetingId: 'm-xen' as MeetingId } }), 'Tom');
    await changeDecisionStatus(d.id, 'approved', { decidedOn: '2026-12-04' }, 'Tom');
    expect((await db.decisions.get(d.id))?.decidedOn).toBe('2026-12-14');
  });

  it('refuses a transition the rules do not allow and changes nothing', async () => {
    const d = await createDecision(draft(), 'Tom');
    await changeDecisionStatus(d.id, 'withdrawn', {}, 'Tom');
    await expect(changeDecisionStatus(d.id, 'approved', {}, 'Tom')).rejects.toMatchObject({ code: 'status-refused' });
    expect((await db.decisions.get(d.id))?.status).toBe('withdrawn');
  });

  it('leaves decision, items and history unchanged when saving the last item fails', async () => {
    // An item too long for the schema: validation throws after the decision and the first item were written.
    await db.items.add(item('broken', 'u-xen', 'xen', 'x'.repeat(100_001)));
    const d = await createDecision(draft({ itemIds: ['xen-approval' as ItemId, 'xen-alias' as ItemId] }), 'Tom');
    await db.decisions.update(d.id, { itemIds: ['xen-approval' as ItemId, 'xen-alias' as ItemId, 'broken' as ItemId] });
    const before = { decisions: await db.decisions.toArray(), items: await db.items.toArray(), history: await db.history.toArray() };
    await expect(changeDecisionStatus(d.id, 'approved', {}, 'Tom')).rejects.toThrow();
    expect(await db.decisions.toArray()).toEqual(before.decisions);
    expect(await db.items.toArray()).toEqual(before.items);
    expect(await db.history.toArray()).toEqual(before.history);
  });

  it('can be undone for the decision while the items keep their own history', async () => {
    const d = await createDecision(draft(), 'Tom');
    await changeDecisionStatus(d.id, 'deferred', {}, 'Tom');
    expect((await db.items.get('xen-approval'))?.status).toBe('deferred');
    await undoLastChange('Tom');
    await undoLastChange('Tom');
    expect((await db.decisions.get(d.id))?.status).toBe('proposed');
    expect((await db.items.get('xen-approval'))?.status).toBe('new');
  });

  it('names the decision that supersedes an approved one', async () => {
    const old = await createDecision(draft(), 'Tom');
    const replacement = await createDecision(draft({ title: 'New approach', itemIds: [] }), 'Tom');
    await changeDecisionStatus(old.id, 'approved', {}, 'Tom');
    await changeDecisionStatus(old.id, 'superseded', { supersededBy: replacement.id }, 'Tom');
    expect(await db.decisions.get(old.id)).toMatchObject({ status: 'superseded', supersededBy: replacement.id });
  });

  it('refuses to supersede with a decision that does not exist', async () => {
    const old = await createDecision(draft(), 'Tom');
    await changeDecisionStatus(old.id, 'approved', {}, 'Tom');
    await expect(changeDecisionStatus(old.id, 'superseded', { supersededBy: 'nope' as DecisionId }, 'Tom')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('setVote', () => {
  it('replaces a member’s earlier vote instead of adding a second one', async () => {
    const d = await createDecision(draft(), 'Tom');
    await setVote(d.id, 'm-tom' as MemberId, '-1', '', 'Tom');
    await setVote(d.id, 'm-tom' as MemberId, '+1', 'Needed for security work', 'Tom');
    expect((await db.decisions.get(d.id))?.votes).toEqual([{ memberId: 'm-tom', vote: '+1', rationale: 'Needed for security work' }]);
  });

  it('removes the record when the vote goes back to no vote', async () => {
    const d = await createDecision(draft(), 'Tom');
    await setVote(d.id, 'm-tom' as MemberId, '+1', '', 'Tom');
    await setVote(d.id, 'm-tom' as MemberId, 'none', '', 'Tom');
    expect((await db.decisions.get(d.id))?.votes).toEqual([]);
  });
});

describe('updateDecision', () => {
  it('unlinks items that are no longer covered and links new ones', async () => {
    const d = await createDecision(draft(), 'Tom');
    await updateDecision(d.id, { itemIds: ['xen-alias' as ItemId] }, 'Tom');
    expect((await db.items.get('xen-approval'))?.decisionIds).toEqual([]);
    expect((await db.items.get('xen-alias'))?.decisionIds).toEqual([d.id]);
  });

  it('records which fields were edited', async () => {
    const d = await createDecision(draft(), 'Tom');
    await updateDecision(d.id, { rationale: 'Security matters.', title: d.title }, 'Julien');
    expect((await historyOf('decisions', d.id))[0]).toMatchObject({ by: 'Julien', summary: 'edited rationale' });
  });
});
