import { describe, expect, it } from 'vitest';
import { postMatcher } from '../../../shared/import/matcher';
import {
  identifyPosts, isMerged, storedIdOf, threadRowOf, threadsToRead, type Matcher, type StoredPostRef, type StoredThreadRef, type StoredView,
} from '../../../shared/import/post-identity';

const DAY = '2026-12-02T10:00:00.000Z';
const XEN = 'TL;DR: We would like a nixos.org email to apply for the pre-disclosure list. Everything else has been going smoothly with upstream.';
const DOCS = 'Maintenance mode: we answer to pings from the documentation team typically within two days but do not develop notable projects.';

const thread = (id: string, extra: Partial<StoredThreadRef> = {}): StoredThreadRef => ({ id, title: 'Community Team Updates', importedAt: DAY, ...extra });
const stored = (id: string, threadId: string, raw: string, extra: Partial<StoredPostRef> = {}): StoredPostRef => ({ id, threadId, raw, teamId: null, author: 'xen_lead', importedAt: DAY, ...extra });
const post = (key: string, threadKey: string, raw: string, extra: { postNumber?: number; author?: string } = {}) => ({ key, threadKey, raw, author: 'xen_lead', ...extra });
const view = (threads: StoredThreadRef[], posts: StoredPostRef[]): StoredView => ({ threads, posts });

describe('identifyPosts', () => {
  it('finds a post by its row id first', () => {
    const v = view([thread('th:discourse:1', { topicId: 1 })], [stored('up:discourse:1#2', 'th:discourse:1', XEN, { postNumber: 2 })]);
    const id = identifyPosts({ threads: [{ key: 'discourse:1', topicId: 1 }], updates: [post('discourse:1#2', 'discourse:1', 'edited text', { postNumber: 2 })] }, v, postMatcher);
    expect(id.posts).toEqual({ 'discourse:1#2': { by: 'id', storedId: 'up:discourse:1#2' } });
  });

  it('finds a post by topic and post number when its thread was first stored from another form', () => {
    // A pasted thread completed by a topic JSON: its row keeps its own id and gained the topic id.
    const v = view([thread('th:text:cta', { topicId: 56458 })], [stored('up:text:cta#team:xen', 'th:text:cta', XEN, { postNumber: 2 })]);
    const id = identifyPosts({ threads: [{ key: 'discourse:56458', topicId: 56458 }], updates: [post('discourse:56458#2', 'discourse:56458', XEN, { postNumber: 2 })] }, v, postMatcher);
    expect(id.posts['discourse:56458#2']).toEqual({ by: 'number', storedId: 'up:text:cta#team:xen' });
    expect(id.threads).toEqual({ 'discourse:56458': 'th:text:cta' });
  });

  it('matches a post without ids by content and author, and proposes a merge from 90 %', () => {
    const v = view([thread('th:discourse:1', { topicId: 1 })], [stored('up:discourse:1#2', 'th:discourse:1', XEN, { postNumber: 2 }), stored('up:discourse:1#3', 'th:discourse:1', DOCS, { author: 'docs_lead', postNumber: 3 })]);
    const id = identifyPosts({ threads: [{ key: 'md:cta' }], updates: [post('md:cta#file:xen', 'md:cta', `## Xen\n\n${XEN}`), post('md:cta#file:docs', 'md:cta', DOCS, { author: 'unknown' })] }, v, postMatcher);
    expect(id.posts['md:cta#file:xen']).toMatchObject({ by: 'content', storedId: 'up:discourse:1#2' });
    expect(id.posts['md:cta#file:docs']).toMatchObject({ by: 'content', storedId: 'up:discourse:1#3', score: 1 });
    expect(isMerged(id.posts['md:cta#file:docs']!, undefined)).toBe(true);
  });

  it('does not match a post by another author, however alike', () => {
    const v = view([thread('th:md:a')], [stored('up:md:a#file:xen', 'th:md:a', XEN)]);
    const id = identifyPosts({ threads: [{ key: 'md:b' }], updates: [post('md:b#file:xen', 'md:b', XEN, { author: 'someone_else' })] }, v, postMatcher);
    expect(id.posts).toEqual({});
  });

  it('keeps two topics with the same title and the same words apart', () => {
    const v = view([thread('th:discourse:1', { topicId: 1 })], [stored('up:discourse:1#2', 'th:discourse:1', XEN, { postNumber: 2 })]);
    const id = identifyPosts({ threads: [{ key: 'discourse:2', topicId: 2 }], updates: [post('discourse:2#2', 'discourse:2', XEN, { postNumber: 2 })] }, v, postMatcher);
    expect(id).toEqual({ posts: {}, threads: {} });
  });

  it('never matches two posts the same topic numbers differently', () => {
    const v = view([thread('th:discourse:1', { topicId: 1 })], [stored('up:discourse:1#2', 'th:discourse:1', XEN, { postNumber: 2 })]);
    const id = identifyPosts({ threads: [{ key: 'discourse:1', topicId: 1 }], updates: [post('discourse:1#9', 'discourse:1', XEN, { postNumber: 9 })] }, v, postMatcher);
    expect(id.posts).toEqual({});
  });

  it('pairs each stored post with one parsed post, best score first', () => {
    const v = view([thread('th:md:a')], [stored('up:md:a#x', 'th:md:a', XEN)]);
    const id = identifyPosts({ threads: [{ key: 'text:b' }], updates: [post('text:b#1', 'text:b', `${XEN} And one more sentence about the website team page.`), post('text:b#2', 'text:b', XEN)] }, v, postMatcher);
    expect(Object.keys(id.posts)).toEqual(['text:b#2']);
  });

  it('takes any similarity (the parser helper is injected)', () => {
    const always: Matcher = { similarity: () => 0.7 };
    const v = view([thread('th:md:a')], [stored('up:md:a#x', 'th:md:a', 'one two three')]);
    const id = identifyPosts({ threads: [{ key: 'text:b' }], updates: [post('text:b#1', 'text:b', 'four five six')] }, v, always);
    expect(id.posts['text:b#1']).toEqual({ by: 'content', storedId: 'up:md:a#x', score: 0.7 });
    // Under 90 %, kept apart unless the member merges it.
    expect(storedIdOf(id, 'text:b#1', undefined)).toBeUndefined();
    expect(storedIdOf(id, 'text:b#1', { storedId: 'up:md:a#x', isMerged: true })).toBe('up:md:a#x');
    // An answer given for another stored post does not count.
    expect(storedIdOf(id, 'text:b#1', { storedId: 'up:md:a#other', isMerged: true })).toBeUndefined();
  });
});

