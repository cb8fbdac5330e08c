/**
 * SECURITY.md check 38, browser side: when the workspace storage cannot be used, the app
 * shows a screen that says so, with what to do and where the backups are — never an
 * empty workspace. The desktop side (a read-only or blocked data folder) is in
 * test/e2e/electron/storage.spec.ts; a write failing later for lack of space shows the
 * storage-full banner and keeps what the member typed.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './support/app';
import { expectAccessible } from './support/axe';

type OpenFailure = { name: string; message: string; how: 'error-event' | 'throw' };

/** Makes every `indexedDB.open` in the page fail as Chromium does when its backing store cannot be used. */
async function breakIndexedDbOpen(page: Page, failure: OpenFailure): Promise<void> {
  await page.addInitScript((f: OpenFailure) => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      const error = new DOMException(f.message, f.name);
      if (f.how === 'throw') throw error;
      // A request whose error event fires, like the one Chromium returns for a store it cannot open.
      const request = Object.assign(new EventTarget(), {
        error: null as DOMException | null, result: undefined, readyState: 'pending', source: null, transaction: null,
        onerror: null as ((e: Event) => void) | null, onsuccess: null, onupgradeneeded: null, onblocked: null,
      });
      setTimeout(() => {
        request.error = error;
        request.readyState = 'done';
        const event = new Event('error', { cancelable: true });
        request.dispatchEvent(event);
        request.onerror?.call(request, event);
      }, 0);
      return request as unknown as IDBOpenDBRequest;
    };
  }, failure);
}

const alert = (page: Page) => page.getByRole('alert');

async function expectOpenFailedScreen(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Your workspace could not be opened' })).toBeVisible();
  await expect(alert(page)).toContainText('This browser did not let Steering Desk open the storage where your workspace is kept.');
  await expect(alert(page)).toContainText('Steering Desk did not change or delete anything.');
  await expect(alert(page)).toContainText('Backups you saved with Settings › Back up now… are files in your downloads folder.');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
}

