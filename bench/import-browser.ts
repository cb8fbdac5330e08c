/**
 * End-to-end import benchmark in Chromium (issue 3): a generated 2,000-post topic parsed,
 * segmented and written into IndexedDB by the app's real path, beside the floor measured
 * in the same run — a bare Dexie bulkPut of the same rows. Aim: whole import within 1.3×
 * of the bare write plus parse (the write is the bottleneck). Not a test: prints numbers.
 * Run: `npm run bench -- import-browser` (or `npx tsx bench/import-browser.ts`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTopic } from './topic-generator';
import { buildPage, servePage, withFreshPage } from './browser/harness';
import { median } from './stats';

type AppRun = { parseMs: number; writeMs: number; totalMs: number; updates: number; items: number };

export async function runImportBrowserBench(opts: { posts?: number; runs?: number } = {}) {
  const posts = opts.posts ?? 2000;
  const runs = opts.runs ?? 3;
  const { json } = makeTopic(posts);
  const mb = json.length / 1048576;
  await buildPage(resolve('bench/browser/import/vite.config.ts'));
  const server = await servePage(resolve('out/bench/import'), { '/topic.json': json });
  const app: AppRun[] = [];
  const floor: { writeMs: number; rows: number }[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const r = await withFreshPage(server.url, async (page) => {
        await page.waitForFunction(() => 'runApp' in window);
        const run = await page.evaluate(async () => {
          const text = await (await fetch('/topic.json')).text();
          return (window as unknown as { runApp: (t: string) => Promise<AppRun> }).runApp(text);
        });
        const bare = await page.evaluate(() => (window as unknown as { runFloor: () => Promise<{ writeMs: number; rows: number }> }).runFloor());
        return { run, bare };
      });
      if (i === 0) continue; // warm-up
      app.push(r.run);
      floor.push(r.bare);
    }
  } finally {
    await server.close();
  }
  const total = median(app.map((a) => a.totalMs));
  const parse = median(app.map((a) => a.parseMs));
  const write = median(app.map((a) => a.writeMs));
  const bare = median(floor.map((f) => f.writeMs));
  const rows = floor[0]?.rows ?? 0;
  const report = {
    posts, mb: Number(mb.toFixed(2)), rows,
    appTotalMs: Math.round(total), appParseMs: Math.round(parse), appWriteMs: Math.round(write),
    postsPerSecond: Math.round(posts / (total / 1000)), mbPerSecond: Number((mb / (total / 1000)).toFixed(2)),
    floorBulkPutMs: Math.round(bare), floorRowsPerSecond: Math.round(rows / (bare / 1000)),
    writeRatioToFloor: Number((write / bare).toFixed(2)),
    totalRatioToFloorPlusParse: Number((total / (bare + parse)).toFixed(2)),
  };
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runImportBrowserBench();
  console.table(report);
  console.log(`Import into IndexedDB: ${report.postsPerSecond} posts/s, ${report.mbPerSecond} MB/s; write ${report.writeRatioToFloor}× the bare bulkPut (aim ≤ 1.3×).`);
}
