// Issue 20: each response was capped at 20 MB but the fetch as a whole was not (760 MB in
// 41 responses was accepted). Against the loopback fake Discourse: a total byte cap and a
// post-count cap per fetch, each refused in words, with nothing returned.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../../electron/main/discourse/fetch-error';
import { FETCH_LIMITS, fetchTopic, type FetchTopicOptions } from '../../../electron/main/discourse/fetch-topic';
import { startFakeDiscourse, TOPIC_ID, type FakeDiscourse } from './fake-discourse';

let forum: FakeDiscourse;
const base: FetchTopicOptions = { allowInsecureLoopbackForTests: true, sleep: async () => undefined, maxRetries: 0 };
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

beforeEach(async () => {
  forum = await startFakeDiscourse();
});
afterEach(async () => {
  await forum.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const outcome = await promise.then(() => null, (error: unknown) => error);
  if (outcome instanceof FetchError) return outcome;
  throw new Error(`expected a FetchError, got ${String(outcome)}`);
}
const bytesOf = (files: { text: string }[]) => files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const postsRequests = () => forum.requests.filter((r) => r.includes('/posts.json')).length;

describe('the total size of one fetch', () => {
  it('defaults to 100 MB in all, 20 MB a response and 20,000 posts', () => {
    expect(FETCH_LIMITS).toEqual({ maxBytesPerResponse: 20_000_000, maxTotalBytes: 100_000_000, maxPosts: 20_000 });
  });

  it('lets a topic through that fits', async () => {
    const whole = await fetchTopic(forum.topicUrl, base);
    const again = await fetchTopic(forum.topicUrl, { ...base, maxTotalBytes: bytesOf(whole.files) });
    expect(again.postCount).toBe(45);
  });

  it('stops a topic whose responses each fit but whose total does not, and says nothing was imported', async () => {
    // Many big answers, each well under the cap of one response: the 760 MB case, scaled down.
    for (const post of forum.posts) forum.editPost(post.postNumber, `## Status\n\n${'Long update text. '.repeat(200)}`);
    const whole = await fetchTopic(forum.topicUrl, { ...base, batchSize: 1 });
    const largest = Math.max(...whole.files.map((f) => Buffer.byteLength(f.text)));
    forum.requests.length = 0;
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, batchSize: 1, concurrency: 1, maxBytesPerResponse: largest, maxTotalBytes: 250_000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`The topic is larger than 250 kB, the most Steering Desk fetches at once from ${new URL(forum.origin).host}; it stopped reading, and nothing was imported.`);
    // It stopped at the cap instead of reading the rest of the 25 answers.
    expect(bytesOf(whole.files)).toBeGreaterThan(300_000);
    expect(postsRequests()).toBeLessThan(25);
  });

  it('counts the bytes of every response, the topic JSON included', async () => {
    const whole = await fetchTopic(forum.topicUrl, base);
    const topicBytes = Buffer.byteLength(whole.files[0]!.text);
    forum.requests.length = 0;
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, maxTotalBytes: topicBytes + 10 }));
    expect(error.message).toMatch(/^The topic is larger than .*nothing was imported\.$/);
  });

  it('refuses an answer whose declared length would pass the total, before reading it', async () => {
    const body = JSON.stringify({ post_stream: { posts: [] } });
    forum.script('posts', { status: 200, headers: { ...JSON_TYPE, 'content-length': String(body.length) }, body });
    const whole = await fetchTopic(forum.topicUrl, base);
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, concurrency: 1, maxTotalBytes: Buffer.byteLength(whole.files[0]!.text) + 5 }));
    expect(error.code).toBe('too-large');
  });
});

describe('the number of posts in one fetch', () => {
  const post = (id: number, n: number) => ({ id, post_number: n, topic_id: TOPIC_ID, cooked: '<p>x</p>' });

  it('refuses a topic that lists more posts than the cap', async () => {
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, maxPosts: 40 }));
    expect(error).toMatchObject({ code: 'too-large', message: `The topic is larger than Steering Desk fetches: ${new URL(forum.origin).host} lists 45 posts, and at most 40 are read at once; nothing was imported.` });
    expect(postsRequests()).toBe(0);
  });

  it('counts the posts the forum sends, not only those it listed', async () => {
    // Every batch answers with 30 posts where 20 were asked for.
    const flood = (from: number) => JSON.stringify({ post_stream: { posts: Array.from({ length: 30 }, (_, i) => post(500_000 + from + i, 100 + from + i)) } });
    for (let b = 0; b < 5; b += 1) forum.script('posts', { status: 200, headers: JSON_TYPE, body: flood(b * 30) });
    const error = await failure(fetchTopic(forum.topicUrl, { ...base, concurrency: 1, maxPosts: 60 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/sent 80 posts, and at most 60 are read at once; nothing was imported\.$/);
  });
});
