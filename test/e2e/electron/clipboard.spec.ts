/**
 * Copying an export in the desktop app: Electron routes `navigator.clipboard.writeText`
 * through the `clipboard-sanitized-write` permission, which the permission policy grants to
 * the app window's top frame and nothing else (electron/main/security.ts applyPermissionPolicy).
 * What "Copy Markdown" (a meeting's Export tab) and "Copy to clipboard" (the decision log
 * dialog) put on the clipboard is read back from main, as check 21 writes it there; reading
 * the clipboard from the page stays refused. Skipped, with the reason, where the Electron
 * binary is missing.
 */
import { expect, test, type Page } from '@playwright/test';
import { addCommittee } from '../support/committee';
import { openMinutesField } from '../support/editor-fields';
import { importLinkPost } from '../support/link-post';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

const BEFORE = 'clipboard before the copy';

let launched: Launched;
test.beforeEach(async () => {
  launched = await launchApp();
});
test.afterEach(async () => {
  await launched?.close();
});

async function ready(): Promise<Page> {
  const page = await launched.app.firstWindow();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  // Chromium writes to the clipboard only for a focused document.
  await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.focus());
  await launched.app.evaluate(({ clipboard }, text) => clipboard.writeText(text), BEFORE);
  return page;
}

const clipboardText = () => launched.app.evaluate(({ clipboard }) => clipboard.readText());

test('Copy Markdown on a meeting’s Export tab puts the previewed Markdown on the system clipboard', async () => {
  const page = await ready();
  await importLinkPost(page);
  // Edits are recorded under the member's name: say who they are first (as check 21 does).
  await addCommittee(page, 0);
  await openMinutesField(page);
  await page.getByRole('tab', { name: 'Export' }).click();
  const preview = page.getByLabel(/^Preview of agenda-/);
  await expect(preview).toHaveValue(/Hosting costs/);
  const markdown = await preview.inputValue();

  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  await expect.poll(clipboardText).toBe(markdown);
  expect(await clipboardText()).not.toBe(BEFORE);
});

test('Copy to clipboard in the decision log export dialog copies the preview, and the page still cannot read the clipboard', async () => {
  const page = await ready();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Export decision log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the decision log' });
  const preview = dialog.getByLabel('Preview');
  await expect(preview).toContainText('Decision log');
  const markdown = await preview.textContent();

  await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect.poll(clipboardText).toBe(markdown);
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // Only writing is granted: clipboard-read stays denied (SECURITY.md check 8).
  const read = await page.evaluate(async () => {
    try {
      await navigator.clipboard.readText();
      return 'read';
    } catch (error) {
      return error instanceof DOMException ? error.name : 'error';
    }
  });
  expect(read).toBe('NotAllowedError');
});
