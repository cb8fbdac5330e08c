// Each exported ask links back to its forum post: topic URL + "/" + post number.
import { describe, expect, it } from 'vitest';
import { postLinkMd, postUrlOf, type PostRef } from '../../../shared/export/post-link';
import type { ThreadId, ThreadRow, UpdateId } from '../../../shared/model';
import { item } from '../decisions/fixtures';

const thread = (url?: string): Pick<ThreadRow, 'id' | 'url'> => ({ id: 't1' as ThreadId, ...(url === undefined ? {} : { url }) });
const post = (over: Partial<PostRef> = {}): PostRef => ({ id: 'u1' as UpdateId, threadId: 't1' as ThreadId, postNumber: 3, ...over });
const ask = item('a');

describe('postUrlOf', () => {
  it('joins the topic URL and the post number', () => {
    expect(postUrlOf(ask, { threads: [thread('https://discourse.example/t/slug/56458')], updates: [post()] })).toBe('https://discourse.example/t/slug/56458/3');
  });

  it('ignores a trailing slash, a query and a post number already in the topic URL', () => {
    for (const url of ['https://discourse.example/t/slug/56458/', 'https://discourse.example/t/slug/56458?u=tom', 'https://discourse.example/t/slug/56458/9']) {
      expect(postUrlOf(ask, { threads: [thread(url)], updates: [post()] })).toBe('https://discourse.example/t/slug/56458/3');
    }
  });

  it('falls back to the post’s own absolute URL', () => {
    expect(postUrlOf(ask, { threads: [thread()], updates: [post({ url: 'https://discourse.example/t/slug/56458/7' })] })).toBe('https://discourse.example/t/slug/56458/7');
  });

  it('gives no link for a site-relative post URL without a topic URL', () => {
    expect(postUrlOf(ask, { threads: [thread()], updates: [post({ url: '/t/slug/56458/7' })] })).toBeUndefined();
  });

  it('gives no link without a post number, a post, or sources', () => {
    expect(postUrlOf(ask, { threads: [thread('https://discourse.example/t/slug/56458')], updates: [post({ postNumber: undefined })] })).toBeUndefined();
    expect(postUrlOf(ask, { threads: [thread('https://discourse.example/t/slug/56458')], updates: [] })).toBeUndefined();
    expect(postUrlOf(ask, {})).toBeUndefined();
  });

  it.each(['javascript:alert(1)//t/x/1', 'file:///t/slug/56458', 'https://evil.example)](x/t/slug/56458', 'https://discourse.example/forum'])('gives no link for %s', (url) => {
    expect(postUrlOf(ask, { threads: [thread(url)], updates: [post()] })).toBeUndefined();
  });

  it('encodes a slug that would break the Markdown link', () => {
    expect(postUrlOf(ask, { threads: [thread('https://discourse.example/t/a)b c/56458')], updates: [post()] })).toBe('https://discourse.example/t/a%29b%20c/56458/3');
  });
});

describe('postLinkMd', () => {
  it('names the post by its number', () => {
    expect(postLinkMd('https://discourse.example/t/slug/56458/3')).toBe('[post #3](https://discourse.example/t/slug/56458/3)');
    expect(postLinkMd(undefined)).toBe('');
  });
});
