/**
 * One thread is one thread (issue 14): every form of the sample thread (topic 56458) that
 * carries topic id and post number gives each post the same thread key and update key.
 * Expected posts, authors and times are read from the fixtures (the `/raw/` headers and
 * generate-sample-formats.ts's SAMPLE_POSTS), not from the parser's output.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, parseFiles, type InputFile, type ParseOptions } from '../../../shared/parse';
import { topicIdFromName } from '../../../shared/parse/sources/discourse-raw';
import { fixture } from './load';

const teams = DEFAULT_TEAMS;
const TOPIC = 'https://discourse.nixos.org/t/community-team-updates/56458';

/** Post number → author and the time in its /raw/ header (= created_at in the JSON). */
const POSTS: Record<number, { author: string; at: string }> = {
  1: { author: 'sc_member', at: '2024-11-25T10:00:00.000Z' },
  2: { author: 'xen_lead', at: '2024-11-25T13:00:00.000Z' },
  3: { author: 'rfcsc_member', at: '2024-11-25T16:00:00.000Z' },
  5: { author: 'fmt_lead', at: '2024-11-25T19:00:00.000Z' },
  6: { author: 'mod_lead', at: '2024-11-25T22:00:00.000Z' },
  7: { author: 'philiptaron', at: '2024-11-26T01:00:00.000Z' },
  8: { author: 'nixcom_admin', at: '2024-11-26T04:00:00.000Z' },
  9: { author: 'mkt_lead', at: '2024-11-26T07:00:00.000Z' },
  11: { author: 'docs_lead', at: '2024-11-26T10:00:00.000Z' },
};
const ALL = [1, 2, 3, 5, 6, 7, 8, 9, 11];

/** Each form with ids: its files, the import options, and the post numbers it holds. */
const FORMS: { name: string; files: () => InputFile[]; options?: Partial<ParseOptions>; posts: number[] }[] = [
  { name: 'topic JSON', files: () => [fixture('sample/topic-56458.json')], posts: [1, 2, 3, 5, 6, 7] },
  { name: 'posts.json page', files: () => [fixture('sample/posts-56458-page2.json')], posts: [8, 9, 11] },
  { name: '/raw/ pages', files: () => [fixture('sample/raw-56458.txt'), fixture('sample/raw-56458-page2.txt')], posts: ALL },
  { name: '/raw/ saved as raw.txt + topic address', files: () => [{ ...fixture('sample/raw-56458.txt'), name: 'raw.txt' }], options: { topicUrl: TOPIC }, posts: [1, 2, 3, 5, 6] },
  { name: 'topic RSS', files: () => [fixture('sample/56458.rss')], posts: ALL },
  { name: 'user_archive.csv', files: () => [fixture('sample/user_archive.csv')], posts: ALL },
  { name: 'user_archive.csv (old columns)', files: () => [fixture('sample/user_archive-old.csv')], posts: ALL },
];

const parse = (files: InputFile[], options: Partial<ParseOptions> = {}) => parseFiles(files, { teams, ...options });

describe('every form of the sample thread that carries ids', () => {
  it.each(FORMS)('$name keys each post discourse:56458#N in thread discourse:56458', (form) => {
    const r = parse(form.files(), form.options);
    expect(r.threads.map((t) => t.key)).toEqual(['discourse:56458']);
    expect(r.updates.map((u) => [u.key, u.threadKey, u.postNumber])).toEqual(form.posts.map((n) => [`discourse:56458#${n}`, 'discourse:56458', n]));
  });

  const pairs = FORMS.flatMap((a) => FORMS.filter((b) => b !== a).map((b) => ({ a, b, label: `${a.name} then ${b.name}` })));

  it.each(pairs)('$label: the same posts get the same keys', ({ a, b }) => {
    const first = new Map(parse(a.files(), a.options).updates.map((u) => [u.postNumber, u]));
    const second = parse(b.files(), b.options).updates;
    const shared = second.filter((u) => first.has(u.postNumber));
    expect(shared.map((u) => u.postNumber)).toEqual(b.posts.filter((n) => a.posts.includes(n)));
    for (const u of shared) {
      expect(u.key).toBe(first.get(u.postNumber)?.key);
      expect(u.threadKey).toBe(first.get(u.postNumber)?.threadKey);
    }
  });

  it.each(pairs)('$label in one import: one update per post', ({ a, b }) => {
    const r = parse([...a.files(), ...b.files()], { ...a.options, ...b.options });
    const union = ALL.filter((n) => a.posts.includes(n) || b.posts.includes(n));
    expect(r.updates.map((u) => u.key)).toEqual(union.map((n) => `discourse:56458#${n}`));
  });

  it('names each post’s author in the forms that carry one', () => {
    for (const form of FORMS.filter((f) => !f.name.startsWith('user_archive'))) {
      const authors = parse(form.files(), form.options).updates.map((u) => u.author);
      expect(authors, form.name).toEqual(form.posts.map((n) => POSTS[n]?.author));
    }
  });
});

