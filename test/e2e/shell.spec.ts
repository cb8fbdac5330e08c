import { expect, test } from '@playwright/test';
import { openFreshApp } from './support/app';
import { probeCsp } from './support/csp-probe';

test.describe('the app shell', () => {
  test('a first-time member sees the welcome steps and the navigation', async ({ page }) => {
    await openFreshApp(page);
    await expect(page.getByRole('heading', { name: 'Welcome to Steering Desk' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Import the team updates' })).toBeVisible();
    for (const label of ['Teams', 'Items', 'Decisions', 'Meetings', 'Import', 'Settings']) {
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label })).toBeVisible();
    }
    await page.screenshot({ path: 'out/screens/shell-first-run.png', fullPage: true });
  });

  test('the page runs under a CSP that blocks inline script and eval', async ({ page }) => {
    await openFreshApp(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const outcome = await probeCsp(page);
    expect(outcome.injected).toBeUndefined();
    expect(outcome.evaluated).toBeUndefined();
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem']));
    expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
  });

  test('a member added in Settings is still there after a reload', async ({ page }) => {
    await openFreshApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Your name').fill('Tom Bereknyei');
    await page.getByRole('button', { name: 'Save' }).click();
    const add = page.getByRole('form', { name: 'Add an SC member' });
    await add.getByLabel('Name').fill('Julien Malka');
    await add.getByLabel('Handle (optional)').fill('@JulienMalka');
    await add.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('list', { name: 'SC members' })).toContainText('Julien Malka');

    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('list', { name: 'SC members' })).toContainText('Julien Malka');
    await expect(page.getByRole('list', { name: 'SC members' })).toContainText('@JulienMalka');
    await expect(page.getByLabel('Your name')).toHaveValue('Tom Bereknyei');
    await page.screenshot({ path: 'out/screens/settings.png', fullPage: true });
  });

  test('adding a member with an empty name shows a clear error and saves nothing', async ({ page }) => {
    await openFreshApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    const add = page.getByRole('form', { name: 'Add an SC member' });
    await add.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the member’s name.');
    const count = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('steering-desk');
          req.onsuccess = () => {
            const tx = req.result.transaction('members', 'readonly');
            const c = tx.objectStore('members').count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    expect(count).toBe(0);
  });
});
