/**
 * SECURITY.md checks 36 and 42, browser side (the desktop versions are in
 * test/e2e/electron/durability.spec.ts): another window upgrading the database, an
 * upgrade blocked by an old connection, the backup before a migration, and a restore
 * undone back to exactly the rows it replaced. A second page of the same origin that
 * does not run the app plays the other window, with raw IndexedDB.
 */
import { expect, test, type Page } from '@playwright/test';
import { DB_NAME } from '../../renderer/db/db';
import { BACKUP_DB_NAME } from '../../renderer/db/backup-store';
import { SCHEMA_VERSION } from '../../renderer/db/migrations';
import { backupFileName } from '../../shared/backup/file-name';
import { buildBackup, serializeBackup, type BackupTables } from '../../shared/backup/format';
import { validateBackup } from '../../shared/backup/validate';
import { TABLE_NAMES } from '../../shared/model';
import { openFreshApp } from './support/app';
import { expectClosedForNewerSchema, expectUpgradeWaitsForOldConnection } from './support/durability-checks';
import { importSampleThread } from './support/import';
import { blankPageOf, createRawDatabase, openAndHold, putRawRow, readRawDatabase, releaseHeld } from './support/raw-idb';
import { V1_NATIVE_VERSION, V2_ITEM_FIELDS, v1Rows, v1Stores } from './support/v1-workspace';

type StoredBackup = { fileName: string; body: string; bytes: number };

const HOUR = 3_600_000;
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** The browser build's automatic backups, read raw from their own database. */
async function storedBackups(page: Page): Promise<StoredBackup[]> {
  return ((await readRawDatabase(page, BACKUP_DB_NAME))?.tables.backups ?? []) as StoredBackup[];
}

function parseBackup(body: string) {
  const checked = validateBackup(body, { maxBytes: 1e9, currentSchemaVersion: SCHEMA_VERSION });
  if (!checked.ok) throw new Error(`stored backup refused: ${checked.error.message}`);
  return checked.backup;
}

test.describe('another window and the database (check 36)', () => {
  test('a newer schema opened elsewhere closes this window’s database: it shows the reload screen and writes nothing more', async ({ page, context }) => {
    // A fake clock, to run the 4-hourly automatic backup on demand: the probe for "does this window still use the database?".
    await page.clock.install();
    await openFreshApp(page);
    await importSampleThread(page);
    const other = await blankPageOf(context, page.url());

    await page.clock.runFor(4 * HOUR + 60_000);
    await expect.poll(async () => (await storedBackups(other)).filter((b) => b.fileName.endsWith('-scheduled.json')).length).toBe(1);

    const before = (await readRawDatabase(other, DB_NAME))!;
    expect(before.version).toBe(SCHEMA_VERSION * 10);
    const newer = await openAndHold(other, DB_NAME, before.version + 10, { ignoreVersionChange: false });
    // Opened at once, never blocked: the app window closed its connection when asked.
    expect(newer).toEqual({ opened: true, blocked: false, error: null });
    await expectClosedForNewerSchema(page, async () => (await storedBackups(other)).map((b) => b.fileName).filter((n) => n.endsWith('-scheduled.json')));
    const after = (await readRawDatabase(other, DB_NAME))!;
    expect(after.version).toBe(before.version + 10);
    expect(after.tables).toEqual(before.tables);

    // "Reload" opens the workspace again, with everything in it.
    await releaseHeld(other);
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(mainNav(page)).toBeVisible();
    expect((await readRawDatabase(other, DB_NAME))!.tables).toEqual(before.tables);
  });

  test('an upgrade blocked by an old window says so, and finishes once that window lets go', async ({ page, context, baseURL }) => {
    const other = await blankPageOf(context, baseURL!);
    const rows = v1Rows();
    await createRawDatabase(other, DB_NAME, V1_NATIVE_VERSION, v1Stores(), rows);
    // An old window that keeps its v1 connection and ignores the request to close it.
    expect(await openAndHold(other, DB_NAME, V1_NATIVE_VERSION, { ignoreVersionChange: true })).toMatchObject({ opened: true });

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Waiting for another window' })).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);
    // The backup before the upgrade is not held up by the old connection.
    await expect.poll(async () => (await storedBackups(other)).map((b) => b.fileName)).toEqual([expect.stringMatching(/-pre-migration\.json$/)]);
    await expectUpgradeWaitsForOldConnection(page, other, rows);
  });
});

