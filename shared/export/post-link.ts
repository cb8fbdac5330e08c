/**
 * The address of the forum post an ask was taken from, so that a published agenda or
 * decision log links each ask back to its post (`https://discourse.example/t/slug/56458/3`).
 *
 * Built from the thread's topic URL and the post number when both are known — the
 * canonical Discourse form, whatever the import format stored as the post's own URL
 * (often a site-relative path); else from the post's own URL when it is an absolute
 * Discourse post URL. Only http(s) addresses with a plain host come out; anything else
 * gives no link rather than a broken or unsafe one.
 */
import type { ItemRow, ThreadRow, UpdateRow } from '../model';
import { parseTopicUrl } from '../parse/sources/common';
import { safeLinkTarget } from './escape';

/** The fields of a post (update) that locate it in its thread. */
export type PostRef = Pick<UpdateRow, 'id' | 'threadId' | 'postNumber' | 'url'>;

/** Where exports look up the post of an ask; both lists are optional (no link without them). */
export interface PostSources {
  threads?: readonly Pick<ThreadRow, 'id' | 'url'>[];
  /** The updates (posts) of the exported asks; `PostRef` fields suffice. */
  updates?: readonly PostRef[];
}

/** `https://host` or `http://host:port` with nothing in the host that could end a Markdown link. */
function isPlainOrigin(origin: string): boolean {
  const hostAndPort = origin.replace(/^https?:\/\//i, '');
  return hostAndPort !== origin && /^[A-Za-z0-9.-]+$/.test(hostAndPort.replace(/:\d{1,5}$/, ''));
}

function postUrl(base: string | undefined, postNumber: number | undefined): string | undefined {
  if (!base || postNumber === undefined || !Number.isSafeInteger(postNumber) || postNumber < 1) return undefined;
  const ref = parseTopicUrl(base);
  if (!ref?.origin || !isPlainOrigin(ref.origin)) return undefined;
  const slug = ref.slug ? `${encodeURIComponent(decodeSafely(ref.slug))}/` : '';
  return safeLinkTarget(`${ref.origin}/t/${slug}${ref.topicId}/${postNumber}`) ?? undefined;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The post URL of an ask (rules in the module comment), or undefined when it is not known. */
export function postUrlOf(item: Pick<ItemRow, 'updateId' | 'threadId'>, sources: PostSources): string | undefined {
  const update = sources.updates?.find((u) => u.id === item.updateId);
  if (!update) return undefined;
  const thread = sources.threads?.find((t) => t.id === (update.threadId ?? item.threadId));
  const fromThread = postUrl(thread?.url, update.postNumber);
  if (fromThread) return fromThread;
  return update.url ? postUrl(update.url, parseTopicUrl(update.url)?.postNumber) : undefined;
}

/** `[post #3](https://…/56458/3)`: a Markdown link to a URL from {@link postUrlOf}, or `''` without one. */
export function postLinkMd(url: string | undefined): string {
  const number = url ? /\/(\d+)$/.exec(url)?.[1] : undefined;
  return url && number ? `[post #${number}](${url})` : '';
}
