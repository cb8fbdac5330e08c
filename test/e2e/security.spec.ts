import { expect, test } from '@playwright/test';
import { openFreshApp } from './support/app';
import { fixturePath, importFilesThroughUi } from './support/import';

// SECURITY.md: remote images in imported posts cause no network request (tracking pixels).
test.describe('untrusted posts', () => {
  test('remote images in an imported post are never fetched', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') outside.push(request.url());
    });
    await openFreshApp(page);
    await importFilesThroughUi(page, [fixturePath('backup/tracking-pixel-topic.json')]);
    const importButton = page.getByRole('button', { name: /^Import \d+ updates?$/ });
    await expect(importButton).toBeEnabled();
    await importButton.click();
    await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Teams' }).click();
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Xen/ }).click();
    await expect(page.getByText('All good.').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Marketing/ }).click();
    await expect(page.getByText('We shipped.').first()).toBeVisible();
    // Give any image load a chance to start before counting.
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(await page.locator('img[src^="http"]').count()).toBe(0);
  });
});
