/**
 * Launching the real desktop app for the `_electron` suite: a fresh userData folder per
 * test (via STEERING_E2E_USER_DATA), security warnings on, and a skip with the reason
 * where the Electron binary or the build is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test, type ElectronApplication } from '@playwright/test';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const binary = electronBinary();
export const MAIN_ENTRY = join(root, 'out/main/index.js');

/** Call at the top of a spec: skips it, saying why, where the desktop app cannot run. */
export function skipWithoutElectron(): void {
  if (binary === null) console.log('[electron e2e] skipped: the Electron binary is not installed here (run `npx install-electron` on a machine that can reach GitHub).');
  test.skip(binary === null, 'Electron binary not installed here (run `npx install-electron` on a machine that can reach GitHub)');
  test.skip(!existsSync(MAIN_ENTRY), 'Build first: npm run build');
}

export type Launched = {
  app: ElectronApplication;
  userData: string;
  console: string[];
  /** Closes the app and deletes its userData folder (unless launched with keepUserData). */
  close: () => Promise<void>;
  /** SIGKILLs the app's main process (no shutdown handlers run) and waits for it to exit. */
  kill: () => Promise<void>;
};

export type LaunchOptions = {
  /** Reuse a profile (to relaunch after a kill); a fresh temporary one otherwise. */
  userData?: string;
  /** Keep the userData folder when closing, so a later launch can reopen it. */
  keepUserData?: boolean;
  /** Extra environment for the main process. */
  env?: Record<string, string>;
  /** Extra Chromium/Electron switches, placed before the main entry. */
  args?: string[];
};

export async function launchApp(options: LaunchOptions | string = {}): Promise<Launched> {
  const opts: LaunchOptions = typeof options === 'string' ? { userData: options } : options;
  const userData = opts.userData ?? mkdtempSync(join(tmpdir(), 'sd-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [...(opts.args ?? []), MAIN_ENTRY],
    env: { ...process.env, STEERING_E2E_USER_DATA: userData, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true', ...opts.env },
  });
  const messages: string[] = [];
  app.on('console', (m) => messages.push(m.text()));
  app.on('window', (page) => page.on('console', (m) => messages.push(m.text())));
  const removeProfile = () => {
    if (!opts.keepUserData) rmSync(userData, { recursive: true, force: true });
  };
  return {
    app,
    userData,
    console: messages,
    close: async () => {
      await app.close();
      removeProfile();
    },
    kill: async () => {
      const child = app.process();
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      child.kill('SIGKILL');
      await exited;
    },
  };
}
