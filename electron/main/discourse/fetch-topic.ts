/**
 * Fetch a whole Discourse topic by its address, in the Electron main process only
 * (issue 8). Reads `/t/{id}.json` with raw Markdown, then every post it did not carry
 * through `/t/{id}/posts.json?post_ids[]=…` in small batches, a few at a time, and
 * returns the JSON texts as received for the same preview and atomic write as file imports.
 *
 * All or nothing: any failure or Cancel rejects with a FetchError and returns nothing, so
 * a partial topic is never written. Refresh is simply another call; the renderer diffs.
 *
 * Size: each response is capped (20 MB), and so is the whole fetch (issue 20: 760 MB
 * across 41 responses each under the cap was accepted): at most {@link FETCH_LIMITS}
 * `maxTotalBytes` read in all and `maxPosts` posts received in all, counting what the forum
 * actually sends, not only what the topic announces. Past either, the fetch stops at once.
 *
 * The caller (the IPC handler) checks the host against the approved list before calling;
 * this module enforces https, same-origin redirects and never logs the API key.
 */
import { parseTopicUrl, postsJsonUrl, topicJsonUrl, TopicUrlError, type TopicRef } from '../../../shared/net/topic-url';
import { readPostsBatch, readTopic } from './discourse-shapes';
import { cancelledError, FetchError } from './fetch-error';
import { getJson, type RequestContext } from './http-get';

/**
 * Default caps of one fetch. 20,000 posts is twice where Discourse's "mega topics" start;
 * at a generous 5 kB a post (raw Markdown + cooked HTML + metadata) they make 100 MB.
 */
export const FETCH_LIMITS = { maxBytesPerResponse: 20_000_000, maxTotalBytes: 100_000_000, maxPosts: 20_000 } as const;

/** A Discourse key for private categories: a User API key, or an admin-issued API key with its user name. */
export interface DiscourseApiKey {
  kind: 'user-api-key' | 'api-key';
  key: string;
  username?: string;
}

/** Options of {@link fetchTopic}. All but `signal`, `onProgress` and `apiKey` exist for tests and tuning. */
export interface FetchTopicOptions {
  fetchImpl?: typeof fetch;
  apiKey?: DiscourseApiKey;
  signal?: AbortSignal;
  /** Called with posts fetched so far and the topic's total, after the topic and after each batch. */
  onProgress?: (fetched: number, total: number) => void;
  /** Batches in flight at once (default 2): polite to the forum. */
  concurrency?: number;
  /** Post ids per posts.json request (default 20, Discourse's own chunk size). */
  batchSize?: number;
  /** Per-request time-out (default 30 s), covering headers and body. */
  timeoutMs?: number;
  /** Retries per request after 429, 5xx, time-out or a dropped connection (default 3). */
  maxRetries?: number;
  /** Longest `Retry-After` waited for (default 60 s); a longer one fails as rate-limited. */
  maxRetryAfterMs?: number;
  /** Largest response body read (default 20 MB). */
  maxBytesPerResponse?: number;
  /** Most bytes read across all responses of one fetch (default 100 MB). */
  maxTotalBytes?: number;
  /** Largest topic fetched, and most posts received in all (default 20,000); Discourse "mega topics" start at 10,000. */
  maxPosts?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Sent as `User-Agent: SteeringDesk/<appVersion>`; the IPC handler passes `app.getVersion()`. */
  appVersion?: string;
  /** Allow plain http to 127.0.0.1 / localhost. Tests only; production code never sets it. */
  allowInsecureLoopbackForTests?: boolean;
}

/** One fetched JSON text, named for the importer (`t-56458.json`, `t-56458-posts-1.json`). */
export interface FetchedFile {
  name: string;
  text: string;
}

