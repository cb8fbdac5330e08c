/**
 * Parsing of a Discourse topic address pasted by an SC member, and the two API addresses
 * the fetcher reads (issue 8, DISCOURSE-FORMATS.md §0–§2).
 *
 * Policy: only `https:` is accepted — the network is used only over https — and an address
 * carrying a user name or password is refused, because it would send credentials nobody
 * meant to paste. Plain `http:` is allowed only for loopback hosts and only when a test
 * sets `allowInsecureLoopbackForTests`; production code never sets it.
 */

/** Every way a pasted topic address can be refused. */
export type TopicUrlErrorCode = 'empty' | 'not-a-url' | 'insecure' | 'credentials' | 'not-a-topic';

/** A pasted address that is not an https Discourse topic address. */
export class TopicUrlError extends Error {
  override readonly name = 'TopicUrlError';
  /** Stable machine-readable reason. */
  readonly code: TopicUrlErrorCode;
  /** The address as the member pasted it (trimmed, cut to 200 characters). */
  readonly input: string;

  constructor(code: TopicUrlErrorCode, input: string, message: string) {
    super(message);
    this.code = code;
    this.input = input.trim().slice(0, 200);
  }
}

/** What a topic address points at. */
export interface TopicRef {
  /** Scheme, host and port, e.g. `https://discourse.nixos.org`; API paths are appended to it. */
  origin: string;
  /** Lower-case host (punycode), with the port when it is not the default. */
  host: string;
  topicId: number;
  /** The slug, when the address carried one (decoded). */
  slug?: string;
  /** The post the address pointed at, when it carried one. */
  postNumber?: number;
}

/** Options of {@link parseTopicUrl}. */
export interface ParseTopicUrlOptions {
  /** Accept `http://127.0.0.1`, `http://localhost` and `http://[::1]` (local test servers only). */
  allowInsecureLoopbackForTests?: boolean;
}

const MAX_INPUT = 2000;
/** Topic ids and post numbers are database integers; ten digits is far above any real forum. */
const NUMBER = /^[1-9]\d{0,9}$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Parse a pasted Discourse topic address. Accepted paths: `/t/{slug}/{id}`, `/t/{id}`,
 * `/t/{slug}/{id}/{post_number}`, `/t/{id}/{post_number}` (Discourse's own route for two
 * numbers), each with an optional trailing `.json` or `/`, and `/raw/{id}[/{post_number}]`.
 * Query strings and fragments are ignored. An address without a scheme gets `https://`.
 * Forums installed under a sub-folder are not supported.
 * @throws {TopicUrlError} for anything else.
 */
export function parseTopicUrl(input: string, options: ParseTopicUrlOptions = {}): TopicRef {
  const trimmed = input.trim();
  if (trimmed === '') throw new TopicUrlError('empty', input, 'Paste the address of a forum topic first.');
  if (trimmed.length > MAX_INPUT || /\s/.test(trimmed)) {
    throw new TopicUrlError('not-a-url', input, 'This does not look like a web address.');
  }
  const url = toUrl(trimmed, input);
  const isLoopback = LOOPBACK.has(url.hostname.toLowerCase());
  if (url.protocol === 'http:' && !(options.allowInsecureLoopbackForTests && isLoopback)) {
    throw new TopicUrlError('insecure', input, 'Only https addresses can be fetched; this one starts with http://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TopicUrlError('insecure', input, `Only https addresses can be fetched, not ${url.protocol} addresses.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new TopicUrlError('credentials', input, 'The address contains a user name or password; remove it and paste the plain topic address.');
  }
  if (url.hostname === '') throw new TopicUrlError('not-a-url', input, 'The address has no host name.');
  const path = matchTopicPath(url.pathname);
  if (!path) {
    throw new TopicUrlError('not-a-topic', input, `This address is not a forum topic: expected a path like /t/topic-title/12345, got ${url.pathname.slice(0, 100)}.`);
  }
  return { origin: url.origin, host: url.host.toLowerCase(), ...path };
}

function toUrl(trimmed: string, input: string): URL {
  // People copy addresses from the location bar without the scheme; only then is one added.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+:\d+(\/|$)/.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    throw new TopicUrlError('not-a-url', input, 'This does not look like a web address.');
  }
}

function matchTopicPath(pathname: string): Omit<TopicRef, 'origin' | 'host'> | null {
  const segments = pathname.replace(/\/+$/, '').replace(/\.json$/, '').split('/').slice(1);
  const [head, ...rest] = segments;
  if (head === 'raw') {
    const [id, post, ...extra] = rest;
    if (extra.length > 0 || !isNumber(id) || (post !== undefined && !isNumber(post))) return null;
    return withPost({ topicId: Number(id) }, post);
  }
  if (head !== 't' || rest.length < 1 || rest.length > 3) return null;
  const [a, b, c] = rest;
  if (rest.length === 1) return isNumber(a) ? { topicId: Number(a) } : null;
  if (rest.length === 2) {
    // Two numbers is Discourse's `t/:topic_id/:post_number` route; otherwise `t/:slug/:topic_id`.
    if (isNumber(a) && isNumber(b)) return { topicId: Number(a), postNumber: Number(b) };
    return isSlug(a) && isNumber(b) ? { topicId: Number(b), slug: decodeSlug(a) } : null;
  }
  if (!isSlug(a) || !isNumber(b) || !isNumber(c)) return null;
  return { topicId: Number(b), slug: decodeSlug(a), postNumber: Number(c) };
}

function withPost(ref: { topicId: number }, post: string | undefined): Omit<TopicRef, 'origin' | 'host'> {
  return post === undefined ? ref : { ...ref, postNumber: Number(post) };
}

function isNumber(segment: string | undefined): segment is string {
  return segment !== undefined && NUMBER.test(segment);
}

function isSlug(segment: string | undefined): segment is string {
  return segment !== undefined && segment.length > 0 && segment.length <= 300;
}

function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Address of the topic JSON with every post's Markdown, e.g.
 * `https://discourse.nixos.org/t/56458.json?include_raw=true`. Discourse turns `raw` on for
 * any value of `include_raw` (DISCOURSE-FORMATS.md §1).
 */
export function topicJsonUrl(origin: string, topicId: number): string {
  return `${origin}/t/${topicId}.json?include_raw=true`;
}

/**
 * Address of one batch of posts, e.g.
 * `https://discourse.nixos.org/t/56458/posts.json?post_ids[]=1&post_ids[]=2&include_raw=true`
 * (`post_ids[]` repeated, as discourse_api builds it; DISCOURSE-FORMATS.md §2).
 */
export function postsJsonUrl(origin: string, topicId: number, postIds: readonly number[]): string {
  const ids = postIds.map((id) => `post_ids[]=${Math.trunc(id)}`).join('&');
  return `${origin}/t/${topicId}/posts.json?${ids}${ids ? '&' : ''}include_raw=true`;
}
