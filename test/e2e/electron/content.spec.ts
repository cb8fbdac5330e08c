/**
 * SECURITY.md E-checks on what members paste and click in the desktop app: HTML pasted from
 * the system clipboard arrives as text only (21, MarkText CVE-2023-2318), and a link in a
 * rendered post reaches `shell.openExternal` once, normalised, only for http/https, without
 * navigating the window (23). The browser-side checks are test/e2e/paste.spec.ts and
 * test/e2e/links.spec.ts. Skipped, with the reason, where the Electron binary is missing.
 */
import { expect, test, type Page } from '@playwright/test';
import { injectionSigns, PASTED_HTML, PASTED_TEXT, pasteIntoNotesAndMinutes, watchForInjection } from '../support/editor-fields';
import { importLinkPost, POST_LINKS } from '../support/link-post';
import { watchAppPageStays } from '../support/navigation-watch';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

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
  return page;
}

/** Replaces shell.openExternal in the main process with a recorder; returns whether the stub is in place. */
async function stubOpenExternal(): Promise<boolean> {
  return launched.app.evaluate(({ shell }) => {
    const g = globalThis as unknown as { openedExternally: string[] };
    g.openedExternally = [];
    const stub = async (url: string) => {
      g.openedExternally.push(url);
    };
    // defineProperty, not assignment: it also replaces a read-only property of the native module, or throws.
    Object.defineProperty(shell, 'openExternal', { value: stub, configurable: true, writable: true });
    return shell.openExternal === stub;
  });
}

const openedExternally = () => launched.app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally);

test('HTML pasted from the system clipboard is stored and shown as text only (check 21)', async () => {
  const page = await ready();
  // Electron 45's clipboard takes ClipboardItems, like the web's (no more write({ html, text })).
  await launched.app.evaluate(
    ({ clipboard, ClipboardItem }, data) => clipboard.write([new ClipboardItem({ 'text/html': data.html, 'text/plain': data.text })]),
    { html: PASTED_HTML, text: PASTED_TEXT },
  );
  expect(await launched.app.evaluate(({ clipboard }) => clipboard.has('text/html'))).toBe(true);

  // The import screen's paste field, as in the browser check.
  await watchForInjection(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
  const importField = page.getByLabel('Text copied from the thread in your browser');
  await importField.click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(importField).toHaveValue(PASTED_TEXT);
  expect(await page.locator('.import-view img, .import-view b').count()).toBe(0);
  expect(await injectionSigns(page)).toEqual({ ran: 0, violations: [], elements: 0 });

  // Then the fields that store what is pasted: an item's note and a meeting's minutes.
  await importLinkPost(page);
  await pasteIntoNotesAndMinutes(page);
});

test('a post link goes to shell.openExternal once, normalised, for http/https only, and the window stays (check 23)', async () => {
  const page = await ready();
  expect(await stubOpenExternal()).toBe(true);
  await importLinkPost(page);
  const expectAppPageStayed = watchAppPageStays(page);
  const post = page.locator('.post-body');
  const expected: string[] = [];

  for (const link of POST_LINKS) {
    if (link.opens === null) {
      // Rendered as text, not as a link: there is nothing to activate.
      await expect(post.getByRole('link', { name: link.text })).toHaveCount(0);
      await post.getByText(link.text).click();
    } else {
      await post.getByRole('link', { name: link.text }).click();
      expected.push(link.opens);
    }
    await expect.poll(openedExternally, { message: link.text }).toEqual(expected);
    // Give a second call (a click handled twice) the time to arrive.
    await page.waitForTimeout(300);
    expect(await openedExternally(), link.text).toEqual(expected);
  }

  // Enter on a focused link opens it once too.
  const plain = POST_LINKS[0]!;
  await post.getByRole('link', { name: plain.text }).press('Enter');
  expected.push(plain.opens!);
  await expect.poll(openedExternally).toEqual(expected);
  await page.waitForTimeout(300);
  expect(await openedExternally()).toEqual(expected);

  // The main process applies the same rule to a page that asks it directly.
  const answers = await page.evaluate(async () => {
    const steering = (window as unknown as { steering: { openExternal(url: string): Promise<{ opened: boolean }> } }).steering;
    const ask = async (url: string) => (await steering.openExternal(url)).opened;
    return {
      script: await ask('javascript:alert(1)'),
      file: await ask('file:///etc/passwd'),
      password: await ask('https://sc:secret@example.net/'),
      odd: await ask('HTTPS://Example.org/a b'),
    };
  });
  expect(answers).toEqual({ script: false, file: false, password: false, odd: true });
  expect(await openedExternally()).toEqual([...expected, 'https://example.org/a%20b']);

  expectAppPageStayed();
  expect(launched.app.windows()).toHaveLength(1);
  expect(await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
