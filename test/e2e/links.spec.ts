/**
 * SECURITY.md check 23 (browser side): a link in a rendered post never navigates the app's
 * page. In the browser build the platform's opener (renderer/lib/platform/browser-platform.ts)
 * is `window.open(url, '_blank', 'noopener,noreferrer')` after the same http/https rule as the
 * desktop app; the desktop side (shell.openExternal) is test/e2e/electron/content.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './support/app';
import { importLinkPost, POST_LINKS } from './support/link-post';
import { watchAppPageStays } from './support/navigation-watch';

type OpenCall = { url: string; target: string; features: string };

/** Every window.open call the page makes, recorded before the app's own scripts run, then passed on. */
function recordWindowOpen(): void {
  const calls: OpenCall[] = [];
  (window as unknown as { __openCalls: OpenCall[] }).__openCalls = calls;
  const open = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string) => {
    calls.push({ url: String(url), target: target ?? '', features: features ?? '' });
    return open(url, target, features);
  };
}

const openCalls = (page: Page) => page.evaluate(() => (window as unknown as { __openCalls: OpenCall[] }).__openCalls);

test('a click on a post link opens only web links, once each, in a new tab without navigating the app', async ({ page, context }) => {
  // Tabs the app opens load a stub instead of the real sites.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ contentType: 'text/html', body: '<title>outside</title>' }));
  await context.addInitScript(recordWindowOpen);
  await openFreshApp(page);
  await importLinkPost(page);

  const expectAppPageStayed = watchAppPageStays(page);
  const post = page.locator('.post-body');

  for (const link of POST_LINKS) {
    const before = (await openCalls(page)).length;
    const pagesBefore = context.pages().length;
    if (link.opens === null) {
      // Not a link at all once rendered: the text is there, nothing to activate.
      await expect(post.getByRole('link', { name: link.text })).toHaveCount(0);
      await post.getByText(link.text).click();
      await page.waitForTimeout(300);
      expect(await openCalls(page), link.text).toHaveLength(before);
      expect(context.pages(), link.text).toHaveLength(pagesBefore);
      continue;
    }
    const tab = context.waitForEvent('page');
    await post.getByRole('link', { name: link.text }).click();
    const opened = await tab;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(link.opens);
    // noopener: the opened site cannot reach back into the app.
    expect(await opened.evaluate(() => window.opener)).toBeNull();
    await opened.close();
    expect((await openCalls(page)).slice(before)).toEqual([{ url: link.opens, target: '_blank', features: 'noopener,noreferrer' }]);
  }

  // Middle-click and Enter open the same way, once each.
  const plain = POST_LINKS[0]!;
  const middle = context.waitForEvent('page');
  await post.getByRole('link', { name: plain.text }).click({ button: 'middle' });
  await (await middle).close();
  const enter = context.waitForEvent('page');
  await post.getByRole('link', { name: plain.text }).press('Enter');
  await (await enter).close();
  await page.waitForTimeout(300);
  expect((await openCalls(page)).map((c) => c.url)).toEqual([...POST_LINKS.flatMap((l) => (l.opens ? [l.opens] : [])), plain.opens, plain.opens]);
  expect(context.pages()).toEqual([page]);

  expectAppPageStayed();
  await expect(page.getByRole('navigation', { name: 'Teams' })).toBeVisible();
});
