import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './support/app';
import { expectAccessible } from './support/axe';
import { fixturePath } from './support/import';

const SAVED_PAGES = [fixturePath('import/sample/topic-56458.json'), fixturePath('import/sample/posts-56458-page2.json')];

async function openForumCard(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
  return page.getByRole('region', { name: 'From the forum' });
}

test.describe('a forum thread in the browser build', () => {
  test('the forum card names the pages to save for a pasted topic address', async ({ page }) => {
    await openFreshApp(page);
    const card = await openForumCard(page);
    await expect(card).toContainText('cannot fetch from the forum itself');
    await card.getByLabel('Topic address (optional)').fill('https://discourse.nixos.org/t/community-team-updates/56458/12');
    const pages = card.getByRole('list', { name: 'Pages to save' });
    await expect(pages).toContainText('https://discourse.nixos.org/t/56458.json');
    await expect(pages).toContainText('https://discourse.nixos.org/raw/56458');
    await page.screenshot({ path: 'out/screens/fetch-url-browser.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/fetch-url-browser-dark.png' });
    await expectAccessible(page);
  });

  test('an address that is not a topic is explained next to the field', async ({ page }) => {
    await openFreshApp(page);
    const card = await openForumCard(page);
    await card.getByLabel('Topic address (optional)').fill('http://discourse.nixos.org/t/x/1');
    await expect(card.getByRole('alert')).toContainText('Only https addresses');
  });

  test('the saved pages import through the usual preview and the thread is listed afterwards', async ({ page }) => {
    await openFreshApp(page);
    const card = await openForumCard(page);
    await card.getByLabel('Topic address (optional)').fill('https://discourse.nixos.org/t/community-team-updates/56458');
    const chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: 'Choose saved pages…' }).click();
    await (await chooser).setFiles(SAVED_PAGES);
    await expect(page.getByRole('list', { name: 'Posts to import' })).toBeVisible();
    await page.getByRole('button', { name: /^Import \d+ updates?$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
    const threads = page.getByRole('list', { name: 'Imported threads' });
    await expect(threads).toContainText('posts');
    await expect(page.getByRole('region', { name: 'Threads' })).toContainText('save its pages again');
    await page.screenshot({ path: 'out/screens/fetch-url-threads.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/fetch-url-threads-dark.png', fullPage: true });
    await expectAccessible(page);
  });
});

test.describe('the desktop panel (bridge played by the page)', () => {
  test('shows posts fetched of the total with Cancel, and the key settings are labelled', async ({ page }) => {
    // Stands in for the preload: a fetch that reports progress and then waits for Cancel.
    await page.addInitScript(() => {
      const listeners = new Set<(p: { requestId: string; fetched: number; total: number }) => void>();
      let finish: ((r: unknown) => void) | null = null;
      const steering = {
        openTextFiles: async () => ({ status: 'cancelled' }),
        saveTextFile: async () => ({ status: 'cancelled' }),
        openExternal: async () => ({ opened: false }),
        getAppInfo: async () => ({ name: 'Steering Desk', version: '0.0.0', electron: '1', platform: 'linux', userDataDir: '/tmp' }),
        onMenuCommand: () => () => undefined,
        saveAutoBackup: async () => ({ saved: false, removed: [] }),
        listBackups: async () => ({ backups: [], folder: '' }),
        readBackup: async () => ({ text: '' }),
        saveFolder: async () => ({ status: 'cancelled' }),
        fetchTopic: (_url: string, requestId: string) =>
          new Promise((resolve) => {
            finish = resolve;
            setTimeout(() => listeners.forEach((l) => l({ requestId, fetched: 20, total: 45 })), 50);
          }),
        cancelFetch: async () => {
          finish?.({ status: 'failed', code: 'cancelled', message: 'cancelled' });
          return { cancelled: true };
        },
        onFetchProgress: (l: (p: { requestId: string; fetched: number; total: number }) => void) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        setDiscourseApiKey: async () => ({ saved: true }),
        deleteDiscourseApiKey: async () => ({ deleted: true }),
        listDiscourseHosts: async () => ({ approved: ['discourse.nixos.org'], withKeys: ['discourse.nixos.org'] }),
      };
      Object.defineProperty(window, 'steering', { value: steering });
    });
    await openFreshApp(page);
    const card = await openForumCard(page);
    await card.getByLabel('Topic address').fill('https://discourse.nixos.org/t/community-team-updates/56458');
    await card.getByRole('button', { name: 'Fetch thread' }).click();
    await expect(card.getByRole('status')).toContainText('20 of 45 posts fetched');
    await card.getByText('Private categories').click();
    await page.screenshot({ path: 'out/screens/fetch-url-desktop.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/fetch-url-desktop-dark.png', fullPage: true });
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(card.getByRole('status')).toContainText('Fetching was cancelled; nothing was imported.');
  });
});
