/**
 * `npm run bench -- triage` (issue 4): in Chromium, the Items search and list beside the
 * floors measured in the same run (PERFORMANCE-FLOORS.md §3.4, §3.6, §5):
 *  - search p50/p95 for one- and two-word as-you-type prefix queries over 20,000 items,
 *    and the index build time — app vs bare FlexSearch (forward) and MiniSearch (prefix+fuzzy);
 *  - first frame of the item list with 20,000 items — app vs a bare react-virtual list.
 * Aims: search p95 ≤ 5 ms, build ≤ 1 s, first frame ≤ 100 ms. Not a test: prints numbers.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import type { FrameBench, SearchBench } from './triage-entry';

const OUT = resolve('out/bench/triage');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function bundle(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [resolve('bench/triage-entry.tsx')], bundle: true, minify: true, format: 'esm', jsx: 'automatic',
    outfile: join(OUT, 'entry.js'), define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="entry.css"></head><body><div id="root"></div><script type="module" src="entry.js"></script></body></html>');
}

/** Serves OUT with cross-origin isolation, which gives performance.now() 5 µs resolution instead of 100 µs. */
async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = normalize(join(OUT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(OUT) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

async function withPage<T>(url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sd-triage-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchSearch' in window);
    return await fn(page);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(0));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

export async function runTriageBench(opts: { listRuns?: number } = {}): Promise<void> {
  const listRuns = opts.listRuns ?? 5;
  await bundle();
  const server = await serve();
  try {
    const search: Record<string, SearchBench> = {};
    let isolated = false;
    for (const lib of ['app', 'flexsearch', 'minisearch'] as const) {
      search[lib] = await withPage(server.url, async (page) => {
        isolated = await page.evaluate(() => (window as unknown as { isolated: () => boolean }).isolated());
        return page.evaluate((l) => (window as unknown as { benchSearch: (l: string) => SearchBench }).benchSearch(l), lib);
      });
      console.error(`  search: ${lib} done`);
    }
    const frames: Record<'app' | 'floor', FrameBench[]> = { app: [], floor: [] };
    for (let run = 0; run <= listRuns; run++) {
      for (const kind of ['app', 'floor'] as const) {
        const r = await withPage(server.url, (page) => page.evaluate((k) => (window as unknown as { benchList: (k: string) => Promise<FrameBench> }).benchList(k), kind));
        if (run > 0) frames[kind].push(r); // run 0 is the warm-up
      }
    }
    const { app, flexsearch: flex, minisearch: mini } = search as Record<'app' | 'flexsearch' | 'minisearch', SearchBench>;
    const rows: [string, number, number, number, string][] = [
      ['index build (ms)', app.buildMs, flex.buildMs, mini.buildMs, '≤ 1000'],
      ['1-word prefix p50 (ms)', app.one.p50, flex.one.p50, mini.one.p50, ''],
      ['1-word prefix p95 (ms)', app.one.p95, flex.one.p95, mini.one.p95, '≤ 5'],
      ['2-word prefix p50 (ms)', app.two.p50, flex.two.p50, mini.two.p50, ''],
      ['2-word prefix p95 (ms)', app.two.p95, flex.two.p95, mini.two.p95, '≤ 5'],
    ];
    console.log(`\nTriage search, 20,000 items, ${isolated ? '5 µs' : '100 µs'} timer (Chromium)`);
    console.log('| metric | app | FlexSearch forward | MiniSearch prefix+fuzzy | app ÷ FlexSearch | app ÷ MiniSearch | aim |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, a, f, m, aim] of rows) console.log(`| ${name} | ${ms(a)} | ${ms(f)} | ${ms(m)} | ${ratio(a, f)} | ${ratio(a, m)} | ${aim} |`);
    console.log(`| avg hits (1 word / 2 words, cap 200) | ${app.one.hits.toFixed(0)} / ${app.two.hits.toFixed(0)} | ${flex.one.hits.toFixed(0)} / ${flex.two.hits.toFixed(0)} | ${mini.one.hits.toFixed(0)} / ${mini.two.hits.toFixed(0)} | | | |`);
    const appFrame = median(frames.app.map((f) => f.frameMs));
    const floorFrame = median(frames.floor.map((f) => f.frameMs));
    console.log(`\nItem list first frame, 20,000 items, median of ${listRuns} fresh pages`);
    console.log('| metric | app ItemList | bare react-virtual | ratio | aim |');
    console.log('|---|---|---|---|---|');
    console.log(`| commit (ms) | ${ms(median(frames.app.map((f) => f.commitMs)))} | ${ms(median(frames.floor.map((f) => f.commitMs)))} | ${ratio(median(frames.app.map((f) => f.commitMs)), median(frames.floor.map((f) => f.commitMs)))} | |`);
    console.log(`| first frame (ms) | ${ms(appFrame)} | ${ms(floorFrame)} | ${ratio(appFrame, floorFrame)} | ≤ 100 |`);
    console.log(`| rows in the DOM | ${frames.app[0]?.rows ?? 0} | ${frames.floor[0]?.rows ?? 0} | | |`);
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runTriageBench();
