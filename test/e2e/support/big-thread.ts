/**
 * A generated Discourse topic (`GET /t/{id}.json` shape, with `raw`) of status updates,
 * large enough that importing it takes a while: the crash tests of SECURITY.md check 37
 * kill the app while this import is being written. Deterministic (fixed seed), so every
 * run writes the same rows. No real fixture has 1,000 posts; the shape follows
 * test/fixtures/import/discourse-real/topic.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEAMS = ['Xen Project team', 'Moderation team', 'stdenv team', 'Marketing team', 'Documentation team', 'Infrastructure team', 'Security team', 'Release team'];
const WORDS = ('build cache review merge release channel staging module option package maintainer docs wiki infra security budget '
  + 'funding meeting rotation moderation website contributor onboarding governance process policy election community').split(' ');

/** A small seeded PRNG (mulberry32): the same thread on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function post(rand: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = () => Array.from({ length: 6 + Math.floor(rand() * 8) }, () => pick(WORDS)).join(' ') + '.';
  const bullets = (count: number) => Array.from({ length: count }, () => `- ${sentence()}`).join('\n');
  return [
    `# ${TEAMS[n % TEAMS.length]}`,
    '',
    '## Current Status',
    '',
    bullets(2 + Math.floor(rand() * 3)),
    '',
    '## Blockers or Challenges',
    '',
    bullets(1 + Math.floor(rand() * 2)),
    '',
    '## Asks for the SC',
    '',
    `- We need approval for the ${pick(WORDS)} ${pick(WORDS)} budget of ${100 + Math.floor(rand() * 900)} EUR.`,
    '',
  ].join('\n');
}

/** The topic JSON text: `posts` status updates by rotating teams, numbered 1…posts. */
export function bigThreadJson(posts = 1000, seed = 37): string {
  const rand = seeded(seed);
  const rows = Array.from({ length: posts }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 5) + i * 60_000).toISOString();
    return { id: 90_000 + i, post_number: i + 1, post_type: 1, username: `member${i % 53}`, created_at: at, updated_at: at, topic_id: 3700, raw: post(rand, i) };
  });
  return JSON.stringify({
    id: 3700,
    title: 'Community Team Updates (load test)',
    slug: 'community-team-updates-load-test',
    posts_count: posts,
    created_at: rows[0]?.created_at,
    post_stream: { stream: rows.map((r) => r.id), posts: rows },
  });
}

/** Writes the topic JSON as `<dir>/big-thread-3700.json` and returns its path. */
export function writeBigThread(dir: string, posts = 1000): string {
  const path = join(dir, 'big-thread-3700.json');
  writeFileSync(path, bigThreadJson(posts));
  return path;
}
