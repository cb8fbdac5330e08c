/**
 * SECURITY.md §7.7 (checks 45, 47, 48, 49) in the web build: the behaviour under load, with
 * no clock in the assertions. How fast is measured by `npm run bench -- load`; here:
 *  - 45: a 5,000-post thread imports whole, and clicks during the import are answered
 *    before it ends (the reading runs in a worker, the writing in slices);
 *  - 47 + 49: a workspace of 50,000 items and tens of MB starts cold to a usable
 *    workspace, its Items list renders only a window of rows, and a tag change shows at
 *    once in the list and in the filters;
 *  - 48: importing and discarding 20 threads leaves no listener or worker behind.
 * The desktop app's version of these is test/e2e/electron/load.spec.ts.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { installListenerProbe, readListenerProbe } from '../../bench/browser/listener-probe';
import { importOrDiscard } from '../../bench/load-memory';
import { countRows, seedWorkspace } from '../../bench/load-seed';
import { makeTopic, TYPICAL_POSTS } from '../../bench/topic-generator';
import { defaultChoice } from '../../shared/import/plan';
import { DEFAULT_TEAMS, parseFiles } from '../../shared/parse';
import { openFreshApp } from './support/app';
import { importFilesThroughUi } from './support/import';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
const listbox = (page: Page) => page.getByRole('listbox', { name: /^Items/ });

/** What the preview's defaults import from `json` in an empty workspace: posts and their items. */
function expectedImport(json: string): { updates: number; items: number } {
  const { updates } = parseFiles([{ name: 'load.json', text: json }], { teams: DEFAULT_TEAMS });
  const included = updates.filter((u) => defaultChoice(u, []).include);
  return { updates: included.length, items: included.reduce((n, u) => n + u.items.length, 0) };
}

/** Files for the browser's file chooser, written under the test's output folder. */
function chooserFor(page: Page, testInfo: TestInfo) {
  return async (files: { name: string; text: string }[], open: () => Promise<void>) => {
    const paths = files.map((f) => {
      const path = testInfo.outputPath(f.name);
      writeFileSync(path, f.text);
      return path;
    });
    const chooser = page.waitForEvent('filechooser');
    await open();
    await (await chooser).setFiles(paths);
  };
}

