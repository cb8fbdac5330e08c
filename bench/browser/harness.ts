/**
 * Shared by the Chromium benchmarks: build a page with Vite, serve it on 127.0.0.1, and
 * open it in Debian's Chromium in a fresh profile for every run (PERFORMANCE-FLOORS.md §5).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export async function buildPage(configFile: string): Promise<void> {
  await build({ configFile, logLevel: 'warn' });
}

export async function servePage(root: string, extra: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(extra[path]);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs `fn` with a page in a fresh Chromium profile, then throws the profile away. */
export async function withFreshPage<T>(url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sd-bench-'));
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(dir, { executablePath: existsSync(executablePath) ? executablePath : undefined, headless: true, args: CHROMIUM_ARGS });
    const page = await context.newPage();
    await page.goto(url);
    return await fn(page);
  } finally {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
