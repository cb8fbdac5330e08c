/**
 * Content matching for forms without ids (issue 14): the same post in two forms is near 1,
 * two teams' posts are far apart. Pairs come from the fixtures: the sample thread's topic
 * JSON `raw` against the same post in the browser-copied text (cut at each post's first line,
 * as listed in generate-sample-formats.ts), and real Discourse `raw` against its `cooked`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFingerprint, htmlToMarkdown, similarity } from '../../../shared/parse';
import { FIXTURES } from './load';

type Post = { id: number; post_number: number; raw: string; cooked: string };
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const postsOf = (path: string) => (JSON.parse(read(path)) as { post_stream: { posts: Post[] } }).post_stream.posts;
const json = new Map([...postsOf('sample/topic-56458.json'), ...postsOf('sample/posts-56458-page2.json')].map((p) => [p.post_number, p.raw]));

/** Post number → the line it starts with in the browser-copied text. */
const FIRST_LINES: [number, string][] = [
  [1, 'Subject: Community Team Updates'], [2, 'TL;DR: We’d like a @nixos.org email'], [3, 'The RFCSC is continuing'],
  [5, 'Overall the team is working as documented'], [6, 'the moderation team grew'], [7, 'The stdenv team is new'],
  [8, 'https://nix-community.org is a sister project'], [9, 'We recently had a meeting'], [11, 'Maintenance mode: we answer to pings'],
];
const lines = read('community-team-updates-thread.txt').split('\n');
const pasted = new Map(FIRST_LINES.map(([n, first], i) => {
  const start = lines.findIndex((l) => l.startsWith(first));
  const next = FIRST_LINES[i + 1];
  const end = next ? lines.findIndex((l) => l.startsWith(next[1])) : lines.length;
  return [n, lines.slice(start, end).join('\n')];
}));
const teamPosts = FIRST_LINES.map(([n]) => n).filter((n) => n > 1);

describe('contentFingerprint', () => {
  it('keeps the words a reader sees and drops markup, link targets, images and list numbers', () => {
    const raw = '## Budget\n\n1. We need **1,000 EUR** — see [the minutes](https://example.org/m).\n2. ![chart|690x207](upload://abc.png) :tada:\n[quote="u, post:2, topic:3"]\nQuoted\n[/quote]';
    expect(contentFingerprint(raw)).toBe('budget we need 1 000 eur see the minutes quoted');
  });

  it('gives the same words for a text and its fingerprint', () => {
    for (const text of json.values()) expect(contentFingerprint(contentFingerprint(text))).toBe(contentFingerprint(text));
  });
});

describe('similarity', () => {
  it.each(teamPosts)('finds post #%i of the topic JSON in the browser-copied text (≥ 0.9)', (n) => {
    expect(similarity(json.get(n) ?? '', pasted.get(n) ?? '')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(teamPosts)('keeps post #%i apart from every other team’s post (< 0.5)', (n) => {
    for (const other of teamPosts.filter((o) => o !== n)) expect(similarity(json.get(n) ?? '', pasted.get(other) ?? '')).toBeLessThan(0.5);
  });

  it('finds a real post’s raw Markdown in its cooked HTML turned into Markdown (RSS form)', () => {
    const latest = (JSON.parse(read('discourse-real/posts.json')) as { latest_posts: Post[] }).latest_posts;
    // A weekly update with ## sections, one with [details], one with [spoiler], one with an upload.
    for (const id of [20172, 20183, 20209, 20203]) {
      const post = latest.find((p) => p.id === id);
      if (!post) throw new Error(`post ${id} is not in the fixture`);
      expect(similarity(post.raw, htmlToMarkdown(post.cooked))).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('scores a lightly edited post high but below an exact copy', () => {
    const marketing = json.get(9) ?? '';
    const edited = marketing.replace('Can we get a private matrix room for the marketing team?', 'Could we get a private Matrix room for the marketing team, please?');
    expect(edited).not.toBe(marketing);
    const score = similarity(marketing, edited);
    expect(score).toBeGreaterThanOrEqual(0.9);
    expect(score).toBeLessThan(1);
  });

  it('is symmetric and bounded', () => {
    const a = json.get(2) ?? '';
    const b = pasted.get(3) ?? '';
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, '')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});
