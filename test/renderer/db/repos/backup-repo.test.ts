import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import {
  checkBackupText, currentCounts, makeBackup, readAllTables, restoreBackup, undoRestore, type SaveBackup,
} from '../../../../renderer/db/repos/backup-repo';
import { storedTeamsOf, teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { defaultChoice } from '../../../../shared/import/plan';
import { parseFiles } from '../../../../shared/parse';
import type { BackupTables } from '../../../../shared/backup/format';
import { TABLE_NAMES, type ActionId, type AgendaEntryId, type DecisionId, type ItemId, type MeetingId, type MemberId, type TagId } from '../../../../shared/model';

const sampleText = readFileSync(join(__dirname, '../../../fixtures/import/community-team-updates-thread.txt'), 'utf8');
const T = '2026-11-26T10:00:00.000Z';

/** Imports the sample thread, then decides, tags and plans on it as an SC member would. */
async function fillWorkspace(): Promise<void> {
  const files = [{ name: 'community-team-updates-thread.txt', text: sampleText }];
  const result = parseFiles(files, { teams: await teamRegistry() });
  const stored = await storedTeamsOf(result.updates.map((u) => u.key));
  const choices = Object.fromEntries(result.updates.map((u) => [u.key, defaultChoice(u, [], stored[u.key])]));
  await writeImport({ result, choices, sources: [{ name: files[0]!.name, kind: 'plain-text', sha: 'sha-sample' }] });
  const ask = (await db.items.filter((i) => i.isAsk).first())!;
  await db.members.add({ id: 'm-ada' as MemberId, name: 'Ada', handle: 'ada', unavailable: [], conflictTeamIds: [], isActive: true });
  await db.tags.add({ id: 't-budget' as TagId, name: 'budget', color: '#1f7a3d' });
  await db.items.update(ask.id, { tagIds: ['t-budget' as TagId], status: 'decided', decisionIds: ['d-1' as DecisionId] });
  await db.decisions.add({
    id: 'd-1' as DecisionId, number: 1, title: 'Approve the ask', motion: 'The SC approves.', options: ['+1', '-1'], status: 'approved',
    decidedOn: '2026-11-25', venue: { kind: 'meeting', meetingId: 'mt-1' as MeetingId }, votes: [{ memberId: 'm-ada' as MemberId, vote: '+1' }],
    rationale: '', confidentiality: 'public', itemIds: [ask.id as ItemId], teamIds: ask.teamId ? [ask.teamId] : [], tagIds: [], createdAt: T, updatedAt: T,
  });
  await db.meetings.add({
    id: 'mt-1' as MeetingId, title: 'SC meeting', teamIds: [], seriesKey: 'sc', timeZone: 'UTC', durationMin: 60, memberIds: ['m-ada' as MemberId],
    teamReps: [], observers: [], status: 'held', attendance: { 'm-ada': 'present' }, createdAt: T, updatedAt: T, startsAt: T,
  });
  await db.agendaEntries.add({ id: 'ae-1' as AgendaEntryId, meetingId: 'mt-1' as MeetingId, section: 'Old topics', order: 1, title: 'The ask', itemId: ask.id as ItemId, decisionId: 'd-1' as DecisionId, confidential: false, minutes: 'Agreed.', conclusion: 'Approved', isDone: true });
  await db.actions.add({ id: 'a-1' as ActionId, text: 'Tell the team', owner: { kind: 'member', memberId: 'm-ada' as MemberId }, status: 'open', origin: { kind: 'decision', decisionId: 'd-1' as DecisionId }, teamId: null, createdAt: T, updatedAt: T });
  await db.settings.put({ key: 'me', value: { name: 'Ada' } });
}

const sorted = (tables: BackupTables) =>
  Object.fromEntries(TABLE_NAMES.map((t) => [t, [...(tables[t] as { id?: string; key?: string }[])].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))]));

function saver() {
  const saved = new Map<string, string>();
  const save: SaveBackup = vi.fn(async (name: string, text: string) => void saved.set(name, text));
  return { saved, save };
}

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('a backup', () => {
  it('holds every table of the workspace with its counts', async () => {
    await fillWorkspace();
    const { backup, fileName, text } = await makeBackup('manual', '0.1.0', new Date(T));
    expect(fileName).toBe('steering-desk-2026-11-26T10-00-00-000Z-manual.json');
    expect(Object.keys(backup.tables)).toEqual(TABLE_NAMES);
    expect(backup.counts).toEqual(await currentCounts());
    expect(backup.counts.items).toBeGreaterThan(5);
    expect(checkBackupText(text).ok).toBe(true);
  });
});

