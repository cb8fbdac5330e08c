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

export type Launched = { app: ElectronApplication; userData: string; console: string[]; close: () => Promise<void> };

export async function launchApp(userData = mkdtempSync(join(tmpdir(), 'sd-electron-'))): Promise<Launched> {
  const app = await electron.launch({
    executablePath: binary!,
    args: [MAIN_ENTRY],
    env: { ...process.env, STEERING_E2E_USER_DATA: userData, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' },
  });
  const messages: string[] = [];
  app.on('console', (m) => messages.push(m.text()));
  app.on('window', (page) => page.on('console', (m) => messages.push(m.text())));
  return {
    app,
    userData,
    console: messages,
    close: async () => {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
