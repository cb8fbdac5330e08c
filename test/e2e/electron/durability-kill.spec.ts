/**
 * SECURITY.md checks 37 and 44 on the real desktop app: the app is SIGKILLed while it
 * writes — an import of 1,000 posts, a backup file — and relaunched on the same userData.
 * The import is all there or not at all, the workspace opens, and the backup list offers
 * only whole, valid files (a leftover temporary file or a cut-off copy is not restored).
 * Skipped, with the reason, where the Electron binary is missing; the browser versions in
 * test/e2e/durability-kill.spec.ts run on every CI.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DB_NAME } from '../../../renderer/db/db';
import { SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { backupFileName } from '../../../shared/backup/file-name';
import { buildBackup, serializeBackup, type BackupTables } from '../../../shared/backup/format';
import { TABLE_NAMES } from '../../../shared/model';
import { writeBigThread } from '../support/big-thread';
import { countRows } from '../support/raw-idb';
import { firstWriteTo, watchFirstWrite } from '../support/write-watch';
import { answerOpenDialog, backupFolder, backupFolderNames, listedBackups, mainNav, readSoundBackup, workspaceWindow } from './durability-helpers';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();
// Launch, a 1,000-post import, a kill and a relaunch: longer than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

const IMPORT_TABLES = ['sources', 'threads', 'teams', 'updates', 'items'] as const;
type Counts = Record<string, number>;
const NONE: Counts = Object.fromEntries(IMPORT_TABLES.map((t) => [t, 0]));

let scratch: string;
let running: Launched[] = [];
const launch = async (userData: string) => {
  const launched = await launchApp({ userData, keepUserData: true });
  running.push(launched);
  return launched;
};

test.beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sd-durability-kill-'));
  running = [];
});
test.afterEach(async () => {
  for (const l of running) if (l.app.process().exitCode === null && l.app.process().signalCode === null) await l.close().catch(() => l.kill());
  rmSync(scratch, { recursive: true, force: true });
});

/** Picks the 1,000-post thread in the Import screen and waits for the preview; returns the Import button. */
async function previewBigThread(launched: Launched, page: Page) {
  await answerOpenDialog(launched.app, [writeBigThread(scratch)]);
  await mainNav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const button = page.getByRole('button', { name: /^Import \d+ updates$/ });
  await expect(button).toBeEnabled({ timeout: 60_000 });
  return button;
}

/** Relaunches on `userData`: the workspace must open (no error screen); returns what the import left. */
async function countsAfterRelaunch(userData: string): Promise<Counts> {
  const page = await workspaceWindow(await launch(userData));
  return countRows(page, DB_NAME, IMPORT_TABLES);
}

test.describe('the app killed during an import of 1,000 posts (check 37)', () => {
  test.describe.configure({ mode: 'serial' });
  let full: Counts | null = null;

  test('killed right after the import finished: relaunched, every row is there', async () => {
    const userData = join(scratch, 'userData');
    const launched = await launch(userData);
    const page = await workspaceWindow(launched);
    const button = await previewBigThread(launched, page);
    const included = Number(/\d+/.exec((await button.textContent()) ?? '')![0]);
    await button.click();
    await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible({ timeout: 60_000 });
    await launched.kill();

    full = await countsAfterRelaunch(userData);
    expect(full).toMatchObject({ sources: 1, threads: 1, updates: included });
    expect(full.items).toBeGreaterThan(included);
  });

  for (const store of ['teams', 'items'] as const) {
    test(`killed once it starts writing ${store}: relaunched, the import is all there or not at all`, async () => {
      expect(full, 'the completed import ran first').not.toBeNull();
      const userData = join(scratch, 'userData');
      const launched = await launch(userData);
      const page = await workspaceWindow(launched);
      const button = await previewBigThread(launched, page);
      await page.evaluate(watchFirstWrite, store);
      const writing = firstWriteTo(page, store);
      await button.click();
      await writing;
      await launched.kill();

      expect([NONE, full]).toContainEqual(await countsAfterRelaunch(userData));
    });
  }
});

/** A valid backup text of `settings` rows, about `megabytes` long. */
function bigBackupText(createdAt: string, megabytes: number): string {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
  const value = 'a setting kept for the size of this backup. '.repeat(45);
  tables.settings = Array.from({ length: Math.ceil((megabytes * 1_000_000) / value.length) }, (_, i) => ({ key: `bulk.${i}`, value }));
  return serializeBackup(buildBackup(tables, { appVersion: '0.0.0-test', schemaVersion: SCHEMA_VERSION, createdAt, reason: 'scheduled' }));
}

