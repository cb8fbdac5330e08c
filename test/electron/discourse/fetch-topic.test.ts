import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchTopic, type FetchTopicOptions } from '../../../electron/main/discourse/fetch-topic';
import { startFakeDiscourse, TOPIC_ID, type FakeDiscourse } from './fake-discourse';

let forum: FakeDiscourse;
const base: FetchTopicOptions = { allowInsecureLoopbackForTests: true, sleep: async () => undefined, appVersion: '1.2.3' };

beforeEach(async () => {
  forum = await startFakeDiscourse();
});
afterEach(async () => {
  await forum.close();
});

type PostLike = { id: number; post_number: number; raw?: string; version: number };
function postsIn(files: { text: string }[]): Map<number, PostLike> {
  const byId = new Map<number, PostLike>();
  for (const file of files) {
    const json = JSON.parse(file.text) as { post_stream: { posts: PostLike[] } };
    for (const post of json.post_stream.posts) byId.set(post.id, post);
  }
  return byId;
}

describe('fetchTopic', () => {
  it('fetches every post of a topic with gaps in its post numbers', async () => {
    const result = await fetchTopic(forum.topicUrl, base);
    const posts = postsIn(result.files);
    expect([...posts.keys()].sort((a, b) => a - b)).toEqual(forum.posts.map((p) => p.id));
    expect(result).toMatchObject({ topicId: TOPIC_ID, title: 'SC team updates, round 7', postCount: 45 });
  });

  it('gets the raw Markdown of every post', async () => {
    const posts = postsIn((await fetchTopic(forum.topicUrl, base)).files);
    expect([...posts.values()].every((p) => typeof p.raw === 'string' && p.raw.length > 0)).toBe(true);
  });

  it('names the files for the importer and keeps the texts as received', async () => {
    const { files } = await fetchTopic(forum.topicUrl, base);
    expect(files.map((f) => f.name)).toEqual([`t-${TOPIC_ID}.json`, `t-${TOPIC_ID}-posts-1.json`, `t-${TOPIC_ID}-posts-2.json`]);
    expect(JSON.parse(files[0]!.text)).toHaveProperty('post_stream.stream');
  });

  it('asks only for the posts the topic JSON did not carry, in batches', async () => {
    await fetchTopic(forum.topicUrl, { ...base, batchSize: 10 });
    const batches = forum.requests.filter((r) => r.includes('/posts.json'));
    const asked = batches.flatMap((r) => new URL(r, forum.origin).searchParams.getAll('post_ids[]').map(Number));
    expect(asked.sort((a, b) => a - b)).toEqual(forum.posts.slice(20).map((p) => p.id));
    expect(batches).toHaveLength(3);
  });

  it('keeps at most the given number of batches in flight', async () => {
    await forum.close();
    forum = await startFakeDiscourse({ postDelayMs: 30 });
    await fetchTopic(forum.topicUrl, { ...base, batchSize: 3, concurrency: 2 });
    expect(forum.maxInFlight).toBe(2);
  });

  it('reports progress as posts fetched of the total, ending at the total', async () => {
    const progress: [number, number][] = [];
    await fetchTopic(forum.topicUrl, { ...base, batchSize: 10, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[20, 45], [30, 45], [40, 45], [45, 45]]);
  });

  it('accepts the topic address in its /t/{id}/{post_number} form', async () => {
    const result = await fetchTopic(`${forum.origin}/t/${TOPIC_ID}/33`, base);
    expect(result.postCount).toBe(45);
  });

  it('sends a Steering Desk user agent and asks for JSON', async () => {
    await fetchTopic(forum.topicUrl, base);
    expect(forum.headers[0]).toMatchObject({ 'user-agent': 'SteeringDesk/1.2.3', accept: 'application/json' });
  });

  it('sends an API key with its user name on every request', async () => {
    await fetchTopic(forum.topicUrl, { ...base, apiKey: { kind: 'api-key', key: 'k-123', username: 'sc-bot' } });
    expect(forum.headers.every((h) => h['api-key'] === 'k-123' && h['api-username'] === 'sc-bot')).toBe(true);
  });

  it('sends a User API key in its own header', async () => {
    await fetchTopic(forum.topicUrl, { ...base, apiKey: { kind: 'user-api-key', key: 'u-456' } });
    expect(forum.headers[0]).toMatchObject({ 'user-api-key': 'u-456' });
    expect(forum.headers[0]).not.toHaveProperty('api-key');
  });

  it('sends no key header when no key is given', async () => {
    await fetchTopic(forum.topicUrl, base);
    expect(forum.headers.some((h) => 'api-key' in h || 'user-api-key' in h)).toBe(false);
  });
});

describe('refreshing a topic', () => {
  it('returns edited posts with their new text and version', async () => {
    await fetchTopic(forum.topicUrl, base);
    forum.editPost(2, '## Status\n\nEdited: we need a budget decision.');
    forum.editPost(44, 'Edited late reply.');
    const posts = postsIn((await fetchTopic(forum.topicUrl, base)).files);
    const edited = [...posts.values()].filter((p) => p.version === 2).map((p) => [p.post_number, p.raw]);
    expect(edited).toEqual([[2, '## Status\n\nEdited: we need a budget decision.'], [44, 'Edited late reply.']]);
  });

  it('returns posts added since the first fetch', async () => {
    const first = await fetchTopic(forum.topicUrl, base);
    forum.addPosts(3);
    const second = await fetchTopic(forum.topicUrl, base);
    const added = [...postsIn(second.files).keys()].filter((id) => !postsIn(first.files).has(id));
    expect(added).toEqual(forum.posts.slice(-3).map((p) => p.id));
    expect(second.postCount).toBe(48);
  });
});

describe('API keys', () => {
  it('refuses a key with a line break instead of sending it', async () => {
    await expect(fetchTopic(forum.topicUrl, { ...base, apiKey: { kind: 'api-key', key: 'k\r\nX-Evil: 1' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(forum.requests).toHaveLength(0);
  });
});
