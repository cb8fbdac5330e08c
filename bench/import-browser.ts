/**
 * End-to-end import benchmark in Chromium (issue 3): a generated 2,000-post topic parsed,
 * segmented and written into IndexedDB by the app's real path (parse, the preview's plan
 * `planFrom`, `writeImport`), beside the floor measured in the same run — a bare Dexie
 * bulkPut of the same rows. Aim: whole import within 1.3× of the bare write plus parse (the
 * write is the bottleneck).
 *
 * Then the same topic again in another form (issue 14): its `/raw/{topicId}` text, imported
 * the same way into the database the first import filled. Aim: within 1.5× of the first
 * import; it must add no update and no item (checked and printed — a re-import that
 * duplicates the thread would be fast and worthless). Not a test: prints numbers.
 * Run: `npm run bench -- import` (or `npx tsx bench/import-browser.ts`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeRawTopic, makeTopic, type TopicOptions } from './topic-generator';
import { buildPage, servePage, withFreshPage } from './browser/harness';
import type { ImportRun } from './browser/import/entry';
import type { WriteBreakdown } from './browser/import/write-breakdown';
import { median } from './stats';

// A topic id of more than one digit, so that the /raw file's name (`4242.txt`) says which topic it is.
const TOPIC: TopicOptions = { topicId: 4242 };
const JSON_NAME = 'topic-4242.json';
const RAW_NAME = '4242.txt';

type BenchWindow = {
  runApp: (text: string, name: string) => Promise<ImportRun>;
  runReimport: (text: string, name: string) => Promise<ImportRun>;
  runFloor: () => Promise<{ writeMs: number; rows: number }>;
  writeBreakdown: (text: string, name: string) => Promise<WriteBreakdown>;
};

/** What the re-import added: must be nothing (the stored counts and the outcome agree). */
export type ReimportCheck = { updatesAdded: number; itemsAdded: number; storedUpdatesDelta: number; storedItemsDelta: number; isClean: boolean };

/** One run's first import and re-import (same page, same moment), and the check of what the re-import added. */
function checkOf(first: ImportRun, again: ImportRun): ReimportCheck & { firstMs: number; reimportMs: number; ratio: number } {
  const c = { updatesAdded: again.outcome.updatesAdded, itemsAdded: again.outcome.itemsAdded, storedUpdatesDelta: again.updates - first.updates, storedItemsDelta: again.items - first.items };
  return {
    firstMs: Math.round(first.totalMs), reimportMs: Math.round(again.totalMs), ratio: Number((again.totalMs / first.totalMs).toFixed(2)),
    ...c, isClean: Object.values(c).every((n) => n === 0),
  };
}

export async function runImportBrowserBench(opts: { posts?: number; runs?: number } = {}) {
  const posts = opts.posts ?? 2000;
  const runs = opts.runs ?? 3;
  const { json } = makeTopic(posts, 42, TOPIC);
  const raw = makeRawTopic(posts, 42, TOPIC);
  const mb = json.length / 1048576;
  await buildPage(resolve('bench/browser/import/vite.config.ts'));
  const server = await servePage(resolve('out/bench/import'), { '/topic.json': json, '/topic.raw': raw });
  const app: ImportRun[] = [];
  const again: ImportRun[] = [];
  const floor: { writeMs: number; rows: number }[] = [];
  let breakdown: WriteBreakdown | undefined;
  try {
    for (let i = 0; i < runs + 1; i++) {
      const r = await withFreshPage(server.url, async (page) => {
        await page.waitForFunction(() => 'runApp' in window);
        const run = await page.evaluate(async (name) => {
          const text = await (await fetch('/topic.json')).text();
          return (window as unknown as BenchWindow).runApp(text, name);
        }, JSON_NAME);
        const reimport = await page.evaluate(async (name) => {
          const text = await (await fetch('/topic.raw')).text();
          return (window as unknown as BenchWindow).runReimport(text, name);
        }, RAW_NAME);
        // Once, on the last run: the re-import's write step by step (it rewrites what the re-import wrote).
        const steps = i === runs ? await page.evaluate(async (name) => {
          const text = await (await fetch('/topic.raw')).text();
          return (window as unknown as BenchWindow).writeBreakdown(text, name);
        }, RAW_NAME) : undefined;
        const bare = await page.evaluate(() => (window as unknown as BenchWindow).runFloor());
        return { run, reimport, bare, steps };
      });
      breakdown = r.steps ?? breakdown;
      console.log(`run ${i}${i === 0 ? ' (warm-up)' : ''}: first import ${Math.round(r.run.totalMs)} ms, /raw re-import ${Math.round(r.reimport.totalMs)} ms`);
      if (i === 0) continue; // warm-up
      app.push(r.run);
      again.push(r.reimport);
      floor.push(r.bare);
    }
  } finally {
    await server.close();
  }
  const total = median(app.map((a) => a.totalMs));
  const parse = median(app.map((a) => a.parseMs));
  const plan = median(app.map((a) => a.planMs));
  const write = median(app.map((a) => a.writeMs));
  const bare = median(floor.map((f) => f.writeMs));
  const rows = floor[0]?.rows ?? 0;
  const report = {
    posts, mb: Number(mb.toFixed(2)), rows,
    appTotalMs: Math.round(total), appParseMs: Math.round(parse), appPlanMs: Math.round(plan), appWriteMs: Math.round(write),
    postsPerSecond: Math.round(posts / (total / 1000)), mbPerSecond: Number((mb / (total / 1000)).toFixed(2)),
    floorBulkPutMs: Math.round(bare), floorRowsPerSecond: Math.round(rows / (bare / 1000)),
    writeRatioToFloor: Number((write / bare).toFixed(2)),
    totalRatioToFloorPlusParse: Number((total / (bare + parse)).toFixed(2)),
  };
  return { ...report, reimport: { ...reimportReport(app, again), writeBreakdown: breakdown } };
}

