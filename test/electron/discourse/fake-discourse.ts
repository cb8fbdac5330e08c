/**
 * A small Discourse look-alike on 127.0.0.1 for the fetcher's tests: a generated topic of
 * 45 posts numbered 1–50 with gaps, `/t/{id}.json` carrying the first 20 posts and the whole
 * stream, `/t/{id}/posts.json` honouring `post_ids[]` and `include_raw`, and scripted
 * failures (429, 5xx, hangs, 403/404, HTML, broken JSON) for the next matching requests.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/discourse-server/${name}`, import.meta.url)), 'utf8')) as Record<string, unknown>;

export const TOPIC_ID = 4242;
export const SLUG = 'sc-team-updates-round-7';
const GAPS = new Set([7, 13, 22, 31, 40]);

export interface FakePost {
  id: number;
  postNumber: number;
  raw: string;
  version: number;
  updatedAt: string;
}

/** What the next matching request gets instead of the normal answer. */
export type Reply = { status: number; headers?: Record<string, string>; body?: string } | 'hang';
type Target = 'topic' | 'posts' | 'any';

export interface FakeDiscourse {
  origin: string;
  topicUrl: string;
  posts: FakePost[];
  /** Path and query of every request, in arrival order. */
  requests: string[];
  headers: IncomingHttpHeaders[];
  /** Most posts.json requests in flight at once. */
  maxInFlight: number;
  /** The next `times` requests to `target` get `reply`. */
  script(target: Target, reply: Reply, times?: number): void;
  editPost(postNumber: number, raw: string): void;
  addPosts(count: number): void;
  close(): Promise<void>;
}

export async function startFakeDiscourse(options: { postDelayMs?: number } = {}): Promise<FakeDiscourse> {
  const posts: FakePost[] = [];
  for (let n = 1; posts.length < 45; n += 1) {
    if (!GAPS.has(n)) posts.push({ id: 90_000 + n * 3, postNumber: n, raw: `## Status\n\nUpdate number ${n}.`, version: 1, updatedAt: at(n) });
  }
  const rules: { target: Target; reply: Reply; times: number }[] = [];
  let inFlight = 0;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    fake.requests.push(`${url.pathname}${url.search}`);
    fake.headers.push(req.headers);
    const target: Target = url.pathname.endsWith('/posts.json') ? 'posts' : 'topic';
    const rule = rules.find((r) => r.target === target || r.target === 'any');
    if (rule) {
      rule.times -= 1;
      if (rule.times <= 0) rules.splice(rules.indexOf(rule), 1);
      if (rule.reply === 'hang') return; // never answers; closeAllConnections ends it
      res.writeHead(rule.reply.status, rule.reply.headers ?? { 'content-type': 'application/json; charset=utf-8' });
      res.end(rule.reply.body ?? '{}');
      return;
    }
    if (url.pathname === `/t/${TOPIC_ID}.json`) return sendJson(res, topicJson(posts, url.searchParams.has('include_raw')));
    if (url.pathname === `/t/${TOPIC_ID}/posts.json`) {
      inFlight += 1;
      fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
      const ids = new Set(url.searchParams.getAll('post_ids[]').map(Number));
      const body = postsJson(posts.filter((p) => ids.has(p.id)), url.searchParams.has('include_raw'));
      setTimeout(() => {
        inFlight -= 1;
        sendJson(res, body);
      }, options.postDelayMs ?? 5);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><body>Not found</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const fake: FakeDiscourse = {
    origin,
    topicUrl: `${origin}/t/${SLUG}/${TOPIC_ID}`,
    posts,
    requests: [],
    headers: [],
    maxInFlight: 0,
    script: (target, reply, times = 1) => void rules.push({ target, reply, times }),
    editPost(postNumber, raw) {
      const post = posts.find((p) => p.postNumber === postNumber);
      if (!post) throw new Error(`no post ${postNumber}`);
      Object.assign(post, { raw, version: post.version + 1, updatedAt: at(1000 + postNumber) });
    },
    addPosts(count) {
      const last = posts.at(-1)?.postNumber ?? 0;
      for (let n = last + 1; n <= last + count; n += 1) posts.push({ id: 90_000 + n * 3, postNumber: n, raw: `New reply ${n}.`, version: 1, updatedAt: at(n) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function at(n: number): string {
  return new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
}

function postJson(post: FakePost, includeRaw: boolean): Record<string, unknown> {
  const { raw: _raw, ...template } = fixture('post-template.json');
  return {
    ...template,
    id: post.id,
    post_number: post.postNumber,
    topic_id: TOPIC_ID,
    topic_slug: SLUG,
    cooked: `<p>${post.raw.replace(/[<>&]/g, '')}</p>`,
    created_at: at(post.postNumber),
    updated_at: post.updatedAt,
    version: post.version,
    post_url: `/t/${SLUG}/${TOPIC_ID}/${post.postNumber}`,
    ...(includeRaw ? { raw: post.raw } : {}),
  };
}

function topicJson(posts: FakePost[], includeRaw: boolean): Record<string, unknown> {
  const highest = posts.at(-1)?.postNumber ?? 0;
  return {
    ...fixture('topic-template.json'),
    id: TOPIC_ID,
    title: 'SC team updates, round 7',
    fancy_title: 'SC team updates, round 7',
    slug: SLUG,
    posts_count: posts.length,
    highest_post_number: highest,
    post_stream: { posts: posts.slice(0, 20).map((p) => postJson(p, includeRaw)), stream: posts.map((p) => p.id) },
  };
}

function postsJson(posts: FakePost[], includeRaw: boolean): Record<string, unknown> {
  return { post_stream: { posts: posts.map((p) => postJson(p, includeRaw)) }, id: TOPIC_ID };
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
