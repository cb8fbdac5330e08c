/**
 * SECURITY.md check 23's last word, shared by the browser build (test/e2e/links.spec.ts) and
 * the desktop app (test/e2e/electron/content.spec.ts): whatever the links did, the app's own
 * page never navigated away.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Records every navigation of the page's main frame from now on, and returns the check to
 * run at the end: none happened, and the page is still at the address it had when watched.
 */
export function watchAppPageStays(page: Page): () => void {
  const appUrl = page.url();
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  return () => {
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(appUrl);
  };
}
