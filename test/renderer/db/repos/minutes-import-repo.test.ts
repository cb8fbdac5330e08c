// Issue 15: imported minutes are written in one transaction, every row checked with the
// restore schemas; after importing each real minutes file a backup is made, checked and
// restored (one such file once made every later backup unrestorable).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { checkBackupText, makeBackup, readAllTables, restoreBackup, type SaveBackup } from '../../../../renderer/db/repos/backup-repo';
import { ensureBuiltInTemplates } from '../../../../renderer/db/repos/meetings-repo';
import { saveImportedMinutes } from '../../../../renderer/db/repos/minutes-import-repo';
import { ImportWriteError } from '../../../../shared/import/write-check';
import { parseMinutes } from '../../../../shared/meetings/import-minutes';
import { minutesToRows } from '../../../../shared/meetings/minutes-to-rows';
import { BUILT_IN_TEMPLATE_IDS } from '../../../../shared/meetings/templates';
import type { ActionId, AgendaEntryId, DecisionId, MeetingId } from '../../../../shared/model';
import { FIXTURE_FILES, NOW, scMembers } from '../../../shared/meetings/minutes-fixtures/roster';

const read = (file: string) => readFileSync(join(__dirname, '../../../fixtures/minutes', file), 'utf8');
const rowsOf = (file: string, text = read(file)) => ({ ...minutesToRows(parseMinutes(text, file), { members: scMembers, now: NOW }), source: file });
const save: SaveBackup = vi.fn(async () => undefined);

beforeEach(async () => {
  await resetDatabaseForTests();
  await db.members.bulkAdd(scMembers);
  await ensureBuiltInTemplates();
});

describe('saveImportedMinutes', () => {
  it.each(FIXTURE_FILES)('imports %s, and a backup made afterwards passes its checks and restores', async (file) => {
    const rows = rowsOf(file);
    await saveImportedMinutes([rows]);
    expect(await db.agendaEntries.where('meetingId').equals(rows.meeting.id).count()).toBe(rows.entries.length);
    expect(await db.decisions.where('meetingId').equals(rows.meeting.id).count()).toBe(rows.decisions.length);
    const before = await readAllTables();
    const { text } = await makeBackup('manual', '0.1.0');
    const checked = checkBackupText(text, 'backup.json');
    if (!checked.ok) throw new Error(checked.error.message);
    await resetDatabaseForTests();
    await restoreBackup(checked.backup, { appVersion: '0.1.0', save });
    expect(await readAllTables()).toEqual(before);
  });

  it('imports all sixteen files at once and numbers their decisions after the workspace’s', async () => {
    await db.decisions.add({ ...rowsOf('2026-04-29.md').decisions[0]!, id: 'd-own' as DecisionId, number: 7, meetingId: undefined });
    await saveImportedMinutes(FIXTURE_FILES.map((f) => rowsOf(f)));
    const numbers = (await db.decisions.toArray()).map((d) => d.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => (i === 0 ? 7 : i + 7)));
    expect(await db.meetings.count()).toBe(16);
  });

  it('uses the built-in template for minutes in its layout, and adds one template per other layout', async () => {
    const sameLayout = rowsOf('2026-03-19.md', read('2026-03-18.md').replace(/2026-03-18/g, '2026-03-19'));
    await saveImportedMinutes([rowsOf('2026-04-29.md'), rowsOf('2026-03-18.md'), sameLayout]);
    expect((await db.meetings.get('minutes:sc:2026-04-29' as MeetingId))?.templateId).toBe(BUILT_IN_TEMPLATE_IDS.nixosSc);
    const march = await db.meetings.bulkGet(['minutes:sc:2026-03-18', 'minutes:sc:2026-03-19'] as MeetingId[]);
    expect(march[0]?.templateId).toMatch(/^minutes-layout-[0-9a-f]{16}$/);
    expect(march[1]?.templateId).toBe(march[0]?.templateId);
    expect((await db.templates.get(march[0]!.templateId!))?.body).toContain('## Housekeeping (15 min)');
    expect(await db.templates.count()).toBe(3);
  });

  it('updates the same rows on a second import, keeps what the member changed and removes what the minutes no longer say', async () => {
    const rows = rowsOf('2026-04-15.md');
    await saveImportedMinutes([rows]);
    const first = rows.actions[0]!.id;
    await db.actions.update(first, { status: 'done' });
    await db.agendaEntries.add({ ...rows.entries[0]!, id: 'mine' as AgendaEntryId, title: 'Added in the app' });
    await db.actions.add({ ...rows.actions[0]!, id: `${rows.meeting.id}:action:99` as ActionId });
    const numbers = (await db.decisions.toArray()).map((d) => d.number);
    await saveImportedMinutes([rowsOf('2026-04-15.md')]);
    expect(await db.meetings.count()).toBe(1);
    expect((await db.actions.get(first))?.status).toBe('done');
    expect(await db.actions.get(`${rows.meeting.id}:action:99` as ActionId)).toBeUndefined();
    expect(await db.agendaEntries.get('mine' as AgendaEntryId)).toBeDefined();
    expect(await db.agendaEntries.count()).toBe(rows.entries.length + 1);
    expect((await db.decisions.toArray()).map((d) => d.number)).toEqual(numbers);
  });

  it('writes nothing when one row of one file would be refused by a restore', async () => {
    const good = rowsOf('2026-04-29.md');
    const bad = rowsOf('2026-05-13.md');
    bad.entries[3] = { ...bad.entries[3]!, id: `${bad.meeting.id}:${'x'.repeat(200)}` as AgendaEntryId };
    const error = await saveImportedMinutes([good, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportWriteError);
    expect((error as Error).message).toMatch(/^2026-05-13\.md: topic 4 .* its id is longer than 200 characters\. Nothing was imported\.$/);
    expect([await db.meetings.count(), await db.agendaEntries.count(), await db.actions.count(), await db.decisions.count()]).toEqual([0, 0, 0, 0]);
  });

  it('records the import in the history', async () => {
    const rows = rowsOf('2026-03-04.md');
    await saveImportedMinutes([rows]);
    expect((await db.history.toArray()).map((h) => h.summary)).toEqual([`imported minutes “SC meeting 2026-03-04” (${rows.entries.length} topics, 2 actions, 4 decisions)`]);
  });
});