describe('threadsToRead', () => {
  const threads = [thread('th:discourse:1', { topicId: 1 }), thread('th:discourse:2', { topicId: 2 }), thread('th:md:a')];
  it('reads nothing more when every post is stored by id (a re-import of a large topic)', () => {
    expect(threadsToRead([{ key: 'discourse:1', topicId: 1 }], [post('discourse:1#2', 'discourse:1', XEN)], threads, () => true)).toEqual([]);
  });
  it('reads the threads a new post could be in: its topic and threads without a topic id', () => {
    expect(threadsToRead([{ key: 'discourse:1', topicId: 1 }], [post('discourse:1#2', 'discourse:1', XEN)], threads, () => false).sort()).toEqual(['th:discourse:1', 'th:md:a']);
    expect(threadsToRead([{ key: 'md:b' }], [post('md:b#x', 'md:b', XEN)], threads, () => false).sort()).toEqual(['th:discourse:1', 'th:discourse:2', 'th:md:a']);
  });
});

describe('threadRowOf', () => {
  it('writes a thread whose posts merged into a stored thread into that thread', () => {
    const v = view([thread('th:md:a')], [stored('up:md:a#x', 'th:md:a', XEN)]);
    const updates = [post('discourse:1#2', 'discourse:1', XEN, { postNumber: 2 }), post('discourse:1#1', 'discourse:1', 'The SC asks every team for an update.', { author: 'sc' })];
    const id = identifyPosts({ threads: [{ key: 'discourse:1', topicId: 1 }], updates }, v, postMatcher);
    expect(threadRowOf('discourse:1', id, updates, v, () => undefined)).toBe('th:md:a');
    // Kept apart, the topic is a thread of its own.
    expect(threadRowOf('discourse:1', id, updates, v, () => ({ storedId: 'up:md:a#x', isMerged: false }))).toBe('th:discourse:1');
  });
});
