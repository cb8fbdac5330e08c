/**
 * SECURITY.md checks 37 and 44, browser side: the browser is SIGKILLed (no unload, no
 * shutdown flush) while the app writes, then relaunched on the same profile. An import of
 * 1,000 posts is either all there or not at all, and a backup is either whole or absent —
 * never a part the restore list would offer. The desktop versions are in
 * test/e2e/electron/durability.spec.ts. The browser is ours to kill: support/killable-chromium.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { DB_NAME } from '../../renderer/db/db';
import { BACKUP_DB_NAME } from '../../renderer/db/backup-store';
import { SCHEMA_VERSION } from '../../renderer/db/migrations';
import { validateBackup } from '../../shared/backup/validate';
import { bigThreadJson } from './support/big-thread';
import { killableProfile, type KillableChromium, type KillableProfile } from './support/killable-chromium';
import { blankPageOf, countRows, createRawDatabase, databaseVersion, readRawDatabase } from './support/raw-idb';
import { V1_NATIVE_VERSION, v1Rows, v1Stores } from './support/v1-workspace';
import { firstWriteTo, watchFirstWrite } from './support/write-watch';

const IMPORT_TABLES = ['sources', 'threads', 'teams', 'updates', 'items'] as const;
type Counts = Record<string, number>;
const NONE: Counts = Object.fromEntries(IMPORT_TABLES.map((t) => [t, 0]));

let profiles: KillableProfile[] = [];
const newProfile = () => {
  const profile = killableProfile();
  profiles.push(profile);
  return profile;
};
test.afterEach(async () => {
  for (const p of profiles) await p.dispose();
  profiles = [];
});

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openWorkspace(browser: KillableChromium, url: string): Promise<Page> {
  await browser.page.goto(url);
  // Generous: opening may first back up and upgrade a large workspace, on a busy CI machine.
  await expect(mainNav(browser.page)).toBeVisible({ timeout: 30_000 });
  return browser.page;
}

/** Parses the 1,000-post thread and waits for the preview; returns its "Import N updates" button. */
async function previewBigThread(page: Page) {
  await mainNav(page).getByRole('button', { name: 'Import' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles({ name: 'big-thread-3700.json', mimeType: 'application/json', buffer: Buffer.from(bigThreadJson(1000)) });
  const button = page.getByRole('button', { name: /^Import \d+ updates$/ });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  return button;
}

/** Relaunches the killed profile: the app must open its workspace (no error screen); returns what the import left. */
async function countsAfterRelaunch(profile: KillableProfile, url: string): Promise<Counts> {
  const page = await openWorkspace(await profile.launch(), url);
  return countRows(page, DB_NAME, IMPORT_TABLES);
}

test.describe('a browser killed during an import of 1,000 posts (check 37)', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  /** What the whole import writes, from the run that completes. */
  let full: Counts | null = null;

  test('killed right after the import finished: relaunched, every row is there', async ({ baseURL }) => {
    const profile = newProfile();
    const browser = await profile.launch();
    const page = await openWorkspace(browser, baseURL!);
    const button = await previewBigThread(page);
    const included = Number(/\d+/.exec((await button.textContent()) ?? '')![0]);
    await button.click();
    // A finished import shows the teams.
    await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible({ timeout: 60_000 });
    await browser.kill();

    full = await countsAfterRelaunch(profile, baseURL!);
    expect(full).toMatchObject({ sources: 1, threads: 1, updates: included });
    expect(included).toBeGreaterThanOrEqual(999);
    expect(full.items).toBeGreaterThan(included);
  });

  for (const store of ['teams', 'items'] as const) {
    test(`killed once it starts writing ${store}: relaunched, the import is all there or not at all`, async ({ baseURL }) => {
      expect(full, 'the completed import ran first').not.toBeNull();
      const profile = newProfile();
      const browser = await profile.launch();
      const page = await openWorkspace(browser, baseURL!);
      const button = await previewBigThread(page);
      await page.evaluate(watchFirstWrite, store);
      const writing = firstWriteTo(page, store);
      await button.click();
      await writing;
      await browser.kill();

      const after = await countsAfterRelaunch(profile, baseURL!);
      expect([NONE, full]).toContainEqual(after);
      test.info().annotations.push({ type: 'outcome', description: after.updates === 0 ? 'nothing was written' : 'the whole import was written' });
    });
  }
});

/** A v1 workspace big enough that its pre-migration backup is a long write (about 6 MB). */
function bigV1Rows() {
  const rows = v1Rows();
  const template = rows.items![0] as Record<string, unknown>;
  rows.items = Array.from({ length: 2000 }, (_, i) => ({ ...template, id: `item-${i + 1}`, text: `Ask ${i + 1}: ${'we need a decision on the budget. '.repeat(90)}` }));
  return rows;
}

type StoredBackup = { fileName: string; body: string; bytes: number };

/** Every automatic backup the browser keeps must be complete: it validates and its size is its body's. */
function expectOnlyWholeBackups(stored: StoredBackup[]): void {
  for (const b of stored) {
    const checked = validateBackup(b.body, { maxBytes: 1e9, currentSchemaVersion: SCHEMA_VERSION });
    expect(checked.ok, `${b.fileName}: ${checked.ok ? '' : checked.error.message}`).toBe(true);
    expect(b.bytes).toBe(Buffer.byteLength(b.body, 'utf8'));
  }
}

test.describe('a browser killed while it writes a backup (check 44)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the backup before a migration is whole or absent after the kill, and the relaunch makes a whole one', async ({ baseURL }) => {
    const profile = newProfile();
    const browser = await profile.launch();
    const seeder = await blankPageOf(browser.context, baseURL!);
    const rows = bigV1Rows();
    await createRawDatabase(seeder, DB_NAME, V1_NATIVE_VERSION, v1Stores(), rows);
    await seeder.close();

    // Loading the app backs the v1 workspace up before upgrading it: kill while that backup is being stored.
    await browser.page.addInitScript(watchFirstWrite, 'backups');
    const writing = firstWriteTo(browser.page, 'backups');
    await browser.page.goto(baseURL!);
    await writing;
    await browser.kill();

    const relaunched = await profile.launch();
    // Read with raw IndexedDB from a page that does not run the app (the app would redo the backup on load).
    const reader = await blankPageOf(relaunched.context, baseURL!);
    const left = ((await readRawDatabase(reader, BACKUP_DB_NAME))?.tables.backups ?? []) as StoredBackup[];
    expect(left.length).toBeLessThanOrEqual(1);
    expectOnlyWholeBackups(left);
    test.info().annotations.push({ type: 'outcome', description: left.length === 0 ? 'the interrupted backup was not kept' : 'the backup was stored whole before the kill' });
    // The upgrade never ran before its backup was stored.
    const workspace = (await readRawDatabase(reader, DB_NAME))!;
    if (left.length === 0) expect(workspace.version).toBe(V1_NATIVE_VERSION);
    expect(workspace.tables.items).toHaveLength(rows.items!.length);

    const page = await openWorkspace(relaunched, baseURL!);
    const after = ((await readRawDatabase(reader, BACKUP_DB_NAME))?.tables.backups ?? []) as StoredBackup[];
    expect(after.some((b) => b.fileName.endsWith('-pre-migration.json'))).toBe(true);
    expectOnlyWholeBackups(after);
    expect(await databaseVersion(reader, DB_NAME)).toBe(SCHEMA_VERSION * 10);
    await mainNav(page).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem')).toHaveCount(after.length);
  });
});
