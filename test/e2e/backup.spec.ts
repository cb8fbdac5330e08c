import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './support/app';
import { expectAccessible } from './support/axe';
import { importSampleThread } from './support/import';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
const panel = (page: Page) => page.getByRole('region', { name: 'Backup & restore' });

const countOf = (page: Page, table: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('steering-desk');
        req.onsuccess = () => {
          const c = req.result.transaction(name, 'readonly').objectStore(name).count();
          c.onsuccess = () => {
            resolve(c.result);
            req.result.close();
          };
        };
      }),
    table,
  );

test.describe('backup and restore', () => {
  test('an SC member backs up, restores the backup and undoes the restore', async ({ page }, testInfo) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await nav(page, 'Settings').click();
    await expect(panel(page)).toBeVisible();

    // Back up: in the browser build the backup is a download.
    const downloading = page.waitForEvent('download');
    await panel(page).getByRole('button', { name: 'Back up now…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^steering-desk-.*-manual\.json$/);
    const backupPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(backupPath);

    // A change made after the backup: the member records their name.
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are recorded as Ada Lovelace.' })).toBeVisible();
    const settingsAfterChange = await countOf(page, 'settings');

    // Restore from the file: the confirmation says what the file holds and what it replaces.
    const choosing = page.waitForEvent('filechooser');
    await panel(page).getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosing).setFiles(backupPath);
    const confirm = page.getByRole('region', { name: `Restore ${download.suggestedFilename()}?` });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('row', { name: /Teams/ })).toContainText('8');
    await confirm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'out/screens/backup-restore-confirm.png' });
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/backup-restore-confirm-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    await confirm.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
    const undo = panel(page).getByRole('button', { name: 'Undo restore' });
    await expect(undo).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue('');
    expect(await countOf(page, 'settings')).toBe(settingsAfterChange - 1);
    expect(await countOf(page, 'teams')).toBe(8);
    await expect(panel(page).getByRole('list', { name: 'Automatic backups' })).toContainText('before a restore');
    await page.screenshot({ path: 'out/screens/backup-undo.png' });

    // Undo: the name recorded after the backup is back.
    await undo.click();
    await expect(undo).toBeHidden();
    await expect(page.getByLabel('Your name')).toHaveValue('Ada Lovelace');
    expect(await countOf(page, 'settings')).toBe(settingsAfterChange);
    expect(await countOf(page, 'teams')).toBe(8);
  });

  test('a damaged backup file is refused with a message and nothing changes', async ({ page }, testInfo) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await nav(page, 'Settings').click();
    const downloading = page.waitForEvent('download');
    await panel(page).getByRole('button', { name: 'Back up now…' }).click();
    const download = await downloading;
    const text = (await (await download.createReadStream()).toArray()).join('');
    const damaged = testInfo.outputPath('damaged.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
    const items = await countOf(page, 'items');

    const choosing = page.waitForEvent('filechooser');
    await panel(page).getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosing).setFiles(damaged);
    await expect(panel(page).getByRole('alert')).toContainText('damaged.json: The backup file is incomplete');
    await expect(panel(page).getByRole('alert')).toContainText('Your workspace was not changed.');
    expect(await countOf(page, 'items')).toBe(items);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/backup-refused-dark.png' });
  });
});