describe('/raw/ posts', () => {
  const raw = () => parse([fixture('sample/raw-56458.txt'), fixture('sample/raw-56458-page2.txt')]).updates;

  it('carry the post number and author of their header', () => {
    expect(raw().map((u) => [u.postNumber, u.author])).toEqual(ALL.map((n) => [n, POSTS[n]?.author]));
  });

  it('date each post with its header time as the last edit, not as the posting time', () => {
    for (const u of raw()) {
      expect(u.editedAt).toBe(POSTS[u.postNumber ?? 0]?.at);
      expect(u.postedAt).toBeUndefined();
    }
  });

  it('take the posting time from the JSON when both forms are imported, and drop the edit that is none', () => {
    const xen = parse([fixture('sample/raw-56458.txt'), fixture('sample/topic-56458.json')]).updates.find((u) => u.postNumber === 2);
    expect(xen).toMatchObject({ key: 'discourse:56458#2', postedAt: '2024-11-25T13:00:00.000Z', postId: 200002 });
    expect(xen?.editedAt).toBeUndefined();
  });

  it('keep a later header time as the edit time next to the JSON’s posting time', () => {
    const edited = { name: 'raw-56458.txt', text: 'xen_lead | 2024-12-02 08:00:00 UTC | #2\n\nTL;DR: We’d like a @nixos.org email, please.\n' };
    const xen = parse([fixture('sample/topic-56458.json'), edited]).updates.find((u) => u.postNumber === 2);
    expect(xen).toMatchObject({ postedAt: '2024-11-25T13:00:00.000Z', editedAt: '2024-12-02T08:00:00.000Z' });
    expect(xen?.raw).toContain('please.');
  });
});

describe('a /raw/ file whose name has no topic id', () => {
  const pasted = () => ({ ...fixture('sample/raw-56458.txt'), name: 'pasted-text.txt' });

  it.each([TOPIC, 'discourse.nixos.org/raw/56458', 'https://discourse.nixos.org/t/56458/2', '/t/community-team-updates/56458', 'http://discourse.nixos.org/t/community-team-updates/56458'])(
    'gets the topic’s keys from the topic address %s',
    (topicUrl) => {
      const r = parse([pasted()], { topicUrl });
      expect(r.threads.map((t) => [t.key, t.topicId])).toEqual([['discourse:56458', 56458]]);
      expect(r.updates.map((u) => u.key)).toEqual([1, 2, 3, 5, 6].map((n) => `discourse:56458#${n}`));
      expect(r.warnings).toEqual([]);
    },
  );

  it('links its posts and thread to the forum of the topic address', () => {
    const r = parse([pasted()], { topicUrl: TOPIC });
    expect(r.threads[0]).toMatchObject({ url: TOPIC, host: 'discourse.nixos.org' });
    expect(r.updates[1]?.url).toBe(`${TOPIC}/2`);
  });

  it('without a topic address stays a thread of its own and says how to fix it', () => {
    const r = parse([pasted()]);
    expect(r.threads.map((t) => t.key)).toEqual(['raw:pasted-text']);
    expect(r.warnings.map((w) => w.code)).toEqual(['raw-no-topic']);
  });

  it('reports a topic address that is no topic and reads the file as before', () => {
    const r = parse([pasted()], { topicUrl: 'https://discourse.nixos.org/latest' });
    expect(r.threads.map((t) => t.key)).toEqual(['raw:pasted-text']);
    expect(r.warnings.map((w) => w.code)).toEqual(['topic-url', 'raw-no-topic']);
  });
});

