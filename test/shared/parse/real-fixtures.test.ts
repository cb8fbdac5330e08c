/** Real Discourse responses (test/fixtures/import/discourse-real, see SOURCES.md upstream). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, parseFiles } from '../../../shared/parse';
import { fixture } from './load';

const parse = (...names: string[]) => parseFiles(names.map((n) => fixture(`discourse-real/${n}`)), { teams: DEFAULT_TEAMS });

describe('Discourse topic JSON', () => {
  it('reads the 2013 topic with its title, posts and offset timestamps normalised to UTC', () => {
    const r = parse('topic.json');
    expect(r.threads[0]).toMatchObject({ key: 'discourse:57', topicId: 57 });
    expect(r.threads[0]?.title).toMatch(/sandbox/i);
    expect(r.updates[0]?.postedAt).toBe('2013-02-04T20:26:26.278Z');
  });

  it('recognises a moderator-action post as not a team update', () => {
    const r = parse('topic.json');
    const nonRegular = r.updates.filter((u) => u.postNumber !== 1 && !u.isTeamUpdate && u.replyTo === undefined);
    expect(nonRegular.length).toBeGreaterThan(0);
  });

  it('attaches replies that discuss another post to it', () => {
    const r = parse('t_2108_post_452.json');
    const reply = r.updates.find((u) => u.postNumber === 433);
    expect(reply).toMatchObject({ isTeamUpdate: false, replyTo: 428 });
  });

  it('warns with the ids of stream posts that no file supplied', () => {
    const r = parse('t_2108_post_452.json');
    const w = r.warnings.find((x) => x.code === 'missing-posts');
    expect(w?.message).toContain('426 post(s)');
    expect(w?.message).toContain('18843');
  });

  it('converts cooked HTML to Markdown text when raw is absent, dropping quoted posts from the items', () => {
    const r = parse('t_2108_post_452.json');
    for (const u of r.updates) {
      expect(u.raw).not.toMatch(/<(?:p|div|aside|img|a)\b/);
      for (const item of u.items) expect(item.text).not.toContain('[quote');
    }
  });

  it('keeps post numbers with gaps and keys posts by topic and number', () => {
    const r = parse('t_2144_posts.json');
    const numbers = r.updates.map((u) => u.postNumber);
    expect(numbers).not.toContain(7);
    expect(r.updates.map((u) => u.key)).toContain('discourse:2144#8');
  });

  it('merges a posts.json page and the RSS of the same topic into one update per post', () => {
    const r = parse('t_2144_posts.json', 't_2144.rss');
    const keys = r.updates.map((u) => u.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.threads).toHaveLength(1);
    expect(r.threads[0]?.host).toBe('discuss.criticalfallibilism.com');
  });

  it('reads a single post (/posts/{id}.json) with raw', () => {
    const r = parse('post.json');
    expect(r.updates[0]).toMatchObject({ postId: 11, postNumber: 1, author: 'system', sourceKind: 'discourse-post-json' });
    expect(r.updates[0]?.raw).toContain('The first paragraph of this pinned topic');
  });

  it('reads the sections of a weekly update from raw in /posts.json', () => {
    const r = parse('posts.json');
    const weekly = r.updates.find((u) => u.postId === 20172);
    expect(weekly?.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['What I did this week']));
  });

  it('finds the same headings in the cooked HTML of that post as in its raw', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('./load');
    const data = JSON.parse(readFileSync(join(FIXTURES, 'discourse-real/posts.json'), 'utf8')) as { latest_posts: { id: number; raw?: string }[] };
    const cookedOnly = { ...data, latest_posts: data.latest_posts.filter((p) => p.id === 20172).map(({ raw: _raw, ...p }) => p) };
    const fromCooked = parseFiles([{ name: 'cooked.json', text: JSON.stringify(cookedOnly) }], { teams: DEFAULT_TEAMS });
    const fromRaw = parse('posts.json').updates.find((u) => u.postId === 20172);
    expect(fromCooked.updates[0]?.sections.map((s) => s.heading)).toEqual(fromRaw?.sections.map((s) => s.heading));
  });
});

describe('Discourse topic RSS', () => {
  it('reads authors, post numbers, links and RFC 2822 dates', () => {
    const r = parse('t_2144.rss');
    const post = r.updates.find((u) => u.author === 'ActiveMind');
    expect(post?.url).toMatch(/^https:\/\/discuss\.criticalfallibilism\.com\/t\/kpop-demon-hunters\/2144\/\d+$/);
    expect(post?.postedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(post?.sourceKind).toBe('discourse-rss');
  });
});