test.describe('backups around migrations and restores (check 42)', () => {
  test('opening a v1 workspace saves a backup of it first, and the upgrade keeps every row', async ({ page, context, baseURL }) => {
    const other = await blankPageOf(context, baseURL!);
    const rows = v1Rows();
    await createRawDatabase(other, DB_NAME, V1_NATIVE_VERSION, v1Stores(), rows);

    await page.goto('/');
    await expect(mainNav(page)).toBeVisible();

    const backups = await storedBackups(other);
    expect(backups.map((b) => b.fileName)).toEqual([expect.stringMatching(/-pre-migration\.json$/)]);
    // A sound backup file, holding the v1 rows exactly as they were stored.
    expect(parseBackup(backups[0]!.body)).toMatchObject({ reason: 'pre-migration', schemaVersion: 1 });
    const stored = (JSON.parse(backups[0]!.body) as { tables: Record<string, unknown[]> }).tables;
    for (const [table, list] of Object.entries(rows)) expect(stored[table], table).toEqual(list);

    const upgraded = (await readRawDatabase(other, DB_NAME))!;
    expect(upgraded.version).toBe(SCHEMA_VERSION * 10);
    for (const [table, list] of Object.entries(rows)) {
      if (table === 'items') continue;
      // Start-up adds its own setting (the storage answer, check 40); every seeded row stays as it was.
      const now = table === 'settings' ? upgraded.tables[table]!.filter((s) => (s as { key: string }).key !== 'storage.persisted') : upgraded.tables[table];
      expect(now, table).toEqual(list);
    }
    // Items keep every v1 field and gain the v2 ones with their defaults.
    expect(upgraded.tables.items).toEqual(rows.items!.map((item) => ({ ...(item as object), seenBy: [], notes: [], decisionIds: [], priority: 'normal' })));
    expect(Object.keys(upgraded.tables.items![0] as object)).toEqual(expect.arrayContaining([...V2_ITEM_FIELDS]));

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('list', { name: 'Automatic backups' })).toContainText('before an app update');
  });

  test('a restore saves the data it replaces first, and undoing it gives back exactly those rows', async ({ page, context }, testInfo) => {
    await openFreshApp(page);
    await importSampleThread(page);
    const other = await blankPageOf(context, page.url());
    const panel = page.getByRole('region', { name: 'Backup & restore' });
    await mainNav(page).getByRole('button', { name: 'Settings' }).click();

    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Back up now…' }).click();
    const download = await downloading;
    const backupPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(backupPath);

    // A change after the backup (the member's name, in settings): the restore replaces it.
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are recorded as Grace Hopper.' })).toBeVisible();
    const beforeRestore = (await readRawDatabase(other, DB_NAME))!.tables;
    const restored = parseBackup(await import('node:fs/promises').then((fs) => fs.readFile(backupPath, 'utf8')));
    expect(beforeRestore.settings).not.toEqual(restored.tables.settings);

    const choosing = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosing).setFiles(backupPath);
    await page.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
    await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeVisible();

    // The workspace now holds the backup's rows …
    const afterRestore = (await readRawDatabase(other, DB_NAME))!.tables;
    for (const [table, list] of Object.entries(restored.tables)) expect(afterRestore[table], table).toEqual(list);
    // … and a backup of the replaced rows was written before, listed and complete.
    const preRestore = (await storedBackups(other)).filter((b) => b.fileName.endsWith('-pre-restore.json'));
    expect(preRestore).toHaveLength(1);
    const saved = parseBackup(preRestore[0]!.body);
    for (const [table, list] of Object.entries(beforeRestore)) expect(saved.tables[table as keyof typeof saved.tables], table).toEqual(list);
    await expect(panel.getByRole('list', { name: 'Automatic backups' })).toContainText('before a restore');

    await panel.getByRole('button', { name: 'Undo restore' }).click();
    await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeHidden();
    await expect(page.getByLabel('Your name')).toHaveValue('Grace Hopper');
    expect((await readRawDatabase(other, DB_NAME))!.tables).toEqual(beforeRestore);
  });
});

test.describe('what the backup list offers (check 44)', () => {
  test('a cut-off copy in the browser’s backup store is listed as incomplete, cannot be restored, and the workspace stays as it was', async ({ page, context }) => {
    await openFreshApp(page);
    await importSampleThread(page);
    const other = await blankPageOf(context, page.url());
    const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
    tables.settings = [{ key: 'theme', value: 'dark' }];
    const text = serializeBackup(buildBackup(tables, { appVersion: '0.0.0-test', schemaVersion: SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z', reason: 'scheduled' }));
    const cut = text.slice(0, Math.floor(text.length / 2));
    const fileName = backupFileName('2026-11-26T08:00:00Z', 'scheduled');
    await putRawRow(other, BACKUP_DB_NAME, 'backups', { fileName, body: cut, bytes: Buffer.byteLength(cut), savedAt: '2026-11-26T08:00:01.000Z' });
    const before = (await readRawDatabase(other, DB_NAME))!.tables;

    await mainNav(page).getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByRole('region', { name: 'Backup & restore' });
    const cutEntry = panel.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem').filter({ hasText: 'Incomplete file' });
    await expect(cutEntry).toHaveCount(1);
    await expect(cutEntry.getByRole('button')).toHaveCount(0);
    expect((await readRawDatabase(other, DB_NAME))!.tables).toEqual(before);
  });
});