describe('a topic address that is another topic than a file’s own', () => {
  it('keeps the topic id a /raw/ file name carries, with a warning', () => {
    const r = parse([fixture('sample/raw-56458.txt')], { topicUrl: 'https://discourse.nixos.org/t/other/999' });
    expect(r.updates[0]?.key).toBe('discourse:56458#1');
    expect(r.warnings.map((w) => [w.code, w.fileName])).toEqual([['other-topic', 'raw-56458.txt']]);
  });

  it('keeps the topic id of a JSON file, with a warning', () => {
    const r = parse([fixture('sample/topic-56458.json')], { topicUrl: 'https://discourse.nixos.org/t/other/999' });
    expect(r.threads.map((t) => t.key)).toEqual(['discourse:56458']);
    // The topic JSON alone also misses posts 8, 9 and 11 of its stream (page 2).
    expect(r.warnings.map((w) => w.code)).toEqual(['other-topic', 'missing-posts']);
  });
});

describe('topic ids in /raw/ file names', () => {
  it.each([
    ['56458', 56458], ['56458.txt', 56458], ['raw-56458-page2.txt', 56458], ['56458?page=2', 56458], ['56458 (1).txt', 56458],
    ['raw.txt', undefined], ['raw (12).txt', undefined], ['raw 2024-11-25.txt', undefined], ['raw-2024-11-25 10-00-00.txt', undefined],
  ])('%s → %s', (name, id) => {
    expect(topicIdFromName(name)).toBe(id);
  });
});

describe('RSS items', () => {
  const feed = (item: string) => ({ name: 'feed.rss', text: `<?xml version="1.0"?><rss version="2.0"><channel><title>Community Team Updates</title><link>https://discourse.nixos.org/t/community-team-updates/56458</link>${item}</channel></rss>` });

  it('take topic and post number from the guid when the link has none', () => {
    const r = parse([feed('<item><title>Community Team Updates</title><dc:creator><![CDATA[xen_lead]]></dc:creator><description><![CDATA[<p>TL;DR</p>]]></description><guid isPermaLink="false">discourse.nixos.org-post-56458-2</guid></item>')]);
    expect(r.updates.map((u) => [u.key, u.postNumber])).toEqual([['discourse:56458#2', 2]]);
  });

  it('take the post id from a /posts.rss guid', () => {
    const r = parse([feed('<item><title>Community Team Updates</title><dc:creator><![CDATA[xen_lead]]></dc:creator><description><![CDATA[<p>TL;DR</p>]]></description><link>https://discourse.nixos.org/t/community-team-updates/56458/2</link><guid isPermaLink="false">discourse.nixos.org-post-200002</guid></item>')]);
    expect(r.updates[0]).toMatchObject({ key: 'discourse:56458#2', postNumber: 2, postId: 200002 });
  });
});

describe('user_archive.csv rows', () => {
  it('take topic id, post number and post id from their own columns when the file has them', () => {
    const csv = 'topic_title,is_pm,post_raw,url,created_at,topic_id,post_number,post_id\nCommunity Team Updates,No,TL;DR,https://discourse.nixos.org/t/community-team-updates/56458,2024-11-25T13:00:00.000Z,56458,2,200002\n';
    const r = parse([{ name: 'user_archive.csv', text: csv }]);
    expect(r.updates[0]).toMatchObject({ key: 'discourse:56458#2', threadKey: 'discourse:56458', postNumber: 2, postId: 200002, postedAt: '2024-11-25T13:00:00.000Z' });
  });
});

describe('Markdown front matter with the post’s address', () => {
  it('gives the post the key it has in the topic JSON', () => {
    const md = '---\nteam: Xen Project team\nauthor: "@xen_lead"\nurl: https://discourse.nixos.org/t/community-team-updates/56458/2\n---\n\nTL;DR: We’d like a @nixos.org email.\n';
    const r = parse([{ name: 'xen.md', text: md }]);
    expect(r.updates.map((u) => [u.key, u.threadKey])).toEqual([['discourse:56458#2', 'discourse:56458']]);
  });
});
