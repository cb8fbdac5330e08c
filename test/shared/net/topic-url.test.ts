import { describe, expect, it } from 'vitest';
import { parseTopicUrl, postsJsonUrl, topicJsonUrl, TopicUrlError, type TopicUrlErrorCode } from '../../../shared/net/topic-url';

const ORIGIN = 'https://discourse.nixos.org';

function codeOf(input: string, options = {}): TopicUrlErrorCode | 'accepted' {
  try {
    parseTopicUrl(input, options);
    return 'accepted';
  } catch (error) {
    if (error instanceof TopicUrlError) return error.code;
    throw error;
  }
}

describe('parseTopicUrl', () => {
  it.each([
    ['https://discourse.nixos.org/t/steering-committee-updates/56458', { topicId: 56458, slug: 'steering-committee-updates' }],
    ['https://discourse.nixos.org/t/56458', { topicId: 56458 }],
    ['https://discourse.nixos.org/t/steering-committee-updates/56458/12', { topicId: 56458, slug: 'steering-committee-updates', postNumber: 12 }],
    ['https://discourse.nixos.org/t/56458/12', { topicId: 56458, postNumber: 12 }],
    ['https://discourse.nixos.org/t/56458.json', { topicId: 56458 }],
    ['https://discourse.nixos.org/t/some-slug/56458.json', { topicId: 56458, slug: 'some-slug' }],
    ['https://discourse.nixos.org/t/some-slug/56458/', { topicId: 56458, slug: 'some-slug' }],
    ['https://discourse.nixos.org/t/some-slug/56458?u=someone&page=2#post_4', { topicId: 56458, slug: 'some-slug' }],
    ['https://discourse.nixos.org/raw/56458', { topicId: 56458 }],
    ['https://discourse.nixos.org/raw/56458/3', { topicId: 56458, postNumber: 3 }],
    ['  https://discourse.nixos.org/t/56458  ', { topicId: 56458 }],
    ['discourse.nixos.org/t/some-slug/56458', { topicId: 56458, slug: 'some-slug' }],
    ['https://discourse.nixos.org/t/%E4%B8%AD%E6%96%87/77', { topicId: 77, slug: '中文' }],
  ])('reads the topic of %s', (input, expected) => {
    expect(parseTopicUrl(input)).toEqual({ origin: ORIGIN, host: 'discourse.nixos.org', ...expected });
  });

  it('keeps a non-default port in origin and host', () => {
    expect(parseTopicUrl('https://Forum.Example.org:8443/t/5')).toMatchObject({ origin: 'https://forum.example.org:8443', host: 'forum.example.org:8443' });
  });

  it('converts an internationalised host to punycode', () => {
    expect(parseTopicUrl('https://bücher.example/t/5').host).toBe('xn--bcher-kva.example');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://discourse.nixos.org/t/56458', 'insecure'],
    ['ftp://discourse.nixos.org/t/56458', 'insecure'],
    ['javascript:alert(1)', 'insecure'],
    ['file:///etc/passwd', 'insecure'],
    ['https://user:secret@discourse.nixos.org/t/56458', 'credentials'],
    ['https://user@discourse.nixos.org/t/56458', 'credentials'],
    ['https://discourse.nixos.org/', 'not-a-topic'],
    ['https://discourse.nixos.org/c/announcements/8', 'not-a-topic'],
    ['https://discourse.nixos.org/t/slug-only', 'not-a-topic'],
    ['https://discourse.nixos.org/t/slug/12/34/56', 'not-a-topic'],
    ['https://discourse.nixos.org/t/slug/0', 'not-a-topic'],
    ['https://discourse.nixos.org/t/slug/12345678901', 'not-a-topic'],
    ['https://discourse.nixos.org/raw/slug', 'not-a-topic'],
    ['https://discourse.nixos.org/forum/t/slug/12', 'not-a-topic'],
    ['not a url at all', 'not-a-url'],
    ['https://', 'not-a-url'],
  ])('refuses %j with code %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('names what is wrong in a message a member understands', () => {
    expect(() => parseTopicUrl('https://discourse.nixos.org/c/announcements/8')).toThrow(/not a forum topic.*\/c\/announcements\/8/);
  });

  it('accepts http on loopback only with the explicit test flag', () => {
    expect(codeOf('http://127.0.0.1:4567/t/x/9')).toBe('insecure');
    expect(parseTopicUrl('http://127.0.0.1:4567/t/x/9', { allowInsecureLoopbackForTests: true })).toMatchObject({ origin: 'http://127.0.0.1:4567', topicId: 9 });
  });

  it('keeps refusing http to other hosts even with the test flag', () => {
    expect(codeOf('http://discourse.nixos.org/t/9', { allowInsecureLoopbackForTests: true })).toBe('insecure');
  });
});

describe('API addresses', () => {
  it('asks the topic JSON with raw Markdown included', () => {
    expect(topicJsonUrl(ORIGIN, 56458)).toBe('https://discourse.nixos.org/t/56458.json?include_raw=true');
  });

  it('repeats post_ids[] once per post and includes raw', () => {
    expect(postsJsonUrl(ORIGIN, 56458, [101, 102, 105])).toBe(
      'https://discourse.nixos.org/t/56458/posts.json?post_ids[]=101&post_ids[]=102&post_ids[]=105&include_raw=true',
    );
  });

  it('builds an address whose post ids a URL parser reads back in order', () => {
    const url = new URL(postsJsonUrl(ORIGIN, 7, [3, 1, 2]));
    expect(url.searchParams.getAll('post_ids[]')).toEqual(['3', '1', '2']);
  });
});
