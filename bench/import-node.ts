/**
 * Import benchmark (PERFORMANCE-FLOORS.md §3.1, §4): a deterministic 2,000-post topic
 * (2–8 KB per post; headings, lists, mentions, links; seeded PRNG) parsed and segmented by
 * `parseFiles`, beside markdown-it's bare `md.parse` of the same text in the same run.
 * Target: ratio ≥ 0.5. Not a timed test; run `npx tsx bench/import-node.ts`.
 */
import MarkdownIt from 'markdown-it';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TEAMS, parseFiles } from '../shared/parse';
import { median, prng } from './stats';


const WORDS = ('build cache review merge release channel staging hydra flake module option package maintainer docs wiki infra security '
  + 'budget funding meeting rotation moderation marketing website contributor onboarding governance process policy election '
  + 'we need approval access alias matrix room help people team update status blocker upcoming project community foundation').split(' ');
const HEADINGS = ['Current Status', 'People', 'Blockers or Challenges', 'Upcoming Topics or Projects', 'Budget', 'Requests', 'Other', 'Done', 'In Progress'];
const TEAMS = ['Xen', 'stdenv', 'moderation', 'marketing', 'documentation', 'infrastructure', 'formatting'];

/** One post of 2–8 KB of realistic status-update Markdown. */
function makePost(rand: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const sentence = () => {
    const n = 6 + Math.floor(rand() * 14);
    const words = Array.from({ length: n }, () => {
      const r = rand();
      if (r < 0.03) return `@user${Math.floor(rand() * 500)}`;
      if (r < 0.05) return `[#${Math.floor(rand() * 99999)}](https://github.com/NixOS/nixpkgs/pull/${Math.floor(rand() * 99999)})`;
      if (r < 0.07) return `\`${pick(WORDS)}\``;
      if (r < 0.09) return `**${pick(WORDS)}**`;
      return pick(WORDS);
    });
    return words.join(' ') + '.';
  };
  const target = 2048 + Math.floor(rand() * 6144);
  let out = `The ${TEAMS[i % TEAMS.length]} team has an update. ${sentence()}\n\n`;
  while (out.length < target) {
    out += `## ${pick(HEADINGS)}\n\n`;
    const bullets = 3 + Math.floor(rand() * 8);
    for (let b = 0; b < bullets; b++) {
      out += `- ${sentence()} ${rand() < 0.3 ? sentence() : ''}\n`;
      if (rand() < 0.2) out += `  - ${sentence()}\n`;
    }
    out += `\n${sentence()} ${sentence()}\n\n`;
    if (rand() < 0.25) out += '```nix\n{ pkgs }: pkgs.hello\n```\n\n';
  }
  return out;
}

/** The 2,000 posts as a Discourse topic JSON with raw, plus the raw texts for markdown-it. */
export function makeTopic(posts = 2000, seed = 42): { json: string; raws: string[] } {
  const rand = prng(seed);
  const raws = Array.from({ length: posts }, (_, i) => makePost(rand, i));
  const json = JSON.stringify({
    id: 1, title: 'Bench topic', slug: 'bench',
    post_stream: {
      stream: raws.map((_, i) => 1000 + i),
      posts: raws.map((raw, i) => ({ id: 1000 + i, post_number: i + 1, post_type: 1, username: `u${i % 97}`, created_at: '2024-11-25T10:00:00.000Z', updated_at: '2024-11-25T10:00:00.000Z', topic_id: 1, raw })),
    },
  });
  return { json, raws };
}


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
