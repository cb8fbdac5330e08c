/**
 * The steps of SECURITY.md §7.7 (checks 45, 47, 49) that the browser build and the desktop
 * app share once the app window is open: the web spec (test/e2e/load.spec.ts) and the
 * desktop one (test/e2e/electron/load.spec.ts) differ only in how they start the app and
 * hand it files, so the assertions live here, once.
 */
import { expect, test, type Page } from '@playwright/test';
import { defaultChoice } from '../../../shared/import/plan';
import { DEFAULT_TEAMS, parseFiles } from '../../../shared/parse';

/** A button of the main navigation, by its exact name. */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
const listbox = (page: Page) => page.getByRole('listbox', { name: /^Items/ });

/** What the preview's defaults import from `json` in an empty workspace: posts and their items. */
export function expectedImport(json: string): { updates: number; items: number } {
  const { updates } = parseFiles([{ name: 'load.json', text: json }], { teams: DEFAULT_TEAMS });
  const included = updates.filter((u) => defaultChoice(u, []).include);
  return { updates: included.length, items: included.reduce((n, u) => n + u.items.length, 0) };
}

/**
 * Check 45, from the moment a large thread has been handed to the Import screen: clicks are
 * answered while it is read and while it is written, and the import ends whole.
 */
export async function expectImportKeepsAnswering(page: Page, expected: { updates: number; items: number }): Promise<void> {
  const reading = page.getByRole('status').filter({ hasText: 'Reading the updates' });
  await expect(reading).toBeVisible();
  // Reading: two clicks (to Teams and back) are answered while the thread is still being read.
  await nav(page, 'Teams').click();
  await expect(nav(page, 'Teams')).toHaveAttribute('aria-current', 'page');
  await nav(page, 'Import').click();
  expect(await reading.isVisible(), 'the reading was still going on when both clicks had been answered').toBe(true);

  const importButton = page.getByRole('button', { name: `Import ${expected.updates} updates` });
  await expect(importButton).toBeVisible({ timeout: 60_000 });
  // The preview shows a page of posts, not all of them.
  await expect(page.locator('ol[aria-label="Posts to import"] > li')).toHaveCount(100);
  await importButton.click();
  await expect(page.getByRole('button', { name: 'Importing…' })).toBeVisible();
  // Writing: a click on Items is answered first; the finished import then opens Teams.
  await nav(page, 'Items').click();
  await expect(nav(page, 'Items')).toHaveAttribute('aria-current', 'page');
  const imported = page.getByRole('status').filter({ hasText: /^Imported:/ });
  await expect(imported).toContainText(`Imported: ${expected.updates} new updates, ${expected.items} new items`, { timeout: 120_000 });
  await expect(nav(page, 'Teams')).toHaveAttribute('aria-current', 'page');
}

/**
 * Checks 47 and 49 on a window that has just started cold on the workspace seeded by
 * bench/load-seed.ts (50,000 items, the member's name 'Tom Bereknyei'), as test steps.
 */
export async function expectLargeWorkspaceAfterColdStart(page: Page): Promise<void> {
  await test.step('the cold start on the large workspace reaches the interactive workspace (check 49)', async () => {
    await expect(nav(page, 'Settings')).toBeVisible({ timeout: 30_000 });
    // The first start of a workspace never backed up makes its automatic backup now (in a
    // worker; the bench measures how the window fares meanwhile): hence the long waits.
    await nav(page, 'Settings').click();
    await expect(page.getByLabel('Your name')).toHaveValue('Tom Bereknyei', { timeout: 60_000 });
  });

  await test.step('the Items list shows its first rows and only a window of the 50,000 (check 47)', async () => {
    await nav(page, 'Items').click();
    await expect(listbox(page).getByRole('option').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('50000 of 50000 items')).toBeVisible();
    await expect(listbox(page).getByRole('option').first()).toHaveAttribute('aria-setsize', '50000');
    const rows = await listbox(page).getByRole('option').count();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(100);
  });

  await test.step('a tag added to an item shows on its row and in the Tag filter without a reload (check 47)', async () => {
    const row = listbox(page).getByRole('option').first();
    await row.click();
    const detail = page.getByRole('complementary');
    await detail.getByLabel('Add a tag').fill('load-check');
    await detail.getByLabel('Add a tag').press('Enter');
    await expect(row).toContainText('load-check');
    const tagFilter = page.getByLabel('Tag', { exact: true });
    await expect(tagFilter.getByRole('option', { name: 'load-check' })).toBeAttached();
    await tagFilter.selectOption({ label: 'load-check' });
    await expect(listbox(page).getByRole('option')).toHaveCount(1);
    await expect(page.getByText('1 of 50000 items')).toBeVisible();
  });

  await test.step('the automatic backup of the first start, made in a worker, is saved and listed (check 49)', async () => {
    const backups = page.getByRole('list', { name: 'Automatic backups' });
    await expect(async () => {
      // The list is read when Settings opens: come back until the backup is there.
      await nav(page, 'Teams').click();
      await nav(page, 'Settings').click();
      await expect(backups).toContainText('automatic', { timeout: 2000 });
    }).toPass({ timeout: 90_000 });
  });
}
