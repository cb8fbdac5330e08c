/**
 * SECURITY.md check 45 as a measurement: a 5,000-post thread imported through the app's
 * own screens (choose the file, preview, Import), timed from choosing the file to the
 * "Imported" notice, while a member keeps clicking a harmless control (the Import entry of
 * the navigation, every 100 ms). For each click, the delay before its handler ran is read
 * in the page (`performance.now() - event.timeStamp`), so a frozen window shows up as a
 * long delay even when the click is finally handled.
 */
import type { Page } from '@playwright/test';
import { makeTopic, TYPICAL_POSTS } from './topic-generator';
import type { AppSession } from './load-target';
import { countRows } from './load-seed';

export type ImportLoad = { posts: number; updates: number; items: number; totalMs: number; parseMs: number; writeMs: number; clicks: number; maxClickDelayMs: number; p95ClickDelayMs: number };

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** Starts recording click delays in the page; `read` returns them (ms). */
async function recordClickDelays(page: Page): Promise<{ read: () => Promise<number[]> }> {
  await page.evaluate(() => {
    const w = window as unknown as { __clickDelays: number[] };
    w.__clickDelays = [];
    document.addEventListener('click', (e) => e.isTrusted && w.__clickDelays.push(performance.now() - e.timeStamp), true);
  });
  return { read: () => page.evaluate(() => (window as unknown as { __clickDelays: number[] }).__clickDelays) };
}

/**
 * Clicks the point every `everyMs` until `stop` is called, with raw mouse events (they do
 * not wait for the page's scripts). `alone` runs the member's own clicks between two of
 * these, so two mouse sequences never interleave.
 */
function keepClicking(page: Page, at: { x: number; y: number }, everyMs = 100) {
  let running = true;
  let turn: Promise<unknown> = Promise.resolve();
  const alone = <T>(fn: () => Promise<T>): Promise<T> => {
    const mine = turn.then(fn);
    turn = mine.catch(() => undefined);
    return mine;
  };
  const loop = (async () => {
    while (running) {
      await alone(() => page.mouse.click(at.x, at.y));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    alone,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

/** Imports a `posts`-post thread into the session's (empty) workspace and reports times and click delays. */
export async function measureImport(session: AppSession, posts = 5000): Promise<ImportLoad> {
  const { page } = session;
  const { json } = makeTopic(posts, 45, { size: TYPICAL_POSTS, title: 'Load: 5,000 posts' });
  await nav(page, 'Import').click();
  const box = await nav(page, 'Import').boundingBox();
  if (!box) throw new Error('the navigation is not on screen');
  const delays = await recordClickDelays(page);
  const t0 = performance.now();
  const clicker = keepClicking(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  let parsedAt = t0;
  try {
    await session.chooseFiles([{ name: 'load-topic.json', text: json }], () => clicker.alone(() => page.getByRole('button', { name: 'Choose files…' }).click()));
    const importButton = page.getByRole('button', { name: /^Import \d+ updates?$/ });
    await importButton.waitFor({ timeout: 300_000 });
    parsedAt = performance.now();
    await clicker.alone(() => importButton.click());
    await page.getByRole('status').filter({ hasText: /Imported:/ }).waitFor({ timeout: 300_000 });
  } finally {
    await clicker.stop();
  }
  const doneAt = performance.now();
  const clickDelays = await delays.read();
  return {
    posts,
    updates: await countRows(page, 'updates'),
    items: await countRows(page, 'items'),
    totalMs: doneAt - t0,
    parseMs: parsedAt - t0,
    writeMs: doneAt - parsedAt,
    clicks: clickDelays.length,
    maxClickDelayMs: Math.max(0, ...clickDelays),
    p95ClickDelayMs: p95(clickDelays),
  };
}
