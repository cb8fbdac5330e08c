/**
 * A Chromium the test can SIGKILL and relaunch on the same profile (SECURITY.md checks 37
 * and 44, browser side). Playwright's own launch owns the process and never lets a test
 * kill it mid-flight with the profile kept, so this spawns the browser itself — the same
 * switches as playwright.config.ts plus `--user-data-dir` and `--remote-debugging-port=0`
 * — reads the DevTools address Chromium prints on stderr, and connects over CDP.
 *
 * The browser runs in its own process group (`detached`), so `kill()` takes the renderer,
 * GPU and utility processes down with it, like a power cut or a crash of the app: no
 * unload handler, no IndexedDB shutdown flush. Callers must `dispose()` in a `finally`
 * or `afterEach`: it kills anything still running and deletes the profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';

/** The browser binary: the one the web suite uses, else Playwright's own (if installed), else null. */
export function chromiumBinary(): string | null {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : null;
}

/** One running browser on a kept profile. */
export type KillableChromium = {
  /** The profile's only context (persistent: IndexedDB lives in `profileDir`). */
  context: BrowserContext;
  /** A page of that context, on about:blank. */
  page: Page;
  /** SIGKILLs the whole process group and waits until the browser process is gone. */
  kill: () => Promise<void>;
};

/** A profile folder, with the browsers launched on it; `dispose()` ends them all and deletes it. */
export type KillableProfile = {
  dir: string;
  launch: () => Promise<KillableChromium>;
  dispose: () => Promise<void>;
};

const LISTENING = /DevTools listening on (ws:\/\/\S+)/;

function waitForDevTools(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`Chromium printed no DevTools address within ${timeoutMs} ms. stderr:\n${stderr.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = LISTENING.exec(stderr);
      if (match) done(() => resolve(match[1]!));
    };
    const onExit = (code: number | null, signal: string | null) => fail(new Error(`Chromium exited (${code ?? signal}) before it was ready. stderr:\n${stderr.slice(-2000)}`));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining stderr so a chatty browser never blocks on a full pipe.
      child.stderr?.resume();
      settle();
    };
    const fail = (error: Error) => done(() => reject(error));
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Ids of processes still running with this profile on their command line (the browser's helpers). */
function processesUsing(profileDir: string): number[] {
  if (!existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(profileDir)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Waits until no process runs on the profile any more, so a relaunch finds its files unlocked. */
async function settled(profileDir: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (processesUsing(profileDir).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** A fresh profile folder; launch the browser on it as often as needed. */
export function killableProfile(): KillableProfile {
  const binary = chromiumBinary();
  if (!binary) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const dir = mkdtempSync(join(tmpdir(), 'sd-killable-'));
  const running = new Set<{ child: ChildProcess; browser: Browser | null }>();

  async function launch(): Promise<KillableChromium> {
    const child = spawn(binary!, [...CHROMIUM_ARGS, `--user-data-dir=${dir}`, '--remote-debugging-port=0', 'about:blank'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const entry: { child: ChildProcess; browser: Browser | null } = { child, browser: null };
    running.add(entry);
    try {
      const ws = await waitForDevTools(child, 30_000);
      entry.browser = await chromium.connectOverCDP(ws);
      const context = entry.browser.contexts()[0] ?? (await entry.browser.newContext());
      const page = context.pages()[0] ?? (await context.newPage());
      return {
        context,
        page,
        kill: async () => {
          killGroup(child);
          await exited(child);
          await settled(dir);
          running.delete(entry);
          // The CDP connection is dead now; closing it only releases Playwright's side.
          await entry.browser?.close().catch(() => undefined);
        },
      };
    } catch (error) {
      killGroup(child);
      await exited(child);
      running.delete(entry);
      throw error;
    }
  }

  async function dispose(): Promise<void> {
    for (const entry of [...running]) {
      killGroup(entry.child);
      await exited(entry.child);
      await entry.browser?.close().catch(() => undefined);
    }
    running.clear();
    // Helpers that left the group (none expected) are ended by their own ids.
    for (const pid of processesUsing(dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }

  return { dir, launch, dispose };
}
