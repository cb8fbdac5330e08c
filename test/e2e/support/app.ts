import type { Page } from '@playwright/test';

/** Opens the app on a fresh origin state: every test starts with an empty workspace. */
export async function openFreshApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    await Promise.all(dbs.map((d) => new Promise((resolve) => {
      const req = indexedDB.deleteDatabase(d.name!);
      req.onsuccess = req.onerror = req.onblocked = () => resolve(null);
    })));
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * Closes the notices (saved, imported…) so they cover neither a screenshot nor what a check
 * looks at. A notice may lie under a dialog's backdrop, so the click is dispatched, not aimed.
 */
export async function dismissNotices(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss message' });
  while ((await buttons.count()) > 0) await buttons.first().dispatchEvent('click');
}
