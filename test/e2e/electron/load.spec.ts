/**
 * SECURITY.md §7.7 (checks 45, 47, 48, 49) in the desktop app: the behaviour under load,
 * with no clock in the assertions (`npm run bench -- load` measures the times). The same
 * checks as test/e2e/load.spec.ts, plus what only the desktop app has: files come through
 * the native open dialog (answered here by the test), and main's IPC listeners and the
 * preload's subscriptions must not pile up.
 * Skipped, with the reason, where the Electron binary is missing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { installListenerProbe, readListenerProbe } from '../../../bench/browser/listener-probe';
import { importOrDiscard } from '../../../bench/load-memory';
import { countRows, seedWorkspace } from '../../../bench/load-seed';
import { makeTopic, TYPICAL_POSTS } from '../../../bench/topic-generator';
import { expectedImport, expectImportKeepsAnswering, expectLargeWorkspaceAfterColdStart, nav } from '../support/load-checks';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

let launched: Launched | undefined;
let files: string;

test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'sd-load-files-'));
});
test.afterEach(async () => {
  await launched?.close();
  launched = undefined;
  rmSync(files, { recursive: true, force: true });
});

async function ready(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await nav(page, 'Settings').waitFor();
  return page;
}

/** Makes the native open dialog answer with `paths` (the next time, and every time after). */
async function answerOpenDialog(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, filePaths) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
  }, paths);
}

/** The app session's way of choosing files (bench/load-target.ts), through the stubbed native dialog. */
function chooserFor(app: ElectronApplication) {
  return async (picked: { name: string; text: string }[], open: () => Promise<void>) => {
    const paths = picked.map((f) => {
      const path = join(files, f.name);
      writeFileSync(path, f.text);
      return path;
    });
    await answerOpenDialog(app, paths);
    await open();
  };
}

/** Listener counts of main's long-lived emitters: ipcMain, the window, its webContents and its IPC. */
function mainListeners(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow, ipcMain, session }) => {
    const counts = (emitter: NodeJS.EventEmitter) => Object.fromEntries(emitter.eventNames().map((name) => [String(name), emitter.listenerCount(name)]));
    const win = BrowserWindow.getAllWindows()[0]!;
    return { ipcMain: counts(ipcMain), window: counts(win), webContents: counts(win.webContents), ipc: counts(win.webContents.ipc), session: counts(session.defaultSession) };
  });
}

test('a 5,000-post thread imports whole while the window keeps answering clicks (check 45)', async () => {
  test.setTimeout(180_000);
  launched = await launchApp();
  const { app } = launched;
  const page = await ready(app);
  const { json } = makeTopic(5000, 45, { size: TYPICAL_POSTS, title: 'Community Team Updates (5,000 posts)' });
  const expected = expectedImport(json);

  await nav(page, 'Import').click();
  await chooserFor(app)([{ name: 'five-thousand-posts.json', text: json }], () => page.getByRole('button', { name: 'Choose files…' }).click());
  await expectImportKeepsAnswering(page, expected);
  expect(await countRows(page, 'updates')).toBe(expected.updates);
  expect(await countRows(page, 'items')).toBe(expected.items);
});

test('50,000 items: a relaunch reaches the workspace, the list renders a window of rows, a tag change shows live (checks 47, 49)', async () => {
  test.setTimeout(240_000);
  const first = await launchApp({ keepUserData: true });
  try {
    const page = await ready(first.app);
    await seedWorkspace(page, { items: 50_000, postChars: 10_000, me: 'Tom Bereknyei' });
  } finally {
    await first.close();
  }

  // A new main process on the same data folder: a cold start.
  launched = await launchApp({ userData: first.userData });
  const page = await launched.app.firstWindow();
  await expectLargeWorkspaceAfterColdStart(page);
});

test('importing and discarding 20 threads leaves no listener, worker or subscription behind (check 48)', async () => {
  test.setTimeout(240_000);
  launched = await launchApp();
  const { app } = launched;
  await app.context().addInitScript(installListenerProbe);
  const page = await app.firstWindow();
  // The first page loaded before the probe was added.
  await page.reload();
  await ready(app);
  const choose = chooserFor(app);

  /** A fetch from a forum the member does not allow: subscribes to fetch progress, then lets go. */
  const refusedFetch = async (n: number) => {
    await nav(page, 'Import').click();
    await page.getByLabel('Topic address').fill(`https://forum${n}.example.org/t/updates/${100 + n}`);
    await page.getByRole('button', { name: 'Fetch thread' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `forum${n}.example.org` })).toContainText('did not allow');
  };
  await app.evaluate(({ dialog }) => {
    // "Cancel" in the prompt that asks to allow a forum.
    dialog.showMessageBox = (async () => ({ response: 1, checkboxChecked: false })) as unknown as typeof dialog.showMessageBox;
  });

  await importOrDiscard(page, choose, 0, 10);
  await importOrDiscard(page, choose, 1, 10);
  await refusedFetch(0);
  const before = { page: await readListenerProbe(page), main: await mainListeners(app) };
  expect(before.page.total).toBeGreaterThan(0);
  for (let n = 2; n < 22; n++) {
    await importOrDiscard(page, choose, n, 10);
    if (n % 4 === 0) await refusedFetch(n);
  }
  const after = { page: await readListenerProbe(page), main: await mainListeners(app) };
  expect(after.page.listeners).toEqual(before.page.listeners);
  expect(after.page.workers).toBe(0);
  expect(after.main).toEqual(before.main);

  // The preload's menu subscription: one menu command is handled once, not once per round.
  await app.evaluate(({ dialog }) => {
    const g = globalThis as unknown as { saveDialogs: number };
    g.saveDialogs = 0;
    dialog.showSaveDialog = (async () => {
      g.saveDialogs++;
      return { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
  });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.send('menu:command', 'backup'));
  await expect.poll(() => app.evaluate(() => (globalThis as unknown as { saveDialogs: number }).saveDialogs)).toBe(1);
  await page.waitForTimeout(500);
  expect(await app.evaluate(() => (globalThis as unknown as { saveDialogs: number }).saveDialogs)).toBe(1);
});
