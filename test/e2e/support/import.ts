import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const SAMPLE_THREAD = fileURLToPath(new URL('../../fixtures/import/community-team-updates-thread.txt', import.meta.url));
export const fixturePath = (relative: string) => fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));

/** Imports files through the Import screen's file picker and waits for the preview. */
export async function importFilesThroughUi(page: Page, paths: string[]): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(paths);
}

/** Imports the sample "Community Team Updates" thread (text copied from the browser) with the preview's defaults. */
export async function importSampleThread(page: Page): Promise<void> {
  await importFilesThroughUi(page, [SAMPLE_THREAD]);
  const importButton = page.getByRole('button', { name: /^Import \d+ updates?$/ });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();
}
