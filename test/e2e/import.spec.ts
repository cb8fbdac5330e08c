import { expect, test } from '@playwright/test';
import { openFreshApp } from './support/app';
import { fixturePath, importFilesThroughUi, importSampleThread, SAMPLE_THREAD } from './support/import';

const TEAMS = ['Xen Project team', 'RFC Steering Committee', 'Nix formatting team', 'Moderation team', 'stdenv team', 'nix-community', 'Marketing team', 'Documentation team'];

test.describe('importing team updates', () => {
  test('the sample thread previews as eight teams with their asks, then imports', async ({ page }) => {
    await openFreshApp(page);
    await importFilesThroughUi(page, [SAMPLE_THREAD]);
    const posts = page.getByRole('list', { name: 'Posts to import' });
    for (const team of TEAMS) await expect(posts.getByText(team, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Asks of Xen Project team' })).toContainText('@nixos.org');
    await expect(page.getByRole('list', { name: 'Asks of Marketing team' })).toContainText(/private matrix room/i);
    await page.screenshot({ path: 'out/screens/import-preview.png', fullPage: false });

    await page.getByRole('button', { name: /^Import \d+ updates?$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();
    const teamCount = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('steering-desk');
          req.onsuccess = () => {
            const c = req.result.transaction('teams', 'readonly').objectStore('teams').count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    expect(teamCount).toBe(8);
  });

  test('importing the same thread twice adds nothing new', async ({ page }) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await importFilesThroughUi(page, [SAMPLE_THREAD]);
    // The preview says so before anything is written: every ticked post is unchanged.
    await expect(page.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
    await expect(page.getByText(/nothing new \(\d+ unchanged\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import \d+ updates?$/ })).toHaveCount(0);
  });

  test('moving a post of a re-imported thread to another team is one change, and the import moves it', async ({ page }) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await importFilesThroughUi(page, [SAMPLE_THREAD]);
    await expect(page.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
    const xen = page.getByRole('listitem', { name: 'Xen Project team' });
    await xen.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Moderation team' });
    await expect(xen.locator('.post-state')).toHaveText('moved to Moderation team');
    await expect(page.getByText(/selected: 1 moved to Moderation team, \d+ unchanged/)).toBeVisible();
    await page.getByRole('button', { name: 'Import 1 change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 1 moved to another team.' })).toBeVisible();
    const teamsOfXenPost = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const req = indexedDB.open('steering-desk');
          req.onsuccess = () => {
            const all = req.result.transaction('items', 'readonly').objectStore('items').getAll();
            all.onsuccess = () => resolve([...new Set((all.result as { teamId: string; text: string }[]).filter((i) => /@nixos\.org/.test(i.text)).map((i) => i.teamId))]);
          };
        }),
    );
    expect(teamsOfXenPost).toEqual(['moderation']);
  });

  test('a Discourse error page saved as .json is refused with the file named, and nothing is written', async ({ page }) => {
    await openFreshApp(page);
    await importFilesThroughUi(page, [fixturePath('import/bad/error-page.json')]);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('error-page.json could not be imported');
    await expect(alert).toContainText('Nothing was changed');
    const counts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('steering-desk');
          req.onsuccess = () => {
            const c = req.result.transaction('updates', 'readonly').objectStore('updates').count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    expect(counts).toBe(0);
  });

  test('pasted text goes through the same preview', async ({ page }) => {
    await openFreshApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
    await page.getByLabel('Text copied from the thread in your browser').fill('The moderation team grew a bit.\nCurrently the only thing we need from the SC is to start by formalizing escalation channels.');
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await expect(page.getByRole('list', { name: 'Posts to import' })).toContainText('Moderation team');
  });
});
