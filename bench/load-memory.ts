/**
 * SECURITY.md check 48 as a measurement: the window's JS heap after 20 threads imported or
 * discarded through the app's screens, against the heap after one warm-up round of each,
 * both on the same screen after full garbage collections; and what stays subscribed
 * (bench/browser/listener-probe.ts).
 * A round: choose a 40-post thread, wait for the preview, then either import it (and look
 * at its items) or cancel — turn about.
 */
import type { Page } from '@playwright/test';
import { readListenerProbe, type ListenerCounts } from './browser/listener-probe';
import type { AppSession } from './load-target';
import { makeTopic, TYPICAL_POSTS } from './topic-generator';

export type MemoryLoad = { rounds: number; baselineMB: number; afterMB: number; growth: number; listenersBefore: number; listenersAfter: number; workersAfter: number };

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/**
 * One round on thread `n` (`posts` posts): import it and open the Items list (even n), or
 * discard its preview (odd n). `chooseFiles` is the app session's (load-target.ts).
 */
export async function importOrDiscard(page: Page, chooseFiles: AppSession['chooseFiles'], n: number, posts = 40): Promise<void> {
  const { json } = makeTopic(posts, 480 + n, { size: TYPICAL_POSTS, topicId: 4800 + n, title: `Load thread ${n}` });
  await nav(page, 'Import').click();
  await chooseFiles([{ name: `thread-${n}.json`, text: json }], () => page.getByRole('button', { name: 'Choose files…' }).click());
  const importButton = page.getByRole('button', { name: /^Import \d+ updates?$/ });
  await importButton.waitFor();
  if (n % 2 === 1) {
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Choose files…' }).waitFor();
    return;
  }
  await importButton.click();
  // The preview closes once the import is written (an older "Imported" notice may still show).
  await page.getByRole('list', { name: 'Posts to import' }).waitFor({ state: 'detached', timeout: 60_000 });
  await nav(page, 'Items').click();
  await page.getByRole('listbox', { name: /^Items/ }).waitFor();
  await nav(page, 'Teams').click();
}

/**
 * The heap on the Settings screen, which shows no workspace data, once Dexie has let go of
 * the results of the live queries the other screens used (it keeps an unused result for
 * 3 s, in case a screen asks again) — otherwise the figure follows the workspace's size.
 */
async function settledHeap(session: AppSession): Promise<number> {
  await nav(session.page, 'Settings').click();
  await session.page.getByLabel('Your name').waitFor();
  await session.page.waitForTimeout(3500);
  return session.heapAfterGc();
}

export async function measureMemory(session: AppSession, rounds = 20): Promise<MemoryLoad & { probe: { before: ListenerCounts; after: ListenerCounts } }> {
  const round = (n: number) => importOrDiscard(session.page, (files, open) => session.chooseFiles(files, open), n);
  await round(0);
  await round(1);
  const baseline = await settledHeap(session);
  const before = await readListenerProbe(session.page);
  for (let n = 2; n < rounds + 2; n++) await round(n);
  const after = await settledHeap(session);
  const probe = await readListenerProbe(session.page);
  return {
    rounds,
    baselineMB: baseline / 1048576,
    afterMB: after / 1048576,
    growth: after / baseline - 1,
    listenersBefore: before.total,
    listenersAfter: probe.total,
    workersAfter: probe.workers,
    probe: { before, after: probe },
  };
}
