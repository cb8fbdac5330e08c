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
