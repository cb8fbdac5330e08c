import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { carryOverOpenActions, createAction, setActionStatus, updateAction } from '../../../../renderer/db/repos/actions-repo';
import { createDecision } from '../../../../renderer/db/repos/decisions-repo';
import { historyOf } from '../../../../renderer/db/repos/history-repo';
import type { ItemId, MeetingId, MeetingRow, MemberId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace, T0 } from '../../support/seed';

const meeting = (id: string, startsAt: string, over: Partial<MeetingRow> = {}): MeetingRow => ({
  id: id as MeetingId, title: `Xen meeting ${id}`, teamIds: ['xen' as TeamId], seriesKey: 'team:xen', startsAt, timeZone: 'UTC', durationMin: 30,
  memberIds: [], teamReps: [], observers: [], status: 'planned', attendance: {}, createdAt: T0, updatedAt: T0, ...over,
});

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});

describe('createAction', () => {
  it('takes the team of the decision it follows from and tracks it in that team’s next meeting', async () => {
    await db.meetings.bulkAdd([meeting('past', '2020-01-01T10:00:00.000Z', { status: 'held' }), meeting('next', '2999-01-01T10:00:00.000Z')]);
    const d = await createDecision({ title: 'Approve Xen', motion: '', options: [], venue: { kind: 'meeting' }, rationale: '', confidentiality: 'public', itemIds: ['xen-alias' as ItemId], teamIds: [], tagIds: [] }, 'Tom');
    const a = await createAction({ text: 'Ask infra for an @nixos.org alias', owner: { kind: 'member', memberId: 'm-tom' as MemberId }, dueOn: '2024-12-09', origin: { kind: 'decision', decisionId: d.id }, teamId: null }, 'Tom');
    expect(a).toMatchObject({ status: 'open', teamId: 'xen', meetingId: 'next' });
    expect((await historyOf('actions', a.id))[0]?.summary).toContain('created action');
  });

  it('refuses an action without text', async () => {
    await expect(createAction({ text: ' ', owner: { kind: 'person', name: 'Ann' }, origin: { kind: 'none' }, teamId: null }, 'Tom')).rejects.toMatchObject({ code: 'missing-text' });
    expect(await db.actions.count()).toBe(0);
  });

  it('refuses a due date that is not a calendar day', async () => {
    await expect(createAction({ text: 'x', owner: { kind: 'person', name: 'Ann' }, dueOn: '9 Dec', origin: { kind: 'none' }, teamId: null }, 'Tom')).rejects.toMatchObject({ code: 'invalid-field' });
  });
});

describe('setActionStatus and updateAction', () => {
  it('marks an action done with a history entry', async () => {
    const a = await createAction({ text: 'x', owner: { kind: 'person', name: 'Ann' }, origin: { kind: 'none' }, teamId: null }, 'Tom');
    await setActionStatus(a.id, 'done', 'Julien');
    expect((await db.actions.get(a.id))?.status).toBe('done');
    expect((await historyOf('actions', a.id))[0]).toMatchObject({ by: 'Julien', summary: 'status: open → done' });
  });

  it('changes the due date only', async () => {
    const a = await createAction({ text: 'x', owner: { kind: 'person', name: 'Ann' }, dueOn: '2024-12-01', origin: { kind: 'none' }, teamId: null }, 'Tom');
    await updateAction(a.id, { dueOn: '2024-12-09', text: 'x' }, 'Tom');
    expect((await historyOf('actions', a.id))[0]?.summary).toBe('edited dueOn');
  });
});

describe('carryOverOpenActions', () => {
  it('moves open actions of a held meeting on to the next meeting of the series, past meetings included', async () => {
    await db.meetings.bulkAdd([
      meeting('m1', '2024-11-01T10:00:00.000Z', { status: 'held' }),
      meeting('m2', '2024-11-15T10:00:00.000Z'),
      meeting('m3', '2999-01-01T10:00:00.000Z'),
      meeting('other', '2999-01-01T10:00:00.000Z', { seriesKey: 'team:docs' }),
    ]);
    const open = await createAction({ text: 'open', owner: { kind: 'person', name: 'Ann' }, origin: { kind: 'none' }, teamId: null, meetingId: 'm1' as MeetingId }, 'Tom');
    const done = await createAction({ text: 'done', owner: { kind: 'person', name: 'Ann' }, origin: { kind: 'none' }, teamId: null, meetingId: 'm1' as MeetingId }, 'Tom');
    await setActionStatus(done.id, 'done', 'Tom');
    expect(await carryOverOpenActions('2024-12-01T00:00:00.000Z', 'Tom')).toBe(1);
    expect((await db.actions.get(open.id))?.meetingId).toBe('m3');
    expect((await db.actions.get(done.id))?.meetingId).toBe('m1');
    expect(await carryOverOpenActions('2024-12-01T00:00:00.000Z', 'Tom')).toBe(0);
  });
});
