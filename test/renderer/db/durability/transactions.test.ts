// SECURITY.md check 33: a multi-table write that fails midway leaves every table unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { recordEntryDecision } from '../../../../renderer/db/repos/agenda-repo';
import { makeBackup, readAllTables, replaceAllTables } from '../../../../renderer/db/repos/backup-repo';
import type { AgendaEntryId, ItemId, MeetingId } from '../../../../shared/model';
import { seedSampleWorkspace, T0 } from '../../support/seed';
import { failWritesTo, stopFailing } from './inject';

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await db.meetings.add({
    id: 'mt-1' as MeetingId, title: 'Xen sync', teamIds: [], seriesKey: 'sc', timeZone: 'UTC', durationMin: 30, memberIds: [], teamReps: [], observers: [],
    status: 'planned', attendance: {}, createdAt: T0, updatedAt: T0,
  });
  await db.agendaEntries.add({ id: 'ae-1' as AgendaEntryId, meetingId: 'mt-1' as MeetingId, section: 'Asks', order: 1, title: 'Xen alias', itemId: 'xen-alias' as ItemId, confidential: false, minutes: '', conclusion: '', isDone: false });
});
afterEach(async () => {
  await stopFailing();
});

describe('a multi-table write that fails midway', () => {
  it('recording a decision on an agenda entry leaves decisions, entries, items and history unchanged', async () => {
    const before = await readAllTables();
    // The decision and the entry's link are written first; the item update fails.
    const fault = await failWritesTo('items', () => new Error('injected failure after the second write'));
    await expect(recordEntryDecision('ae-1' as AgendaEntryId, { title: 'Approve the alias', motion: '', status: 'approved', votes: [] })).rejects.toThrow('injected');
    expect(fault.attempts()).toBe(1);
    expect(await readAllTables()).toEqual(before);
  });

  it('a restore that fails on its last table leaves every table as it was', async () => {
    const { backup } = await makeBackup('manual', '0.1.0');
    await db.items.clear();
    await db.tags.update('t-budget', { name: 'money' });
    const before = await readAllTables();
    // Clearing history is its first write; adding its rows, the last write of the restore, fails.
    await failWritesTo('history', () => new Error('injected failure in the last table'), 1);
    const withHistory = { ...backup.tables, history: [{ id: 'h-1', table: 'items', recordId: 'xen-alias', at: T0, by: 'Ada', summary: 'x' }] };
    await expect(replaceAllTables(withHistory)).rejects.toThrow('injected');
    expect(await readAllTables()).toEqual(before);
  });
});