describe('backup → wipe → restore', () => {
  it('gives back every record exactly', async () => {
    await fillWorkspace();
    const before = await readAllTables();
    const { text } = await makeBackup('manual', '0.1.0');
    await resetDatabaseForTests();
    expect(await db.items.count()).toBe(0);
    const checked = checkBackupText(text, 'backup.json');
    if (!checked.ok) throw new Error(checked.error.message);
    await restoreBackup(checked.backup, { appVersion: '0.1.0', save: saver().save });
    expect(sorted(await readAllTables())).toEqual(sorted(before));
  });

  it('saves a pre-restore backup of the current data before replacing it', async () => {
    await fillWorkspace();
    const current = await readAllTables();
    const other = await makeBackup('manual', '0.1.0');
    await db.teams.clear();
    const { saved, save } = saver();
    const outcome = await restoreBackup(other.backup, { appVersion: '0.1.0', save });
    expect([...saved.keys()]).toEqual([outcome.preRestore.fileName]);
    expect(outcome.preRestore.fileName).toMatch(/-pre-restore\.json$/);
    const safety = checkBackupText(saved.get(outcome.preRestore.fileName)!);
    expect(safety.ok && safety.backup.counts.teams).toBe(0);
    expect(safety.ok && safety.backup.counts.items).toBe(current.items.length);
  });

  it('restores nothing when the safety copy cannot be saved', async () => {
    await fillWorkspace();
    const { backup } = await makeBackup('manual', '0.1.0');
    await db.items.clear();
    const failing: SaveBackup = async () => Promise.reject(new Error('disk full'));
    await expect(restoreBackup(backup, { appVersion: '0.1.0', save: failing })).rejects.toThrow('disk full');
    expect(await db.items.count()).toBe(0);
  });

  it('undo restore returns exactly the data from before the restore', async () => {
    await fillWorkspace();
    const b = await makeBackup('manual', '0.1.0');
    await db.items.clear();
    await db.decisions.update('d-1', { title: 'Changed after the backup' });
    const beforeRestore = await readAllTables();
    const { save } = saver();
    const outcome = await restoreBackup(b.backup, { appVersion: '0.1.0', save });
    expect(await db.items.count()).toBe(b.backup.counts.items);
    await undoRestore(outcome, { appVersion: '0.1.0', save });
    expect(sorted(await readAllTables())).toEqual(sorted(beforeRestore));
  });

  it('flags the copy of a confidential item a backup holds unflagged (no unflagged twin after a restore)', async () => {
    await fillWorkspace();
    const secret = (await db.items.filter((i) => i.isAsk).first())!;
    await db.items.update(secret.id, { confidential: true });
    // A copy written before copies followed their flag (an older version kept a post apart).
    await db.items.add({ ...secret, id: 'it:copy' as ItemId, confidential: false, text: `${secret.text.toUpperCase()}  ` });
    const { backup } = await makeBackup('manual', '0.1.0');
    expect(backup.tables.items.find((i) => i.id === 'it:copy')?.confidential).toBe(false);
    await restoreBackup(backup, { appVersion: '0.1.0', save: saver().save });
    expect((await db.items.get('it:copy' as ItemId))?.confidential).toBe(true);
    expect(await db.items.count()).toBe(backup.counts.items);
  });

  it('brings back fields this version does not know', async () => {
    await fillWorkspace();
    const { backup } = await makeBackup('manual', '0.1.0');
    const json = JSON.parse((await makeBackup('manual', '0.1.0')).text);
    json.tables.members[0].futureField = { keep: true };
    json.tables.decisions[0].votes[0].weight = 2;
    const { checksumOf } = await import('../../../../shared/backup/canonical-json');
    json.checksum = checksumOf(json.tables);
    const checked = checkBackupText(JSON.stringify(json));
    if (!checked.ok) throw new Error(checked.error.message);
    await restoreBackup(checked.backup, { appVersion: '0.1.0', save: saver().save });
    expect(await db.members.get('m-ada')).toMatchObject({ futureField: { keep: true } });
    expect((await db.decisions.get('d-1'))?.votes[0]).toMatchObject({ weight: 2 });
    expect(backup.counts.members).toBe(1);
  });
});

describe('a refused backup file', () => {
  const refusals: [string, (text: string) => string, string][] = [
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length / 2)), 'truncated'],
    ['a file from a newer major version', (t) => t.replace('"formatVersion": "1.0"', '"formatVersion": "2.0"'), 'newer-version'],
    ['a file with an extra table', (t) => t.replace('"tables": {', '"tables": {\n    "secrets": [],'), 'unknown-table'],
    ['a file with a bad row', (t) => t.replace(/"status":"decided"/, '"status":"maybe"'), 'bad-rows'],
    ['a file with a changed row', (t) => t.replace('Approve the ask', 'Reject the ask'), 'checksum-mismatch'],
  ];

  it.each(refusals)('is refused when it is %s, and the database is untouched', async (_label, damage, code) => {
    await fillWorkspace();
    const { text } = await makeBackup('manual', '0.1.0');
    await db.teams.clear();
    const before = await readAllTables();
    const checked = checkBackupText(damage(text), 'damaged.json');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.code).toBe(code);
    expect(checked.error.message).toMatch(/^damaged\.json: /);
    expect(await readAllTables()).toEqual(before);
  });
});
