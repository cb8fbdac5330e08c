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
import { openFreshApp } from './support/app';
import { importFilesThroughUi } from './support/import';
import { expectedImport, expectImportKeepsAnswering, expectLargeWorkspaceAfterColdStart, nav } from './support/load-checks';

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
    await expectImportKeepsAnswering(page, expected);

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
    await app.goto('/');
    await expectLargeWorkspaceAfterColdStart(app);
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
