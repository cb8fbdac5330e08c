/**
 * One polite JSON GET to a forum, with the robustness issue 8 asks for: a per-request
 * time-out, a response size cap, retries with exponential back-off on 5xx, time-outs and
 * dropped connections, `Retry-After` honoured on 429 (seconds or an HTTP date), and the
 * member's Cancel honoured at every await.
 *
 * Redirects are followed by hand and only within the same origin: fetch's automatic
 * redirects could carry the API key to another host, or leave https, behind the back of
 * the approved-host list.
 */
import { cancelledError, errorForStatus, FetchError, offlineError, timeoutError } from './fetch-error';

/** Everything a request needs; built once per fetch by fetch-topic.ts. */
export interface RequestContext {
  fetchImpl: typeof fetch;
  origin: string;
  host: string;
  headers: Record<string, string>;
  /** Aborted on Cancel, or when a sibling request failed and the whole fetch is given up. */
  signal: AbortSignal;
  timeoutMs: number;
  maxRetries: number;
  maxBytes: number;
  /** Bytes read so far by every request of this fetch, and the most allowed in all (shared by the requests). */
  total: { read: number; max: number };
  /** A server asking to wait longer than this is not waited for; the fetch fails as rate-limited. */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** A JSON answer: the text exactly as received (for the importer) and its parsed value. */
export interface JsonAnswer {
  text: string;
  value: unknown;
}

type Attempt = { ok: true; answer: JsonAnswer } | { ok: false; error: FetchError; retryAfterMs?: number };

const MAX_REDIRECTS = 5;
const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;

/** GET `url` and parse it as JSON, retrying what may get better. Throws FetchError only. */
export async function getJson(url: string, ctx: RequestContext): Promise<JsonAnswer> {
  for (let attempt = 0; ; attempt += 1) {
    if (ctx.signal.aborted) throw cancelledError();
    const result = await attemptOnce(url, ctx, MAX_REDIRECTS);
    if (result.ok) return result.answer;
    if (attempt >= ctx.maxRetries) throw result.error;
    const delay = result.retryAfterMs ?? Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
    if (delay > ctx.maxRetryAfterMs) {
      const minutes = Math.max(1, Math.ceil(delay / 60_000));
      throw new FetchError('rate-limited', `${ctx.host} asks Steering Desk to wait about ${minutes} minute${minutes === 1 ? '' : 's'} before fetching again (HTTP 429).`, 429);
    }
    await abortableSleep(delay, ctx);
  }
}

async function attemptOnce(url: string, ctx: RequestContext, redirectsLeft: number): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  const onCancel = (): void => controller.abort();
  ctx.signal.addEventListener('abort', onCancel, { once: true });
  try {
    const response = await ctx.fetchImpl(url, { headers: ctx.headers, redirect: 'manual', signal: controller.signal });
    if (response.status >= 300 && response.status < 400) {
      await discard(response);
      return attemptOnce(redirectTarget(url, response, ctx), ctx, checkRedirects(redirectsLeft, ctx));
    }
    if (response.status === 429 || response.status >= 500) {
      await discard(response);
      return { ok: false, error: errorForStatus(response.status, ctx.host), retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), ctx.now()) };
    }
    if (response.status < 200 || response.status >= 300) {
      await discard(response);
      throw errorForStatus(response.status, ctx.host);
    }
    if (!/\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
      await discard(response);
      throw notDiscourse(ctx.host);
    }
    const text = await readCapped(response, ctx, controller);
    return { ok: true, answer: { text, value: parseJson(text, ctx.host) } };
  } catch (error) {
    if (ctx.signal.aborted) throw cancelledError();
    if (error instanceof FetchError) throw error;
    if (timedOut) return { ok: false, error: timeoutError(ctx.host, ctx.timeoutMs) };
    // fetch rejects with a TypeError for DNS failures, refused or reset connections.
    return { ok: false, error: offlineError(ctx.host) };
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onCancel);
  }
}

function checkRedirects(redirectsLeft: number, ctx: RequestContext): number {
  if (redirectsLeft <= 0) throw new FetchError('not-discourse', `${ctx.host} keeps redirecting; it may not be a Discourse forum.`);
  return redirectsLeft - 1;
}

function redirectTarget(url: string, response: Response, ctx: RequestContext): string {
  const location = response.headers.get('location');
  let target: URL;
  try {
    target = new URL(location ?? '', url);
  } catch {
    throw notDiscourse(ctx.host);
  }
  if (location === null) throw notDiscourse(ctx.host);
  if (target.protocol !== 'https:' && new URL(ctx.origin).protocol === 'https:') {
    throw new FetchError('insecure', `${ctx.host} redirected to an address that is not https; Steering Desk will not follow it.`, response.status);
  }
  if (target.origin !== ctx.origin) {
    throw new FetchError('not-discourse', `${ctx.host} redirected to another site (${target.host}); Steering Desk only fetches from the forum you approved.`, response.status);
  }
  return target.href;
}

/**
 * Read the body, giving up as soon as it passes the cap of one response (a forum never
 * sends 100 MB for 20 posts) or the fetch's total (shared by the requests in flight).
 */
async function readCapped(response: Response, ctx: RequestContext, controller: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > ctx.maxBytes) {
    controller.abort();
    throw tooLarge(ctx);
  }
  if (ctx.total.read + declared > ctx.total.max) {
    controller.abort();
    throw topicTooLarge(ctx);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      ctx.total.read += value.byteLength;
      if (total > ctx.maxBytes) {
        controller.abort();
        throw tooLarge(ctx);
      }
      if (ctx.total.read > ctx.total.max) {
        controller.abort();
        throw topicTooLarge(ctx);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function parseJson(text: string, host: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchError('malformed', `${host} sent a damaged answer (not valid JSON). Try again later; nothing was imported.`);
  }
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds or an HTTP date
 * (RFC 9110 §10.2.3). Undefined when absent or unreadable, so back-off applies instead.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse also accepts "-5" or "1.5"; an HTTP date always has a month name and a time.
  if (!/[a-z]{3}/i.test(trimmed) || !/\d{1,2}:\d{2}:\d{2}/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function abortableSleep(ms: number, ctx: RequestContext): Promise<void> {
  if (ctx.signal.aborted) throw cancelledError();
  let onAbort = (): void => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancelledError());
    ctx.signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([ctx.sleep(ms), cancelled]);
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function notDiscourse(host: string): FetchError {
  return new FetchError('not-discourse', `${host} did not answer like a Discourse forum (it sent a web page, not forum data). Check the address.`);
}

function tooLarge(ctx: RequestContext): FetchError {
  return new FetchError('too-large', `${ctx.host} sent more than ${formatMegabytes(ctx.maxBytes)} for one request; Steering Desk stopped reading it, and nothing was imported.`);
}

function topicTooLarge(ctx: RequestContext): FetchError {
  return new FetchError('too-large', `The topic is larger than ${formatMegabytes(ctx.total.max)}, the most Steering Desk fetches at once from ${ctx.host}; it stopped reading, and nothing was imported.`);
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 1_000_000)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}
