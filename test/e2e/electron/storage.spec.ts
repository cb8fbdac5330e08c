/**
 * SECURITY.md check 38 on the real desktop app: a data folder the app cannot write (a path
 * under a regular file, a read-only folder) ends on a window that names the folder and
 * says where the backups are. The app does not quit silently (Electron's single-instance
 * lock fails in such a folder), and it opens no workspace in the throwaway profile it runs
 * on instead, which is deleted on quit. Skipped, with the reason, where the Electron binary
 * is missing; test/e2e/storage-unavailable.spec.ts covers the browser side on every run.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

let root: string;
let launched: Launched | undefined;

test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sd-storage-'));
});
test.afterEach(async () => {
  await launched?.close();
  launched = undefined;
  // The read-only test leaves a 0o555 folder: make it removable again.
  for (const entry of readdirSync(root)) chmodSync(join(root, entry), 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** A data folder nobody can create, not even root: its parent is a regular file. */
function blockedDataFolder(): string {
  const blocker = join(root, 'blocker-file');
  writeFileSync(blocker, 'a file where a folder would have to be');
  return join(blocker, 'userData');
}

async function cannotSaveScreen(app: Launched): Promise<Page> {
  const page = await app.app.firstWindow();
  await page.getByRole('heading', { name: 'Steering Desk cannot save your work' }).waitFor();
  return page;
}

test('a data folder under a regular file: the window names the folder and the backups instead of quitting', async () => {
  const userData = blockedDataFolder();
  // keepUserData: the folder cannot exist; the test removes its temp root itself.
  launched = await launchApp({ userData, keepUserData: true });
  const page = await cannotSaveScreen(launched);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Steering Desk cannot save in its data folder ${userData}: the folder cannot be used.`);
  await expect(alert).toContainText('Nothing was changed or lost');
  await expect(alert).toContainText(`Automatic backups are kept in ${join(userData, 'backups')}`);
  await expect(alert).toContainText('File › Back up… and File › Export…');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Checked again: Steering Desk still cannot save there.')).toBeVisible();
  expect(launched.app.process().exitCode).toBeNull();
});

test('a read-only data folder: the window says so and nothing is written into the folder', async () => {
  test.skip(process.getuid?.() === 0, 'root ignores file permissions, so a 0o555 folder stays writable for it (CI runs as root); the blocked-path test shows the same screen');
  const userData = join(root, 'userData');
  mkdirSync(userData);
  chmodSync(userData, 0o555);
  launched = await launchApp({ userData, keepUserData: true });
  const page = await cannotSaveScreen(launched);
  await expect(page.getByRole('alert')).toContainText(`Steering Desk cannot save in its data folder ${userData}: the folder is read-only.`);
  await expect(page.getByRole('alert')).toContainText('Make the folder writable again');
  // No singleton lock, no Chromium profile, no probe file left behind.
  expect(readdirSync(userData)).toEqual([]);
});

test('the app runs on a throwaway profile, opens no workspace in it, and deletes it on quit', async () => {
  const userData = blockedDataFolder();
  launched = await launchApp({ userData, keepUserData: true });
  const page = await cannotSaveScreen(launched);
  expect(launched.app.process().exitCode).toBeNull();
  await expect.poll(() => launched!.console.some((m) => m.includes('running on a throwaway profile'))).toBe(true);

  const profile = await launched.app.evaluate(({ app, session }) => ({
    userData: app.getPath('userData'),
    sessionData: app.getPath('sessionData'),
    storagePath: session.defaultSession.storagePath,
  }));
  expect(profile.userData).not.toBe(userData);
  expect(profile.userData).toContain('steering-desk-unsaved-');
  expect(profile.sessionData).toBe(profile.userData);
  expect(profile.storagePath ?? '').toContain(profile.userData);

  // Looked at on disk first (asking the page could itself create the IndexedDB folder).
  const idb = join(profile.userData, 'IndexedDB');
  expect(existsSync(idb) ? readdirSync(idb).filter((name) => name.startsWith('app_steering')) : []).toEqual([]);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).not.toContain('steering-desk');

  await launched.close();
  launched = undefined;
  await expect.poll(() => existsSync(profile.userData), { timeout: 10_000 }).toBe(false);
});
