/**
 * What the desktop durability checks (SECURITY.md §7.5/§7.6) share: the app's window once
 * its workspace shows, a second window of the same origin that does not run the app (for
 * raw IndexedDB, like another app window would), native dialogs answered by the test, and
 * the backup folder read from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type ElectronApplication, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { validateBackup } from '../../../shared/backup/validate';
import { root, type Launched } from './launch';

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** The app's window once the workspace shows (generous: a start-up may back up and upgrade first). */
export async function workspaceWindow(launched: Launched): Promise<Page> {
  const page = await launched.app.firstWindow();
  await expect(mainNav(page)).toBeVisible({ timeout: 30_000 });
  return page;
}

/**
 * A second window on `app://steering`, opened by the main process with the safe web
 * preferences, showing the app's stylesheet instead of the app: same origin, so same
 * IndexedDB, and no app code of its own.
 */
export async function otherWindow(app: ElectronApplication): Promise<Page> {
  const css = readdirSync(join(root, 'out/renderer/assets')).find((f) => f.endsWith('.css'));
  if (!css) throw new Error('No stylesheet in out/renderer/assets: build first (npm run build).');
  const opened = app.waitForEvent('window');
  await app.evaluate(async ({ BrowserWindow }, url) => {
    const win = new BrowserWindow({ show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true } });
    await win.loadURL(url);
  }, `app://steering/assets/${css}`);
  return opened;
}

/** The next native open dialogs return `paths` (as if the member picked them). */
export async function answerOpenDialog(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, filePaths) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
  }, paths);
}

/** The next native save dialogs return `path`. */
export async function answerSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, path);
}

export const backupFolder = (userData: string) => join(userData, 'backups');

/** Names in the backup folder (temporary files included), or none when it does not exist. */
export function backupFolderNames(userData: string): string[] {
  try {
    return readdirSync(backupFolder(userData)).sort();
  } catch {
    return [];
  }
}

/** A backup file's text, checked the way a restore checks it; fails the test when it would be refused. */
export function readSoundBackup(userData: string, fileName: string): { text: string; tables: Record<string, unknown[]> } {
  const text = readFileSync(join(backupFolder(userData), fileName), 'utf8');
  const checked = validateBackup(text, { maxBytes: 1e9, currentSchemaVersion: SCHEMA_VERSION });
  expect(checked.ok, `${fileName}: ${checked.ok ? '' : checked.error.message}`).toBe(true);
  return { text, tables: (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables };
}

/** The backups the app offers to restore, through the preload's API (files it marks incomplete are listed but not offered). */
export async function listedBackups(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const api = (window as unknown as { steering: { listBackups(): Promise<{ backups: { fileName: string; incomplete?: true }[] }> } }).steering;
    return (await api.listBackups()).backups.filter((b) => !b.incomplete).map((b) => b.fileName);
  });
}
