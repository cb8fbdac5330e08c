/**
 * SECURITY.md check 49 as a measurement: a workspace of ~200 MB of rows (50,000 items and
 * 60,000 posts of 3,000 characters, seeded with raw IndexedDB; what the browser stores after
 * compression is reported beside it) closed, then the app started cold on the same
 * profile (a new browser or Electron process). Timed from the page's start to:
 *  - the workspace on screen (the main navigation), and
 *  - interactive: a click on "Settings", made as soon as the navigation shows, answered
 *    by the Settings screen.
 * Then, for ten seconds, a click every 200 ms records how long clicks wait: start-up work
 * that holds the window (such as the automatic backup of a workspace not backed up for
 * 12 hours, which a seeded profile always is) shows up here.
 */
import type { Page } from '@playwright/test';
import type { AppSession, LoadTarget } from './load-target';
import { seedWorkspace } from './load-seed';

export type ColdStart = { rowsMB: number; storedMB: number; seedMs: number; launchMs: number; toWorkspaceMs: number; toInteractiveMs: number; maxClickDelayMs: number; clicks: number };

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** Seeds a big workspace into `profileDir` with a first launch, and closes it. */
export async function seedBigProfile(target: LoadTarget, profileDir: string, opts = { items: 50_000, posts: 60_000, postChars: 3_000 }): Promise<{ rowsMB: number; storedMB: number; seedMs: number }> {
  const session = await target.open(profileDir);
  try {
    await nav(session.page, 'Teams').waitFor();
    const t0 = performance.now();
    const { jsonChars } = await seedWorkspace(session.page, { ...opts, me: 'Load Bench' });
    const seedMs = performance.now() - t0;
    const storedBytes = await session.page.evaluate(async () => {
      const estimate = await navigator.storage.estimate();
      return estimate.usage ?? 0;
    });
    return { rowsMB: jsonChars / 1e6, storedMB: storedBytes / 1e6, seedMs };
  } finally {
    await session.close();
  }
}

async function clickDelaysFor(session: AppSession, ms: number): Promise<number[]> {
  const { page } = session;
  await page.evaluate(() => {
    const w = window as unknown as { __coldClicks: number[] };
    w.__coldClicks = [];
    document.addEventListener('click', (e) => e.isTrusted && w.__coldClicks.push(performance.now() - e.timeStamp), true);
  });
  const targets = [await nav(page, 'Teams').boundingBox(), await nav(page, 'Settings').boundingBox()];
  const end = performance.now() + ms;
  for (let i = 0; performance.now() < end; i++) {
    const box = targets[i % 2];
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 200));
  }
  return page.evaluate(() => (window as unknown as { __coldClicks: number[] }).__coldClicks);
}

/** Starts the app cold on a seeded profile and measures; closes it afterwards. */
export async function measureColdStart(target: LoadTarget, profileDir: string): Promise<Omit<ColdStart, 'rowsMB' | 'storedMB' | 'seedMs'>> {
  const t0 = performance.now();
  const session = await target.open(profileDir);
  try {
    const { page } = session;
    // Times are read in the page, from the start of its navigation: the app's start, not
    // the browser's (a desktop launch also counts the main process: see launchMs).
    const sinceNavigation = () => page.evaluate(() => performance.now());
    await nav(page, 'Settings').waitFor({ timeout: 120_000 });
    const toWorkspaceMs = await sinceNavigation();
    const launchMs = performance.now() - t0;
    await nav(page, 'Settings').click();
    await page.getByLabel('Your name').waitFor({ timeout: 120_000 });
    const toInteractiveMs = await sinceNavigation();
    const delays = await clickDelaysFor(session, 10_000);
    return { launchMs, toWorkspaceMs, toInteractiveMs, maxClickDelayMs: Math.max(0, ...delays), clicks: delays.length };
  } finally {
    await session.close();
  }
}