/** Backups the app offers after a relaunch: the same in its API and its Settings list, every one whole and valid. */
async function expectOnlySoundBackupsOffered(page: Page, userData: string): Promise<string[]> {
  const listed = await listedBackups(page);
  for (const name of listed) {
    expect(name.endsWith('.json') && !name.startsWith('.')).toBe(true);
    readSoundBackup(userData, name);
  }
  await mainNav(page).getByRole('button', { name: 'Settings' }).click();
  const list = page.getByRole('list', { name: 'Automatic backups' });
  if (listed.length > 0) await expect(list.getByRole('listitem')).toHaveCount(listed.length);
  else await expect(page.getByText('No automatic backups yet.')).toBeVisible();
  return listed;
}

test.describe('the app killed while it writes a backup (check 44)', () => {
  test('a backup cut off by the kill is never offered; whole backups are', async () => {
    const userData = join(scratch, 'userData');
    const launched = await launch(userData);
    const page = await workspaceWindow(launched);
    // Main checks that a backup's name and contents give the same time (shared/backup/auto-backup-check.ts).
    const earlierAt = new Date(Date.now() - 3_600_000);
    const earlier = backupFileName(earlierAt, 'scheduled');
    await page.evaluate(([name, body]) => (window as unknown as { steering: { saveAutoBackup(n: string, b: string): Promise<unknown> } }).steering.saveAutoBackup(name, body), [earlier, bigBackupText(earlierAt.toISOString(), 0.2)] as const);

    const at = new Date();
    const name = backupFileName(at, 'scheduled');
    const body = bigBackupText(at.toISOString(), 40);
    // Not awaited: the app is killed while main writes it.
    void page
      .evaluate(([n, b]) => (window as unknown as { steering: { saveAutoBackup(n: string, b: string): Promise<unknown> } }).steering.saveAutoBackup(n, b), [name, body] as const)
      .catch(() => undefined);
    await expect.poll(() => backupFolderNames(userData).some((n) => n.endsWith('.tmp') || n === name), { intervals: [1], timeout: 60_000 }).toBe(true);
    await launched.kill();
    const onDisk = backupFolderNames(userData);
    test.info().annotations.push({ type: 'outcome', description: onDisk.includes(name) ? 'the backup was renamed into place before the kill' : 'the kill caught the backup before its rename' });

    const page2 = await workspaceWindow(await launch(userData));
    const offered = await expectOnlySoundBackupsOffered(page2, userData);
    expect(offered).toContain(earlier);
    // Every file under a backup name is offered (and was checked whole above); temporary files never are.
    expect([...offered].sort()).toEqual(onDisk.filter((n) => !n.startsWith('.')));
  });

  test('a leftover temporary file is not listed, and a cut-off copy under a backup name is listed as incomplete and cannot be restored', async () => {
    const userData = join(scratch, 'userData');
    const dir = backupFolder(userData);
    mkdirSync(dir, { recursive: true });
    const whole = backupFileName('2026-11-25T08:00:00Z', 'scheduled');
    const cut = backupFileName('2026-11-26T08:00:00Z', 'scheduled');
    const leftover = `.${backupFileName('2026-11-26T09:00:00Z', 'pre-restore')}.3f9a1c.tmp`;
    const text = bigBackupText('2026-11-25T08:00:00Z', 0.05);
    writeFileSync(join(dir, whole), text);
    writeFileSync(join(dir, cut), text.slice(0, Math.floor(text.length / 2)));
    writeFileSync(join(dir, leftover), text.slice(0, 1000));

    const page = await workspaceWindow(await launch(userData));
    expect(await listedBackups(page)).toEqual([whole]);
    await mainNav(page).getByRole('button', { name: 'Settings' }).click();
    const list = page.getByRole('list', { name: 'Automatic backups' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).not.toContainText('.tmp');
    const cutEntry = list.getByRole('listitem').first();
    await expect(cutEntry).toContainText('Incomplete file');
    await expect(cutEntry.getByRole('button')).toHaveCount(0);
    await expect(list.getByRole('listitem').nth(1).getByRole('button', { name: /^Restore the backup of/ })).toBeVisible();
    expect(existsSync(join(dir, leftover))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([leftover, whole, cut].sort());
  });

});