const ms = (xs: number[]) => Math.round(median(xs));

/** The /raw re-import beside the first import (medians), where its time goes, and what it added in each run. */
function reimportReport(first: ImportRun[], again: ImportRun[]) {
  const checks = first.map((f, i) => checkOf(f, again[i]!));
  const firstMs = median(first.map((a) => a.totalMs));
  const againMs = median(again.map((a) => a.totalMs));
  const last = again[again.length - 1];
  return {
    times: {
      firstImportMs: Math.round(firstMs), reimportMs: Math.round(againMs), ratio: Number((againMs / firstMs).toFixed(2)),
      medianRatioPerRun: Number(median(checks.map((c) => c.ratio)).toFixed(2)),
      firstParseMs: ms(first.map((a) => a.parseMs)), firstPlanMs: ms(first.map((a) => a.planMs)), firstWriteMs: ms(first.map((a) => a.writeMs)),
      reimportParseMs: ms(again.map((a) => a.parseMs)), reimportPlanMs: ms(again.map((a) => a.planMs)), reimportWriteMs: ms(again.map((a) => a.writeMs)),
      reimportStoredPostsOfMs: ms(again.map((a) => a.storedPostsOfMs ?? 0)), reimportIdentifyMs: ms(again.map((a) => a.identifyMs ?? 0)),
    },
    checks,
    isClean: checks.every((c) => c.isClean),
    lastOutcome: last ? { ...last.outcome, matches: last.matches, storedUpdates: last.updates, storedItems: last.items } : undefined,
  };
}

/** Prints the re-import part of a report (console.table cannot show nested rows). */
export function printReimport(r: ReturnType<typeof reimportReport> & { writeBreakdown?: WriteBreakdown | undefined }): void {
  console.log('Chromium: the same topic re-imported as /raw (aim: within 1.5× of the first import)');
  console.table(r.times);
  console.table(r.checks);
  const each = (f: (c: ReimportCheck) => number) => r.checks.map(f).join(', ');
  console.log(`Check: the /raw re-import added ${each((c) => c.updatesAdded)} updates and ${each((c) => c.itemsAdded)} items (per run); stored updates changed by ${each((c) => c.storedUpdatesDelta)}, items by ${each((c) => c.storedItemsDelta)} — ${r.isClean ? 'no duplicates' : 'DUPLICATES: the re-import wrote posts or items beside the stored ones'}.`);
  console.log('Last re-import outcome:', r.lastOutcome);
  if (r.writeBreakdown) {
    console.log('The re-import\'s write step by step (last run, timed again after it on the rows it left; ms and rows):');
    console.table(Object.fromEntries(Object.entries(r.writeBreakdown).map(([k, v]) => [k, Math.round(v)])));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { reimport, ...report } = await runImportBrowserBench();
  console.table(report);
  console.log(`Import into IndexedDB: ${report.postsPerSecond} posts/s, ${report.mbPerSecond} MB/s; write ${report.writeRatioToFloor}× the bare bulkPut (aim ≤ 1.3×).`);
  printReimport(reimport);
}
