/**
 * Where `npm run bench -- load` runs the app: the web build in Debian's Chromium, or the
 * desktop app through Playwright's `_electron` where its binary is installed. Each
 * measurement is written once against `AppSession`; the target is the one switch.
 *
 * Both launch V8 with `--expose-gc` so the memory figure is taken after a full collection.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, chromium, type CDPSession, type ElectronApplication, type Page } from '@playwright/test';
import { binary as electronBinary, MAIN_ENTRY } from '../test/e2e/electron/launch';
import { CHROMIUM_ARGS } from './browser/harness';
import { installListenerProbe } from './browser/listener-probe';
import { buildAndServeWebApp } from './browser/web-app';

const GC_FLAGS = ['--js-flags=--expose-gc'];
// tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions the benchmark
// hands to page.evaluate carry that call into the page, which has no such helper.
const NAME_HELPER = 'globalThis.__name ??= (fn) => fn;';
const VIEWPORT = { width: 1280, height: 820 };

export type InputText = { name: string; text: string };

/** One running copy of the app on a profile folder (IndexedDB lives there). */
export type AppSession = {
  page: Page;
  /**
   * Hands `files` to the app's own file picker, which `openPicker` opens: the browser's
   * file chooser in Chromium, the native open dialog (answered by the bench) in Electron.
   */
  chooseFiles(files: InputText[], openPicker: () => Promise<void>): Promise<void>;
  /** Bytes of JS heap in use in the window after full garbage collections. */
  heapAfterGc(): Promise<number>;
  close(): Promise<void>;
};

export type LoadTarget = {
  name: 'Chromium' | 'Electron';
  /**
   * Starts the app on `profileDir` (a fresh folder, or one kept from an earlier launch).
   * `withProbe` installs the listener probe; in Electron that reloads the first page, so a
   * cold start is measured without it.
   */
  open(profileDir: string, opts?: { withProbe?: boolean }): Promise<AppSession>;
  dispose(): Promise<void>;
};

async function heapAfterGc(page: Page, cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Writes the files into `dir` and returns their paths (a picker is given paths, as a member's disk would). */
function writeInputs(dir: string, files: InputText[]): string[] {
  return files.map((f, i) => {
    const path = join(dir, `${i}-${f.name}`);
    writeFileSync(path, f.text);
    return path;
  });
}

export async function chromiumTarget(): Promise<LoadTarget> {
  const server = await buildAndServeWebApp();
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // Paths, not buffers: Playwright sends a buffer through the page's own script, which
  // would freeze the window during the measurement for a reason of its own.
  const files = mkdtempSync(join(tmpdir(), 'sd-load-files-'));
  return {
    name: 'Chromium',
    async open(profileDir, opts = {}) {
      const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: [...CHROMIUM_ARGS, ...GC_FLAGS], viewport: VIEWPORT });
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await context.addInitScript({ content: NAME_HELPER });
      if (opts.withProbe) await context.addInitScript(installListenerProbe);
      await page.goto(server.url);
      return {
        page,
        async chooseFiles(picked, openPicker) {
          const chooser = page.waitForEvent('filechooser');
          await openPicker();
          await (await chooser).setFiles(writeInputs(files, picked));
        },
        heapAfterGc: () => heapAfterGc(page, cdp),
        close: () => context.close(),
      };
    },
    dispose: async () => {
      await server.close();
      rmSync(files, { recursive: true, force: true });
    },
  };
}

/** The desktop app, or null (with the reason) where it cannot run. */
export function electronTarget(): LoadTarget | string {
  if (electronBinary === null) return 'the Electron binary is not installed here (`npx install-electron` on a machine that can reach GitHub)';
  if (!existsSync(MAIN_ENTRY)) return `the desktop build is missing (${MAIN_ENTRY}); run \`npm run build\` first`;
  const files = mkdtempSync(join(tmpdir(), 'sd-load-files-'));
  return {
    name: 'Electron',
    async open(profileDir, opts = {}) {
      const app: ElectronApplication = await _electron.launch({
        executablePath: electronBinary!,
        args: [...GC_FLAGS, MAIN_ENTRY],
        env: { ...process.env, STEERING_E2E_USER_DATA: profileDir },
      });
      await app.context().addInitScript({ content: NAME_HELPER });
      if (opts.withProbe) await app.context().addInitScript(installListenerProbe);
      const page = await app.firstWindow();
      // The first page loads before init scripts can be added: reload it for the probe.
      if (opts.withProbe) await page.reload();
      else await page.evaluate(NAME_HELPER);
      await page.setViewportSize(VIEWPORT);
      const cdp = await app.context().newCDPSession(page);
      return {
        page,
        async chooseFiles(picked, openPicker) {
          const paths = writeInputs(files, picked);
          await app.evaluate(({ dialog }, filePaths) => {
            dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
          }, paths);
          await openPicker();
        },
        heapAfterGc: () => heapAfterGc(page, cdp),
        close: () => app.close(),
      };
    },
    dispose: async () => rmSync(files, { recursive: true, force: true }),
  };
}

/** A fresh profile folder; `remove` deletes it. */
export function freshProfile(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sd-load-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
