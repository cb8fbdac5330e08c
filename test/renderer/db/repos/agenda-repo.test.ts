import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import {
  addEntries, addMeetingAction, moveEntryStep, moveEntryTo, recordEntryDecision, removeEntry, updateEntry,
} from '../../../../renderer/db/repos/agenda-repo';
import { historyOf } from '../../../../renderer/db/repos/history-repo';
import { createMeetings } from '../../../../renderer/db/repos/meetings-repo';
import { recordsDecisionDay } from '../../../../shared/decisions/status-rules';
import { sectionEntries } from '../../../../shared/meetings/order';
import type { ItemId, MeetingRow, MemberId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

let meeting: MeetingRow;
const titles = async (section: string) => sectionEntries(await db.agendaEntries.where('meetingId').equals(meeting.id).toArray(), section).map((e) => e.title);

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  [meeting] = (await createMeetings([{ title: 'Xen team meeting', teamIds: ['xen' as TeamId], date: '2026-05-06', time: '17:00', timeZone: 'UTC', durationMin: 30, memberIds: ['m-tom', 'm-julien'] as MemberId[] }])) as [MeetingRow];
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('addEntries', () => {
  it('appends entries at the end of their section, in the order given', async () => {
    await addEntries(meeting.id, [{ section: 'Blockers', title: 'One' }, { section: 'Blockers', title: 'Two' }]);
    await addEntries(meeting.id, [{ section: 'Blockers', title: 'Three' }]);
    expect(await titles('Blockers')).toEqual(['One', 'Two', 'Three']);
  });

  it('refuses an entry without a title and adds none of the batch', async () => {
    await expect(addEntries(meeting.id, [{ section: 'Blockers', title: 'One' }, { section: 'Blockers', title: ' ' }])).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await db.agendaEntries.count()).toBe(0);
  });
});

describe('moving entries', () => {
  it('moves an entry by drag and drop by writing that one entry, with history', async () => {
    const [a, b, c] = await addEntries(meeting.id, [{ section: 'Blockers', title: 'A' }, { section: 'Blockers', title: 'B' }, { section: 'Blockers', title: 'C' }]);
    await moveEntryTo(meeting.id, c!.id, 'Blockers', 0);
    expect(await titles('Blockers')).toEqual(['C', 'A', 'B']);
    expect((await db.agendaEntries.get(a!.id))?.order).toBe(a!.order);
    expect((await db.agendaEntries.get(b!.id))?.order).toBe(b!.order);
    expect((await historyOf('agendaEntries', c!.id))[0]?.summary).toContain('moved');
  });

  it('moves an entry from the top of a section to the end of the previous one with the keyboard', async () => {
    await addEntries(meeting.id, [{ section: 'Status check', title: 'Status' }]);
    const [blocker] = await addEntries(meeting.id, [{ section: 'Blockers', title: 'Blocker' }]);
    await moveEntryStep(meeting.id, blocker!.id, 'up', ['Status check', 'Asks and decisions', 'Blockers']);
    expect(await titles('Asks and decisions')).toEqual(['Blocker']);
    await moveEntryStep(meeting.id, blocker!.id, 'up', ['Status check', 'Asks and decisions', 'Blockers']);
    expect(await titles('Status check')).toEqual(['Status', 'Blocker']);
  });
});

