/**
 * Deterministic synthetic Discourse topics (seeded PRNG), shared by the benchmarks and the
 * load tests so that both import the same kind of thread. Each post is a team's status
 * update in Markdown: headings, bullets (some nested), mentions, PR links, code.
 *
 * Two post sizes: BENCH_POSTS is the PERFORMANCE-FLOORS.md §2 corpus (2–8 KB, ~38 items a
 * post), TYPICAL_POSTS is shaped like the SC's real threads (~1.5 KB and ~9 items a post,
 * as in test/fixtures/import/community-team-updates-thread.txt).
 */
import { prng } from './stats';

const WORDS = ('build cache review merge release channel staging hydra flake module option package maintainer docs wiki infra security '
  + 'budget funding meeting rotation moderation marketing website contributor onboarding governance process policy election '
  + 'we need approval access alias matrix room help people team update status blocker upcoming project community foundation').split(' ');
const HEADINGS = ['Current Status', 'People', 'Blockers or Challenges', 'Upcoming Topics or Projects', 'Budget', 'Requests', 'Other', 'Done', 'In Progress'];
const TEAMS = ['Xen', 'stdenv', 'moderation', 'marketing', 'documentation', 'infrastructure', 'formatting'];

/** Target length of a post's Markdown, in characters (a post stops after the section that reaches it). */
export type PostSize = { minChars: number; maxChars: number };
export const BENCH_POSTS: PostSize = { minChars: 2048, maxChars: 8192 };
export const TYPICAL_POSTS: PostSize = { minChars: 500, maxChars: 1500 };

function makePost(rand: () => number, i: number, size: PostSize): string {
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
  const target = size.minChars + Math.floor(rand() * (size.maxChars - size.minChars));
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

export type TopicOptions = {
  size?: PostSize;
  /** Distinct topics (and post ids) for importing several threads into one workspace. */
  topicId?: number;
  title?: string;
};

/** Who wrote post `i` (0-based) and when: the same in every rendering of a generated topic. */
const authorOf = (i: number) => `u${i % 97}`;
const POSTED_AT = '2024-11-25T10:00:00.000Z';

/** `posts` posts as a Discourse topic JSON (`/t/{id}.json` with raw), plus the raw texts. */
export function makeTopic(posts = 2000, seed = 42, opts: TopicOptions = {}): { json: string; raws: string[] } {
  const size = opts.size ?? BENCH_POSTS;
  const topicId = opts.topicId ?? 1;
  const rand = prng(seed);
  const raws = Array.from({ length: posts }, (_, i) => makePost(rand, i, size));
  const postId = (i: number) => (topicId - 1) * 1_000_000 + 1000 + i;
  const json = JSON.stringify({
    id: topicId, title: opts.title ?? 'Bench topic', slug: 'bench',
    post_stream: {
      stream: raws.map((_, i) => postId(i)),
      posts: raws.map((raw, i) => ({ id: postId(i), post_number: i + 1, post_type: 1, username: authorOf(i), created_at: POSTED_AT, updated_at: POSTED_AT, topic_id: topicId, raw })),
    },
  });
  return { json, raws };
}

/**
 * The same posts as `makeTopic(posts, seed, opts)` in Discourse's `/raw/{topicId}` form
 * (DISCOURSE-FORMATS.md §4, test/fixtures/import/sample/raw-56458.txt): each post a header
 * `username | YYYY-MM-DD HH:MM:SS UTC | #N` (the time is `updated_at`), a blank line, the raw
 * Markdown, a blank line and a line of 25 dashes. The text names no topic: save it as
 * `<topicId>.txt` (or give the topic address) so that its posts get the topic's keys.
 */
export function makeRawTopic(posts = 2000, seed = 42, opts: TopicOptions = {}): string {
  const { raws } = makeTopic(posts, seed, opts);
  const time = POSTED_AT.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return raws.map((raw, i) => `${authorOf(i)} | ${time} | #${i + 1}\n\n${raw.trim()}\n\n-------------------------\n\n`).join('');
}
