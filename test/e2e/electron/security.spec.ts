/**
 * SECURITY.md E-checks that need the real desktop app: CSP (4), no security warnings (5),
 * permissions denied (8), single instance (13), saves only where the member chose (17),
 * no remote requests for images (22), persistent storage asked and logged (40).
 * Skipped, with the reason, where the Electron binary is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { probeCsp } from '../support/csp-probe';
import { binary, launchApp, MAIN_ENTRY, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

let launched: Launched;
test.beforeEach(async () => {
  launched = await launchApp();
});
test.afterEach(async () => {
  await launched?.close();
});

async function ready() {
  const page = await launched.app.firstWindow();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

test('the CSP blocks injected and string-compiled script (check 4)', async () => {
  const page = await ready();
  const outcome = await probeCsp(page);
  expect(outcome.injected).toBeUndefined();
  expect(outcome.evaluated).toBeUndefined();
  expect(outcome.violations.length).toBeGreaterThan(0);
});

test('start-up prints no Electron security warning and logs the storage answer (checks 5, 40)', async () => {
  await ready();
  await expect.poll(() => launched.console.some((m) => m.includes('[steering-desk] persistent storage:'))).toBe(true);
  expect(launched.console.filter((m) => m.includes('Electron Security Warning'))).toEqual([]);
});

test('permission requests from the page are denied (check 8)', async () => {
  const page = await ready();
  const result = await page.evaluate(async () => {
    const notification = await Notification.requestPermission();
    let media = 'granted';
    try {
      await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      media = 'denied';
    }
    return { notification, media };
  });
  expect(result).toEqual({ notification: 'denied', media: 'denied' });
});

test('a second launch exits and leaves one window (check 13)', async () => {
  await ready();
  const second = spawn(binary!, [MAIN_ENTRY], { env: { ...process.env, STEERING_E2E_USER_DATA: launched.userData } });
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(code).not.toBeNull();
  expect(await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('saving writes only where the save dialog pointed, never to a renderer-given path (check 17)', async () => {
  const page = await ready();
  const dir = mkdtempSync(join(tmpdir(), 'sd-save-'));
  const chosen = join(dir, 'chosen.md');
  await launched.app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
  }, chosen);
  const refused = await page.evaluate(async () => {
    try {
      await (window as unknown as { steering: { saveTextFile(o: object): Promise<unknown> } }).steering.saveTextFile({ suggestedName: '../../evil.md', body: 'x' });
      return false;
    } catch {
      return true;
    }
  });
  expect(refused).toBe(true);
  await page.evaluate(() => (window as unknown as { steering: { saveTextFile(o: object): Promise<unknown> } }).steering.saveTextFile({ suggestedName: 'agenda.md', body: '# Agenda' }));
  expect(readdirSync(dir)).toEqual(['chosen.md']);
  expect(readFileSync(chosen, 'utf8')).toBe('# Agenda');
  rmSync(dir, { recursive: true, force: true });
});

test('a remote image causes no network request (check 22)', async () => {
  const page = await ready();
  await launched.app.evaluate(({ session }) => {
    const g = globalThis as unknown as { remoteRequests: string[] };
    g.remoteRequests = [];
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      if (!details.url.startsWith('app:') && !details.url.startsWith('devtools:')) g.remoteRequests.push(details.url);
      callback({});
    });
  });
  await page.evaluate(async () => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.gif';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300));
  });
  expect(await launched.app.evaluate(() => (globalThis as unknown as { remoteRequests: string[] }).remoteRequests)).toEqual([]);
  expect(existsSync(launched.userData)).toBe(true);
});