/** A whole topic: the topic JSON and every posts.json batch, as received. */
export interface FetchedTopic {
  files: FetchedFile[];
  topicId: number;
  title: string;
  /** Distinct posts across all files. */
  postCount: number;
  /** The topic's origin and host, for the thread row and for refresh. */
  origin: string;
  host: string;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetch every post of the topic at `url`.
 * @throws {FetchError} on any failure, including Cancel (`code: 'cancelled'`).
 */
export async function fetchTopic(url: string, opts: FetchTopicOptions = {}): Promise<FetchedTopic> {
  const ref = parseRef(url, opts);
  const headers = buildHeaders(opts);
  const internal = new AbortController();
  const onCancel = (): void => internal.abort();
  opts.signal?.addEventListener('abort', onCancel, { once: true });
  if (opts.signal?.aborted) internal.abort();
  const ctx: RequestContext = {
    fetchImpl: opts.fetchImpl ?? fetch,
    origin: ref.origin,
    host: ref.host,
    headers,
    signal: internal.signal,
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxRetries: opts.maxRetries ?? 3,
    maxBytes: opts.maxBytesPerResponse ?? FETCH_LIMITS.maxBytesPerResponse,
    total: { read: 0, max: opts.maxTotalBytes ?? FETCH_LIMITS.maxTotalBytes },
    maxRetryAfterMs: opts.maxRetryAfterMs ?? 60_000,
    sleep: opts.sleep ?? defaultSleep,
    now: opts.now ?? Date.now,
  };
  try {
    const result = await fetchAll(ref, ctx, opts, internal);
    // A Cancel that lands after the last answer still means "nothing imported".
    if (opts.signal?.aborted) throw cancelledError();
    return result;
  } catch (error) {
    if (opts.signal?.aborted) throw cancelledError();
    throw error;
  } finally {
    opts.signal?.removeEventListener('abort', onCancel);
  }
}

async function fetchAll(ref: TopicRef, ctx: RequestContext, opts: FetchTopicOptions, internal: AbortController): Promise<FetchedTopic> {
  const topic = await getJson(topicJsonUrl(ref.origin, ref.topicId), ctx);
  const plan = readTopic(topic.value, ref.host);
  const maxPosts = opts.maxPosts ?? FETCH_LIMITS.maxPosts;
  const tooManyPosts = (count: number) =>
    new FetchError('too-large', `The topic is larger than Steering Desk fetches: ${ref.host} ${count > plan.stream.length ? 'sent' : 'lists'} ${count.toLocaleString('en')} posts, and at most ${maxPosts.toLocaleString('en')} are read at once; nothing was imported.`);
  if (plan.stream.length > maxPosts) throw tooManyPosts(plan.stream.length);
  // What the forum sends is counted, not what it announced: a batch can carry more posts than asked for.
  let received = plan.included.length;
  if (received > maxPosts) throw tooManyPosts(received);
  const seen = new Set(plan.included);
  const missing = plan.stream.filter((id) => !seen.has(id));
  const batches = chunk(missing, Math.max(1, opts.batchSize ?? 20));
  const total = new Set([...plan.stream, ...plan.included]).size;
  let fetched = total - missing.length;
  opts.onProgress?.(fetched, total);

  const texts = new Array<string>(batches.length);
  await runPool(batches.length, Math.max(1, opts.concurrency ?? 2), internal, async (index) => {
    const batch = batches[index] ?? [];
    const answer = await getJson(postsJsonUrl(ref.origin, plan.topicId, batch), ctx);
    const ids = readPostsBatch(answer.value, plan.topicId, ref.host);
    received += ids.length;
    if (received > maxPosts) throw tooManyPosts(received);
    for (const id of ids) seen.add(id);
    texts[index] = answer.text;
    fetched += batch.length;
    opts.onProgress?.(fetched, total);
  });

  const name = `t-${plan.topicId}`;
  return {
    files: [{ name: `${name}.json`, text: topic.text }, ...texts.map((text, i) => ({ name: `${name}-posts-${i + 1}.json`, text }))],
    topicId: plan.topicId,
    title: plan.title,
    postCount: seen.size,
    origin: ref.origin,
    host: ref.host,
  };
}

/**
 * Run `task(0..count-1)` with at most `limit` in flight. The first failure aborts the rest
 * (through `internal`) and is the one reported; the others' "cancelled" echoes are dropped.
 */
async function runPool(count: number, limit: number, internal: AbortController, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let firstError: unknown = null;
  const worker = async (): Promise<void> => {
    while (next < count && firstError === null) {
      const index = next;
      next += 1;
      try {
        await task(index);
      } catch (error) {
        if (firstError === null) firstError = error;
        internal.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  if (firstError !== null) throw firstError;
}

function parseRef(url: string, opts: FetchTopicOptions): TopicRef {
  try {
    return parseTopicUrl(url, { allowInsecureLoopbackForTests: opts.allowInsecureLoopbackForTests === true });
  } catch (error) {
    if (error instanceof TopicUrlError) {
      const code = error.code === 'insecure' || error.code === 'credentials' ? 'insecure' : 'bad-url';
      throw new FetchError(code, error.message);
    }
    throw error;
  }
}

function buildHeaders(opts: FetchTopicOptions): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'User-Agent': `SteeringDesk/${opts.appVersion ?? '0.0.0'}`,
  };
  const key = opts.apiKey;
  if (!key) return headers;
  // A key with a line break would let it smuggle extra headers; refuse it outright.
  if (/[\r\n]/.test(key.key + (key.username ?? ''))) {
    throw new FetchError('forbidden', 'The API key stored for this forum contains a line break; enter it again.');
  }
  if (key.kind === 'user-api-key') headers['User-Api-Key'] = key.key;
  else {
    headers['Api-Key'] = key.key;
    if (key.username) headers['Api-Username'] = key.username;
  }
  return headers;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
