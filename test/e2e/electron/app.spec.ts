/**
 * The desktop app itself, through Playwright's Electron driver (SECURITY.md E-checks).
 * It needs the Electron binary (`npx install-electron`), which cannot be fetched on
 * machines without GitHub access: there every test here is reported as skipped, with
 * the reason. The web-build suite covers the browser-side equivalents everywhere.
 */
import { expect, test, type ElectronApplication } from '@playwright/test';
import { STEERING_API_KEYS } from '../../../shared/ipc/api';
import { launchApp, skipWithoutElectron, type Launched } from './launch';

skipWithoutElectron();

let launched: Launched;
let app: ElectronApplication;

test.beforeEach(async () => {
  launched = await launchApp();
  app = launched.app;
});

test.afterEach(async () => {
  await launched?.close();
});

test('the window is served from app://steering with no Node globals and the documented API', async () => {
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  expect(new URL(page.url()).origin).toBe('app://steering');
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
    api: Object.keys((window as unknown as { steering: object }).steering).sort(),
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', api: [...STEERING_API_KEYS].sort() });
  await page.reload();
  expect(new URL(page.url()).origin).toBe('app://steering');
});

test('every window reports the secure web preferences', async () => {
  await app.firstWindow();
  const prefs = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()),
  );
  for (const p of prefs) {
    expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false });
    expect(p.enableBlinkFeatures ?? '').toBe('');
  }
});

test('navigation and new windows are refused', async () => {
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.invalid/';
  });
  await page.evaluate(() => window.open('https://example.invalid/', '_blank'));
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});

test('the app:// handler refuses path traversal', async () => {
  const page = await app.firstWindow();
  const status = await page.evaluate(async () => (await fetch('app://steering/%2e%2e/%2e%2e/package.json')).status);
  expect(status).toBe(404);
});