test.describe('the app under load (SECURITY.md §7.7)', () => {
  test('a 5,000-post thread imports whole while the window keeps answering clicks (check 45)', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const { json } = makeTopic(5000, 45, { size: TYPICAL_POSTS, title: 'Community Team Updates (5,000 posts)' });
    const expected = expectedImport(json);
    const file = testInfo.outputPath('five-thousand-posts.json');
    writeFileSync(file, json);
    await openFreshApp(page);

    // A path, not a buffer: Playwright would otherwise decode the 8 MB in the page itself.
    await importFilesThroughUi(page, [file]);
    const reading = page.getByRole('status').filter({ hasText: 'Reading the updates' });
    await expect(reading).toBeVisible();
    // Reading: two clicks (to Teams and back) are answered while the thread is still being read.
    await nav(page, 'Teams').click();
    await expect(nav(page, 'Teams')).toHaveAttribute('aria-current', 'page');
    await nav(page, 'Import').click();
    expect(await reading.isVisible(), 'the reading was still going on when both clicks had been answered').toBe(true);

    const importButton = page.getByRole('button', { name: `Import ${expected.updates} updates` });
    await expect(importButton).toBeVisible({ timeout: 60_000 });
    // The preview shows a page of posts, not 5,000 of them.
    await expect(page.locator('ol[aria-label="Posts to import"] > li')).toHaveCount(100);
    await importButton.click();
    await expect(page.getByRole('button', { name: 'Importing…' })).toBeVisible();
    // Writing: a click on Items is answered first; the finished import then opens Teams.
    await nav(page, 'Items').click();
    await expect(nav(page, 'Items')).toHaveAttribute('aria-current', 'page');
    const imported = page.getByRole('status').filter({ hasText: /^Imported:/ });
    await expect(imported).toContainText(`Imported: ${expected.updates} new updates, ${expected.items} new items`, { timeout: 120_000 });
    await expect(nav(page, 'Teams')).toHaveAttribute('aria-current', 'page');

    expect(await countRows(page, 'updates')).toBe(expected.updates);
    expect(await countRows(page, 'items')).toBe(expected.items);
  });

  test('50,000 items: a cold start reaches the workspace, the list renders a window of rows, a tag change shows live (checks 47, 49)', async ({ page, context }) => {
    test.setTimeout(180_000);
    await openFreshApp(page);
    // 50,000 items and 2,000 posts of 10,000 characters: tens of MB (the bench uses ~200 MB).
    await seedWorkspace(page, { items: 50_000, postChars: 10_000, me: 'Tom Bereknyei' });
    await page.close();

    const app = await context.newPage();
    await test.step('a cold start on the large workspace reaches the interactive workspace (check 49)', async () => {
      await app.goto('/');
      await expect(nav(app, 'Settings')).toBeVisible({ timeout: 30_000 });
      // The first start of a workspace never backed up makes its automatic backup now (in a
      // worker; the bench measures how the window fares meanwhile): hence the long waits.
      await nav(app, 'Settings').click();
      await expect(app.getByLabel('Your name')).toHaveValue('Tom Bereknyei', { timeout: 60_000 });
    });

    await test.step('the Items list shows its first rows and only a window of the 50,000 (check 47)', async () => {
      await nav(app, 'Items').click();
      await expect(listbox(app).getByRole('option').first()).toBeVisible({ timeout: 60_000 });
      await expect(app.getByText('50000 of 50000 items')).toBeVisible();
      await expect(listbox(app).getByRole('option').first()).toHaveAttribute('aria-setsize', '50000');
      const rows = await listbox(app).getByRole('option').count();
      expect(rows).toBeGreaterThan(5);
      expect(rows).toBeLessThan(100);
    });

    await test.step('a tag added to an item shows on its row and in the Tag filter without a reload (check 47)', async () => {
      const first = listbox(app).getByRole('option').first();
      await first.click();
      const detail = app.getByRole('complementary');
      await detail.getByLabel('Add a tag').fill('load-check');
      await detail.getByLabel('Add a tag').press('Enter');
      await expect(first).toContainText('load-check');
      const tagFilter = app.getByLabel('Tag', { exact: true });
      await expect(tagFilter.getByRole('option', { name: 'load-check' })).toBeAttached();
      await tagFilter.selectOption({ label: 'load-check' });
      await expect(listbox(app).getByRole('option')).toHaveCount(1);
      await expect(app.getByText('1 of 50000 items')).toBeVisible();
    });

    await test.step('the automatic backup of the first start, made in a worker, is saved (check 49)', async () => {
      const backups = app.getByRole('list', { name: 'Automatic backups' });
      await expect(async () => {
        // The list is read when Settings opens: come back until the backup is there.
        await nav(app, 'Teams').click();
        await nav(app, 'Settings').click();
        await expect(backups).toContainText('automatic', { timeout: 2000 });
      }).toPass({ timeout: 90_000 });
    });
  });

  test('importing and discarding 20 threads leaves no listener or worker behind (check 48)', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.addInitScript(installListenerProbe);
    await openFreshApp(page);
    const choose = chooserFor(page, testInfo);
    // One round of each kind first: what the app subscribes once, on first use, is not a leak.
    await importOrDiscard(page, choose, 0, 10);
    await importOrDiscard(page, choose, 1, 10);
    const before = await readListenerProbe(page);
    expect(before.total, 'the probe sees the listeners the app keeps on window and document').toBeGreaterThan(0);
    for (let n = 2; n < 22; n++) await importOrDiscard(page, choose, n, 10);
    const after = await readListenerProbe(page);
    expect(after.listeners).toEqual(before.listeners);
    expect(after.workers).toBe(0);
    // The rounds did happen: ten threads were imported (plus the first).
    await nav(page, 'Import').click();
    await expect(page.getByRole('list', { name: 'Imported threads' }).getByRole('listitem')).toHaveCount(11);
  });
});
