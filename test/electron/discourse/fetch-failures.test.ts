import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, type FetchErrorCode } from '../../../electron/main/discourse/fetch-error';
import { fetchTopic, type FetchTopicOptions } from '../../../electron/main/discourse/fetch-topic';
import { startFakeDiscourse, type FakeDiscourse } from './fake-discourse';

let forum: FakeDiscourse;
let sleeps: number[];
let base: FetchTopicOptions;
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

beforeEach(async () => {
  forum = await startFakeDiscourse();
  sleeps = [];
  base = { allowInsecureLoopbackForTests: true, sleep: async (ms) => void sleeps.push(ms), now: () => Date.parse('2026-03-01T12:00:00Z') };
});
afterEach(async () => {
  await forum.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

async function codeOf(options: FetchTopicOptions = {}, url = forum.topicUrl): Promise<FetchErrorCode> {
  return (await failure(fetchTopic(url, { ...base, ...options }))).code;
}

describe('retries', () => {
  it('waits the seconds a 429 Retry-After asks for, then succeeds', async () => {
    forum.script('posts', { status: 429, headers: { 'retry-after': '7' } });
    const result = await fetchTopic(forum.topicUrl, base);
    expect(sleeps).toEqual([7000]);
    expect(result.postCount).toBe(45);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    forum.script('topic', { status: 429, headers: { 'retry-after': 'Sun, 01 Mar 2026 12:00:30 GMT' } });
    await fetchTopic(forum.topicUrl, base);
    expect(sleeps).toEqual([30_000]);
  });

  it('gives up with a clear message when the forum asks to wait longer than the cap', async () => {
    forum.script('topic', { status: 429, headers: { 'retry-after': '3600' } });
    const error = await failure(fetchTopic(forum.topicUrl, base));
    expect(error.code).toBe('rate-limited');
    expect(error.message).toMatch(/wait about 60 minutes/);
    expect(sleeps).toEqual([]);
  });

  it('ends as rate-limited when 429s outlast the retries', async () => {
    forum.script('topic', { status: 429 }, 10);
    expect(await codeOf({ maxRetries: 2 })).toBe('rate-limited');
  });

  it('backs off exponentially on 500s and then succeeds', async () => {
    forum.script('posts', { status: 500, body: 'oops' }, 2);
    const result = await fetchTopic(forum.topicUrl, { ...base, concurrency: 1 });
    expect(sleeps).toEqual([1000, 2000]);
    expect(result.postCount).toBe(45);
  });

  it('ends as a server error when 5xx outlast the retries', async () => {
    forum.script('any', { status: 503 }, 10);
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, maxRetries: 3 }));
    expect(error).toMatchObject({ code: 'server-error', status: 503 });
    expect(error.message).toMatch(/having trouble right now \(HTTP 503\)/);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });
});

describe('failures that end the fetch', () => {
  it('times out a request that never answers', async () => {
    forum.script('topic', 'hang', 5);
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, timeoutMs: 100, maxRetries: 1 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not answer within/);
  });

  it('says the topic is private on 403', async () => {
    forum.script('topic', { status: 403, body: '{"errors":["You are not permitted to view the requested resource."]}' });
    const error = await failure(fetchTopic(forum.topicUrl, base));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/private or you are not allowed to see it \(HTTP 403\)/);
  });

  it('says the topic does not exist on 404 without retrying', async () => {
    forum.script('topic', { status: 404 });
    expect(await codeOf()).toBe('not-found');
    expect(forum.requests).toHaveLength(1);
  });

  it('recognises an HTML page as not a Discourse forum', async () => {
    forum.script('topic', { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Welcome</body></html>' });
    expect(await codeOf()).toBe('not-discourse');
  });

  it('recognises JSON without a post stream as not a Discourse topic', async () => {
    forum.script('topic', { status: 200, headers: JSON_TYPE, body: '{"hello":"world"}' });
    expect(await codeOf()).toBe('not-discourse');
  });

  it('refuses malformed JSON', async () => {
    forum.script('posts', { status: 200, headers: JSON_TYPE, body: '{"post_stream": {"posts": [' });
    expect(await codeOf()).toBe('malformed');
  });

  it('refuses a post stream of the wrong shape', async () => {
    forum.script('topic', { status: 200, headers: JSON_TYPE, body: '{"id":4242,"title":"x","post_stream":{"posts":"no"}}' });
    expect(await codeOf()).toBe('malformed');
  });

  it('refuses a response larger than the cap', async () => {
    expect(await codeOf({ maxBytesPerResponse: 1000 })).toBe('too-large');
  });

  it('refuses a topic with more posts than the cap', async () => {
    expect(await codeOf({ maxPosts: 40 })).toBe('too-large');
  });

  it('says the forum cannot be reached when nothing listens', async () => {
    const origin = forum.origin;
    await forum.close();
    const error = await failure(fetchTopic(`${origin}/t/1`, { ...base, maxRetries: 0 }));
    expect(error.code).toBe('offline');
    expect(error.message).toMatch(/Could not reach 127\.0\.0\.1/);
  });

  it('refuses plain http without the test flag', async () => {
    expect(await codeOf({ allowInsecureLoopbackForTests: false })).toBe('insecure');
    expect(forum.requests).toHaveLength(0);
  });

  it('refuses an address that is not a topic', async () => {
    expect(await codeOf({}, `${forum.origin}/latest`)).toBe('bad-url');
  });

  it('does not follow a redirect to another host', async () => {
    const other = createServer((_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    forum.script('topic', { status: 302, headers: { location: `http://localhost:${port}/t/4242.json` } });
    try {
      expect(await codeOf()).toBe('not-discourse');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('follows a redirect within the same forum', async () => {
    forum.script('topic', { status: 301, headers: { location: `/t/4242.json?include_raw=true` } });
    forum.script('topic', { status: 200, headers: JSON_TYPE, body: '{"id":4242,"title":"x","post_stream":{"posts":[],"stream":[]}}' });
    expect((await fetchTopic(`${forum.origin}/t/x/4242`, base)).title).toBe('x');
  });
});

describe('cancel', () => {
  it('stops midway with a cancelled error and returns nothing', async () => {
    const controller = new AbortController();
    const promise = fetchTopic(forum.topicUrl, {
      ...base,
      batchSize: 5,
      concurrency: 1,
      signal: controller.signal,
      onProgress: (done) => done >= 30 && controller.abort(),
    });
    const error = await failure(promise);
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/nothing was imported/);
    expect(forum.requests.filter((r) => r.includes('/posts.json')).length).toBeLessThan(5);
  });

  it('cancels a request that is waiting for an answer', async () => {
    forum.script('topic', 'hang');
    const controller = new AbortController();
    const promise = fetchTopic(forum.topicUrl, { ...base, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(promise)).code).toBe('cancelled');
  });

  it('cancels during a Retry-After wait', async () => {
    forum.script('topic', { status: 429, headers: { 'retry-after': '5' } });
    const controller = new AbortController();
    const sleep = (): Promise<void> => {
      controller.abort();
      return new Promise(() => undefined);
    };
    expect(await codeOf({ signal: controller.signal, sleep })).toBe('cancelled');
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await codeOf({ signal: controller.signal })).toBe('cancelled');
    expect(forum.requests).toHaveLength(0);
  });
});