const databaseNames = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test.describe('storage that cannot be used', () => {
  test('IndexedDB refusing to open for lack of space shows the full-storage guidance, not a workspace', async ({ page }) => {
    await breakIndexedDbOpen(page, { name: 'QuotaExceededError', message: 'The quota has been exceeded.', how: 'error-event' });
    await page.goto('/');
    await expectOpenFailedScreen(page);
    await expect(alert(page)).toContainText('The disk (or the space the browser allows) is full: free some space, then choose Try again.');
    await expect(alert(page)).toContainText('What the system reported: The quota has been exceeded.');
    await expect(alert(page)).not.toContainText('QuotaExceededError');
    expect(await databaseNames(page)).toEqual([]);
    await expectAccessible(page, { schemes: ['light', 'dark'] });
    await page.screenshot({ path: 'out/screens/storage-open-failed.png', fullPage: true });
  });

  test('IndexedDB.open throwing (a browser that refuses site data) shows the error screen', async ({ page }) => {
    await breakIndexedDbOpen(page, { name: 'SecurityError', message: 'Access to the IndexedDB API is denied in this context.', how: 'throw' });
    await page.goto('/');
    await expectOpenFailedScreen(page);
    await expect(alert(page)).toContainText('in some private windows, or when the browser blocks site data');
    await expect(alert(page)).toContainText('Access to the IndexedDB API is denied in this context.');
  });

  test('an existing workspace whose storage fails to open shows the error screen and is still there afterwards', async ({ page, context }) => {
    await openFreshApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Your name').fill('Tom Bereknyei');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('You are recorded as Tom Bereknyei.')).toBeVisible();

    // Chromium's message when the database files cannot be opened (read-only or damaged profile).
    await breakIndexedDbOpen(page, { name: 'UnknownError', message: 'Internal error opening backing store for indexedDB.open.', how: 'error-event' });
    await page.reload();
    await expectOpenFailedScreen(page);
    await expect(alert(page)).toContainText('Internal error opening backing store for indexedDB.open.');
    // Not the "could not be upgraded" screen: reading the database failed, no backup was attempted.
    await expect(page.getByRole('heading', { name: 'Your workspace could not be upgraded' })).toHaveCount(0);

    // Storage working again (a page without the fault): the workspace is as it was.
    const again = await context.newPage();
    await again.goto('/');
    await again.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(again.getByLabel('Your name')).toHaveValue('Tom Bereknyei');
  });

  test('a browser that gives the page no IndexedDB at all shows the cannot-save screen; Try again checks again', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Steering Desk cannot save your work' })).toBeVisible();
    await expect(alert(page)).toContainText('Steering Desk cannot save in this browser: it gives this page no storage for your workspace.');
    await expect(alert(page)).toContainText('What the system reported: This browser gives the page no IndexedDB storage.');
    await expect(alert(page)).toContainText('Nothing was changed or lost');
    await expect(alert(page)).toContainText('files in your downloads folder');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expectAccessible(page, { schemes: ['light', 'dark'] });
    await page.screenshot({ path: 'out/screens/storage-unusable.png', fullPage: true });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Checked again: Steering Desk still cannot save there.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });

  test('a save that fails later because storage is full shows the banner and keeps what was typed', async ({ page }) => {
    await page.addInitScript(() => {
      // Off until the test turns it on, so the workspace opens normally first.
      const w = window as unknown as { failWritesWithQuota: boolean };
      w.failWritesWithQuota = false;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (w.failWritesWithQuota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    await openFreshApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.evaluate(() => {
      (window as unknown as { failWritesWithQuota: boolean }).failWritesWithQuota = true;
    });
    await page.getByLabel('Your name').fill('Julien Malka');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Your disk or browser storage is full — the last change was not saved.' })).toBeVisible();
    await expect(page.getByText('Not saved: storage is full.')).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue('Julien Malka');

    // Nothing was half-written: after a reload (storage working) the name was never stored.
    await page.evaluate(() => {
      (window as unknown as { failWritesWithQuota: boolean }).failWritesWithQuota = false;
    });
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Your name')).toHaveValue('');
  });
});

test.describe('the desktop data-folder screen (bridge played by the page)', () => {
  test('names the read-only folder and the latest backup, opens no database, and Try again restarts once the folder is fixed', async ({ page }) => {
    // Stands in for the preload of a launch whose data folder main found read-only.
    await page.addInitScript(() => {
      const folder = '/home/tom/.config/Steering Desk';
      const status = (problem: string | null, detail: string) => ({ problem, dataFolder: folder, backupFolder: `${folder}/backups`, detail });
      const rechecks = [
        { storage: status('full', 'ENOSPC: no space left on device, write'), relaunching: false },
        { storage: status(null, ''), relaunching: true },
      ];
      const steering = {
        openTextFiles: async () => ({ status: 'cancelled' }),
        saveTextFile: async () => ({ status: 'cancelled' }),
        openExternal: async () => ({ opened: false }),
        getAppInfo: async () => ({
          name: 'Steering Desk', version: '0.0.0', electron: '45.5.0', platform: 'linux', userDataDir: folder,
          storage: status('read-only', `EACCES: permission denied, open '${folder}/.steering-desk-write-check-4242-1764150000000'`),
        }),
        recheckStorage: async () => rechecks.shift(),
        onMenuCommand: () => () => undefined,
        saveAutoBackup: async () => {
          throw new Error('no backup may be written on this screen');
        },
        listBackups: async () => ({
          backups: [
            { fileName: 'steering-desk-2026-11-26T09-00-00Z-scheduled.json', bytes: 52_000 },
            { fileName: 'steering-desk-2026-11-25T09-00-00Z-scheduled.json', bytes: 51_000 },
          ],
          folder: `${folder}/backups`,
        }),
        readBackup: async () => ({ text: '' }),
        saveFolder: async () => ({ status: 'cancelled' }),
        fetchTopic: async () => ({ status: 'failed', code: 'offline', message: 'offline' }),
        cancelFetch: async () => ({ cancelled: false }),
        onFetchProgress: () => () => undefined,
        setDiscourseApiKey: async () => ({ saved: false }),
        deleteDiscourseApiKey: async () => ({ deleted: false }),
        listDiscourseHosts: async () => ({ approved: [], withKeys: [] }),
      };
      Object.defineProperty(window, 'steering', { value: steering });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Steering Desk cannot save your work' })).toBeVisible();
    await expect(alert(page)).toContainText('Steering Desk cannot save in its data folder /home/tom/.config/Steering Desk: the folder is read-only.');
    await expect(alert(page)).toContainText('Make the folder writable again');
    await expect(alert(page)).toContainText('steering-desk-2026-11-26T09-00-00Z-scheduled.json in /home/tom/.config/Steering Desk/backups');
    await expect(alert(page)).toContainText('File › Back up… and File › Export… can save a copy anywhere you choose');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    expect(await databaseNames(page)).toEqual([]);
    await expectAccessible(page, { schemes: ['light', 'dark'] });
    await page.screenshot({ path: 'out/screens/storage-read-only-desktop.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/storage-read-only-desktop-dark.png', fullPage: true });

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Checked again: Steering Desk still cannot save there.')).toBeVisible();
    await expect(alert(page)).toContainText('/home/tom/.config/Steering Desk: the disk is full.');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('The folder can be used now. Steering Desk is restarting…')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Checking…' })).toBeDisabled();
    expect(await databaseNames(page)).toEqual([]);
  });
});
