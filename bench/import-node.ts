/**
 * Import benchmark (PERFORMANCE-FLOORS.md §3.1, §4): a deterministic 2,000-post topic
 * (2–8 KB per post; headings, lists, mentions, links; seeded PRNG) parsed and segmented by
 * `parseFiles`, beside markdown-it's bare `md.parse` of the same text in the same run.
 * Target: ratio ≥ 0.5. Not a timed test; run `npx tsx bench/import-node.ts`.
 */
import MarkdownIt from 'markdown-it';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TEAMS, parseFiles } from '../shared/parse';
import { median } from './stats';
import { makeTopic } from './topic-generator';


/** Median times of markdown-it parse and of parseFiles on the same posts, and their ratio. */
export async function runImportNodeBench(runs = 5): Promise<{ posts: number; megabytes: number; markdownItMs: number; importMs: number; importPostsPerSecond: number; importMBps: number; markdownItMBps: number; ratio: number }> {
  const { json, raws } = makeTopic();
  const bytes = raws.reduce((n, r) => n + new TextEncoder().encode(r).length, 0);
  const md = new MarkdownIt();
  const time = (fn: () => void) => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const mdRun = () => time(() => { for (const r of raws) md.parse(r, {}); });
  const importRun = () => time(() => { parseFiles([{ name: 'bench.json', text: json }], { teams: DEFAULT_TEAMS }); });
  mdRun();
  importRun();
  const mdTimes: number[] = [];
  const importTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    mdTimes.push(mdRun());
    importTimes.push(importRun());
  }
  const markdownItMs = median(mdTimes);
  const importMs = median(importTimes);
  const mb = bytes / 1e6;
  return {
    posts: raws.length, megabytes: mb, markdownItMs, importMs,
    importPostsPerSecond: raws.length / (importMs / 1000), importMBps: mb / (importMs / 1000), markdownItMBps: mb / (markdownItMs / 1000),
    ratio: markdownItMs / importMs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runImportNodeBench();
  console.log(`posts: ${r.posts}, ${r.megabytes.toFixed(2)} MB`);
  console.log(`markdown-it md.parse: ${r.markdownItMs.toFixed(0)} ms, ${r.markdownItMBps.toFixed(1)} MB/s`);
  console.log(`parseFiles (JSON + parse + segment): ${r.importMs.toFixed(0)} ms, ${r.importMBps.toFixed(1)} MB/s, ${r.importPostsPerSecond.toFixed(0)} posts/s`);
  console.log(`ratio import / markdown-it: ${r.ratio.toFixed(2)} (target ≥ 0.5)`);
}
