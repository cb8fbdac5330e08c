/**
 * SECURITY.md check 21 (browser side): HTML on the clipboard pasted into an editor field
 * arrives as text only — the MarkText CVE-2023-2318 scenario. The desktop side is
 * test/e2e/electron/content.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { openFreshApp } from './support/app';
import { PASTED_HTML, PASTED_TEXT, pasteIntoNotesAndMinutes } from './support/editor-fields';
import { importLinkPost } from './support/link-post';

test('pasting HTML into an editor field keeps text only and runs nothing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFreshApp(page);
  await page.evaluate(() => {
    (window as unknown as { __alerted: boolean }).__alerted = false;
    window.alert = () => {
      (window as unknown as { __alerted: boolean }).__alerted = true;
    };
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
  const field = page.getByLabel('Text copied from the thread in your browser');
  await field.focus();
  await page.evaluate(async () => {
    const html = '<img src=x onerror="alert(1)"><b>The moderation team grew a bit.</b><script>alert(2)</script>';
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob(['The moderation team grew a bit.'], { type: 'text/plain' }) }),
    ]);
  });
  await page.keyboard.press('Control+V');
  await expect(field).toHaveValue('The moderation team grew a bit.');
  expect(await page.locator('.import-view img, .import-view b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __alerted: boolean }).__alerted)).toBe(false);
});

test('pasting HTML into an item note and meeting minutes stores and shows text only', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFreshApp(page);
  await importLinkPost(page);
  await page.evaluate(
    async ({ html, text }) => {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
    },
    { html: PASTED_HTML, text: PASTED_TEXT },
  );
  await pasteIntoNotesAndMinutes(page);
});
