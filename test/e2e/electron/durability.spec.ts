/**
 * SECURITY.md checks 36 and 42 on the real desktop app: a second window (opened by the
 * main process on app://steering, without the app in it) upgrades the database or holds
 * an old connection; a v1 workspace is backed up into `<userData>/backups` before it is
 * upgraded; a restore is backed up first and undone to exactly the rows it replaced.
 * Skipped, with the reason, where the Electron binary is missing; the browser versions
 * in test/e2e/durability.spec.ts run on every CI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DB_NAME } from '../../../renderer/db/db';
import { SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { expectClosedForNewerSchema, expectUpgradeWaitsForOldConnection } from '../support/durability-checks';
import { SAMPLE_THREAD } from '../support/import';
import { createRawDatabase, deleteRawDatabase, openAndHold, readRawDatabase, releaseHeld } from '../support/raw-idb';
import { V1_NATIVE_VERSION, v1Rows, v1Stores } from '../support/v1-workspace';
import { answerOpenDialog, answerSaveDialog, backupFolderNames, listedBackups, mainNav, otherWindow, readSoundBackup, workspaceWindow } from './durability-helpers';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

const HOUR = 3_600_000;
let launched: Launched;
let scratch: string;

test.beforeEach(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sd-durability-'));
  launched = await launchApp();
});
test.afterEach(async () => {
  await launched?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Imports the sample thread through the Import screen, the native dialog answered by the test. */
async function importSample(page: Page): Promise<void> {
  await answerOpenDialog(launched.app, [SAMPLE_THREAD]);
  await mainNav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('button', { name: /^Import \d+ updates?$/ }).click();
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
}

/** Replaces the workspace with a v1 one from the other window, as an older app version left it. */
async function seedV1Workspace(other: Page) {
  const rows = v1Rows();
  await deleteRawDatabase(other, DB_NAME);
  await createRawDatabase(other, DB_NAME, V1_NATIVE_VERSION, v1Stores(), rows);
  return rows;
}

test('a newer schema opened in a second window closes this window’s database: reload screen, nothing more written (check 36)', async () => {
  let page = await workspaceWindow(launched);
  // A fake clock to run the 4-hourly automatic backup on demand (installed, then the page reloaded
  // under it). It starts 4 hours back so that the backup it runs is not dated in main's future
  // (main refuses those, shared/backup/auto-backup-check.ts).
  await page.clock.install({ time: Date.now() - 4 * HOUR - 120_000 });
  await page.reload();
  page = await workspaceWindow(launched);
  await importSample(page);
  const other = await otherWindow(launched.app);
  await page.clock.runFor(4 * HOUR + 60_000);
  await expect.poll(() => backupFolderNames(launched.userData).filter((n) => n.endsWith('-scheduled.json')).length).toBe(1);

  const before = (await readRawDatabase(other, DB_NAME))!;
  expect(await openAndHold(other, DB_NAME, before.version + 10, { ignoreVersionChange: false })).toEqual({ opened: true, blocked: false, error: null });
  await expectClosedForNewerSchema(page, () => backupFolderNames(launched.userData).filter((n) => n.endsWith('-scheduled.json')));
  expect((await readRawDatabase(other, DB_NAME))!.tables).toEqual(before.tables);

  await releaseHeld(other);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(mainNav(page)).toBeVisible();
});

test('an upgrade blocked by an old connection in a second window says so, and finishes when it closes (check 36)', async () => {
  const page = await workspaceWindow(launched);
  const other = await otherWindow(launched.app);
  const rows = await seedV1Workspace(other);
  expect(await openAndHold(other, DB_NAME, V1_NATIVE_VERSION, { ignoreVersionChange: true })).toMatchObject({ opened: true });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Waiting for another window' })).toBeVisible();
  await expectUpgradeWaitsForOldConnection(page, other, rows);
});

test('opening a v1 workspace writes a backup of it into the backup folder first, and the upgrade keeps every row (check 42)', async () => {
  const page = await workspaceWindow(launched);
  const other = await otherWindow(launched.app);
  const rows = await seedV1Workspace(other);
  expect(backupFolderNames(launched.userData)).toEqual([]);

  await page.reload();
  await expect(mainNav(page)).toBeVisible();
  const names = backupFolderNames(launched.userData);
  expect(names).toEqual([expect.stringMatching(/^steering-desk-.*-pre-migration\.json$/)]);
  const backup = readSoundBackup(launched.userData, names[0]!);
  for (const [table, list] of Object.entries(rows)) expect(backup.tables[table], table).toEqual(list);
  expect(await listedBackups(page)).toEqual(names);

  const upgraded = (await readRawDatabase(other, DB_NAME))!;
  expect(upgraded.version).toBe(SCHEMA_VERSION * 10);
  expect(upgraded.tables.teams).toEqual(rows.teams);
  expect(upgraded.tables.items).toEqual(rows.items!.map((item) => ({ ...(item as object), seenBy: [], notes: [], decisionIds: [], priority: 'normal' })));
});

test('a restore writes a backup of the replaced rows first, and undoing it gives back exactly those rows (check 42)', async () => {
  const page = await workspaceWindow(launched);
  await importSample(page);
  const other = await otherWindow(launched.app);
  await mainNav(page).getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByRole('region', { name: 'Backup & restore' });

  const backupPath = join(scratch, 'before-my-name.json');
  await answerSaveDialog(launched.app, backupPath);
  await panel.getByRole('button', { name: 'Back up now…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as before-my-name.json.' })).toBeVisible();

  await page.getByLabel('Your name').fill('Grace Hopper');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are recorded as Grace Hopper.' })).toBeVisible();
  const beforeRestore = (await readRawDatabase(other, DB_NAME))!.tables;
  const preRestoreBefore = backupFolderNames(launched.userData).filter((n) => n.endsWith('-pre-restore.json'));

  await answerOpenDialog(launched.app, [backupPath]);
  await panel.getByRole('button', { name: 'Restore from a file…' }).click();
  await page.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('');

  const written = backupFolderNames(launched.userData).filter((n) => n.endsWith('-pre-restore.json') && !preRestoreBefore.includes(n));
  expect(written).toHaveLength(1);
  const saved = readSoundBackup(launched.userData, written[0]!);
  for (const [table, list] of Object.entries(beforeRestore)) expect(saved.tables[table], table).toEqual(list);
  expect(await listedBackups(page)).toContain(written[0]);

  await panel.getByRole('button', { name: 'Undo restore' }).click();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeHidden();
  await expect(page.getByLabel('Your name')).toHaveValue('Grace Hopper');
  expect((await readRawDatabase(other, DB_NAME))!.tables).toEqual(beforeRestore);
});