describe('updateEntry and removeEntry', () => {
  it('saves a presenter and a timebox and refuses to empty the title', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Blockers', title: 'A' }]);
    await updateEntry(e!.id, { presenter: '@tomberek', timeboxMin: 10 });
    expect(await db.agendaEntries.get(e!.id)).toMatchObject({ presenter: '@tomberek', timeboxMin: 10 });
    await expect(updateEntry(e!.id, { title: '' })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(updateEntry(e!.id, { timeboxMin: 5000 })).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('removes an entry but keeps its linked item', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Blockers', title: 'Alias', itemId: 'xen-alias' as ItemId }]);
    await removeEntry(e!.id);
    expect(await db.agendaEntries.get(e!.id)).toBeUndefined();
    expect(await db.items.get('xen-alias')).toBeDefined();
  });
});

describe('recordEntryDecision', () => {
  it('creates a decision of the meeting, links it to the entry and marks the item decided', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Asks and decisions', title: 'Approval', itemId: 'xen-approval' as ItemId }]);
    const d = await recordEntryDecision(e!.id, { title: 'Apply to the pre-disclosure list', motion: '', status: 'approved', votes: [{ memberId: 'm-tom' as MemberId, vote: '+1' }] });
    expect(d).toMatchObject({ number: 1, meetingId: meeting.id, venue: { kind: 'meeting', meetingId: meeting.id }, itemIds: ['xen-approval'], teamIds: ['xen'] });
    expect(await db.decisions.get(d.id)).toEqual(d);
    expect((await db.agendaEntries.get(e!.id))?.decisionId).toBe(d.id);
    expect(await db.items.get('xen-approval')).toMatchObject({ status: 'decided', decisionIds: [d.id] });
  });

  it('dates the decision on the meeting’s day, not the day the minutes are typed in', async () => {
    // The meeting is on 2026-05-06; the minutes are written on 2026-04-26 (or any other day).
    vi.useFakeTimers({ now: new Date('2026-04-26T09:00:00.000Z'), toFake: ['Date'] });
    const [e] = await addEntries(meeting.id, [{ section: 'Asks and decisions', title: 'Approval', itemId: 'xen-approval' as ItemId }]);
    const d = await recordEntryDecision(e!.id, { title: 'Apply to the pre-disclosure list', motion: '', status: 'approved', votes: [] });
    vi.useRealTimers();
    expect(d.decidedOn).toBe('2026-05-06');
  });

  it('records no decision day for a deferral: the question is parked, not decided (status-rules.ts)', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Asks and decisions', title: 'Approval', itemId: 'xen-approval' as ItemId }]);
    const d = await recordEntryDecision(e!.id, { title: 'Apply to the pre-disclosure list', motion: '', status: 'deferred', votes: [] });
    expect(d.status).toBe('deferred');
    expect('decidedOn' in d).toBe(false);
    expect((await db.decisions.get(d.id))?.decidedOn).toBeUndefined();
    expect(await db.items.get('xen-approval')).toMatchObject({ status: 'deferred', decisionIds: [d.id] });
  });

  it.each(['approved', 'rejected', 'deferred', 'proposed'] as const)('dates a %s decision exactly when the shared rule says it was taken', async (status) => {
    const [e] = await addEntries(meeting.id, [{ section: 'Asks and decisions', title: 'Approval', itemId: 'xen-approval' as ItemId }]);
    const d = await recordEntryDecision(e!.id, { title: 'Apply', motion: '', status, votes: [] });
    expect(d.decidedOn).toBe(recordsDecisionDay(status) ? '2026-05-06' : undefined);
  });

  it('leaves the decisions, the entry and the item unchanged when a write fails midway', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Asks and decisions', title: 'Approval', itemId: 'xen-approval' as ItemId }]);
    const before = { item: await db.items.get('xen-approval'), entry: await db.agendaEntries.get(e!.id), history: await db.history.count() };
    const add = db.history.add.bind(db.history);
    let calls = 0;
    // The third history row is the item's: the decision and the entry link are written by then.
    vi.spyOn(db.history, 'add').mockImplementation((row) => (++calls === 3 ? Dexie.Promise.reject(new Error('disk failed')) : add(row)) as ReturnType<typeof add>);
    await expect(recordEntryDecision(e!.id, { title: 'Apply', motion: '', status: 'approved', votes: [] })).rejects.toThrow('disk failed');
    expect(calls).toBe(3);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.agendaEntries.get(e!.id)).toEqual(before.entry);
    expect(await db.items.get('xen-approval')).toEqual(before.item);
    expect(await db.history.count()).toBe(before.history);
  });
});

describe('addMeetingAction', () => {
  it('adds an open action created by and tracked in the meeting', async () => {
    const a = await addMeetingAction(meeting.id, { text: 'Send the list', owner: { kind: 'member', memberId: 'm-julien' as MemberId }, dueOn: '2026-05-13' });
    expect(await db.actions.get(a.id)).toMatchObject({ status: 'open', meetingId: meeting.id, origin: { kind: 'meeting', meetingId: meeting.id }, teamId: 'xen', dueOn: '2026-05-13' });
  });

  it('refuses a due date that is not a day', async () => {
    await expect(addMeetingAction(meeting.id, { text: 'X', owner: { kind: 'person', name: 'Ada' }, dueOn: '13/05/2026' })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await db.actions.count()).toBe(0);
  });
});
