import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';

/** The file a click saves, with the name the app suggested. */
export async function savedFile(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const event: Promise<Download> = page.waitForEvent('download');
  await click();
  const download = await event;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}
