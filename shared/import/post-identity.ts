/**
 * Which stored post a parsed post is (issue 14, "One thread is one thread"): the rule the
 * import preview and the import write share, so that importing a thread again, in another
 * form, or refreshing it never makes a second update for a post already stored.
 *
 * A parsed post is, in this order:
 * 1. by id: the stored update whose row id is `rowIds.update(post.key)`;
 * 2. by number: else, the stored update of the same thread (the stored thread with the same
 *    row id, or the same Discourse topic id) with the same post number;
 * 3. by content: else, the stored post most like it (`Matcher`, ≥ CONTENT_MATCH_MIN) by a
 *    compatible author (the same, or either unknown) among those that could be it: not taken
 *    by 1. or 2., not in a thread of another topic id (two topics with the same title stay
 *    apart), and not a post both sides number in the same topic (a different number is a
 *    different post). Pairs are taken best score first, one stored post per parsed post.
 * A content match is only proposed: the member merges it or keeps it apart in the preview
 * (`UpdateChoice.merge`); untouched, it merges when its score is ≥ MERGE_BY_DEFAULT.
 * Unticked posts take part too, so that the preview and the write pair the same posts.
 */
import { rowIds } from './ids';
import type { StoredPost } from './post-state';
import type { ParsedThread, ParsedUpdate } from '../parse/types';

/** Content similarity of two texts, 0..1 (shared/parse `similarity`); `prepare` maps a raw text to what it compares, once per text. */
export type Matcher = { similarity: (a: string, b: string) => number; prepare?: (raw: string) => string };

/** Least score of a proposed content match. */
export const CONTENT_MATCH_MIN = 0.5;
/** Least score at which a content match merges unless the member keeps it apart. */
export const MERGE_BY_DEFAULT = 0.9;

/** A stored thread, as identity needs it. */
export type StoredThreadRef = { id: string; title: string; topicId?: number; host?: string; importedAt: string };

/** A stored post, as identity and the post state need it; `importedAt` is when it was first imported. */
export type StoredPostRef = StoredPost & { id: string; threadId: string; author: string; importedAt: string };

/** The stored rows an import is held against: every thread, and the posts that could match. */
export type StoredView = { threads: StoredThreadRef[]; posts: StoredPostRef[] };

/** How a parsed post was found among the stored ones. */
export type PostMatch = { by: 'id' | 'number'; storedId: string } | { by: 'content'; storedId: string; score: number };

/** The member's answer to a content match, tied to the stored post the preview showed. */
export type MergeChoice = { storedId: string; isMerged: boolean };

/** By parsed update key, the match of each post that has one; by parsed thread key, its stored thread by row id or topic id. */
export type PostIdentity = { posts: Record<string, PostMatch>; threads: Record<string, string> };

type ThreadLike = Pick<ParsedThread, 'key' | 'topicId' | 'host'>;
type PostLike = Pick<ParsedUpdate, 'key' | 'threadKey' | 'postNumber' | 'author' | 'raw'>;

/** The stored thread a parsed thread is by row id or Discourse topic id (same host when both know it). */
export function storedThreadOf(thread: ThreadLike, threads: readonly StoredThreadRef[]): StoredThreadRef | undefined {
  const id = rowIds.thread(thread.key);
  return threads.find((t) => t.id === id)
    ?? (thread.topicId === undefined ? undefined : threads.find((t) => t.topicId === thread.topicId && (t.host === undefined || thread.host === undefined || t.host === thread.host)));
}

const otherTopic = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a !== b;

/**
 * The stored threads whose posts must be read to identify `updates` beyond their row ids:
 * for a thread with a post not stored by id, its stored thread (numbers) and every stored
 * thread not of another topic (content). A re-import whose posts are all stored by id reads none.
 */
export function threadsToRead(threads: readonly ThreadLike[], updates: readonly PostLike[], stored: readonly StoredThreadRef[], isStoredId: (id: string) => boolean): string[] {
  const out = new Set<string>();
  const open = new Set(updates.filter((u) => !isStoredId(rowIds.update(u.key))).map((u) => u.threadKey));
  for (const key of open) {
    const thread = threads.find((t) => t.key === key) ?? { key };
    for (const t of stored) if (!otherTopic(thread.topicId, t.topicId)) out.add(t.id);
  }
  return [...out];
}

const authorOf = (a: string) => a.trim().replace(/^@/, '').toLowerCase();
const isKnown = (a: string) => a !== '' && a !== 'unknown';
const sameAuthor = (a: string, b: string) => !isKnown(authorOf(a)) || !isKnown(authorOf(b)) || authorOf(a) === authorOf(b);
const wordCount = (s: string) => (s === '' ? 0 : s.split(' ').length);

/** Identify each parsed post (see the module comment) against `stored`. Pure; member choices do not change it. */
export function identifyPosts(result: { threads: readonly ThreadLike[]; updates: readonly PostLike[] }, stored: StoredView, matcher: Matcher): PostIdentity {
  const posts: Record<string, PostMatch> = {};
  const threads: Record<string, string> = {};
  const parsedThreads = new Map(result.threads.map((t) => [t.key, t]));
  for (const t of result.threads) {
    const s = storedThreadOf(t, stored.threads);
    if (s) threads[t.key] = s.id;
  }
  const topicOf = new Map(stored.threads.map((t) => [t.id, t.topicId]));
  // Numbers count within a topic (whatever stored thread holds its posts), else within a thread row.
  const numberKey = (threadId: string, topicId: number | undefined, n: number) => (topicId !== undefined ? `topic:${topicId}#${n}` : `${threadId}#${n}`);
  const byId = new Map(stored.posts.map((p) => [p.id, p]));
  const byNumber = new Map(stored.posts.flatMap((p) => (p.postNumber === undefined ? [] : [[numberKey(p.threadId, topicOf.get(p.threadId), p.postNumber), p] as const])));
  const taken = new Set<string>();
  const open: PostLike[] = [];
  for (const u of result.updates) {
    const own = byId.get(rowIds.update(u.key));
    const thread = threads[u.threadKey];
    const topicId = parsedThreads.get(u.threadKey)?.topicId ?? (thread === undefined ? undefined : topicOf.get(thread));
    const numbered = own ?? (u.postNumber !== undefined && (thread !== undefined || topicId !== undefined) ? byNumber.get(numberKey(thread ?? '', topicId, u.postNumber)) : undefined);
    if (numbered && !taken.has(numbered.id)) {
      posts[u.key] = { by: own ? 'id' : 'number', storedId: numbered.id };
      taken.add(numbered.id);
    } else {
      open.push(u);
    }
  }
  if (open.length === 0) return { posts, threads };

  const prepare = matcher.prepare ?? ((raw: string) => raw);
  const candidates = stored.posts.filter((p) => !taken.has(p.id)).map((p) => {
    const text = prepare(p.raw);
    return { post: p, text, words: wordCount(text), topicId: topicOf.get(p.threadId) };
  });
  const pairs: { key: string; storedId: string; score: number }[] = [];
  for (const u of open) {
    const topicId = parsedThreads.get(u.threadKey)?.topicId;
    const text = prepare(u.raw);
    const words = wordCount(text);
    for (const c of candidates) {
      if (otherTopic(topicId, c.topicId) || !sameAuthor(u.author, c.post.author)) continue;
      if (topicId !== undefined && c.topicId !== undefined && u.postNumber !== undefined && c.post.postNumber !== undefined) continue;
      // Texts of very different lengths cannot score CONTENT_MATCH_MIN by word pairs (Dice ≤ 2·short/(short+long)).
      if (2 * Math.min(words, c.words) < CONTENT_MATCH_MIN * (words + c.words)) continue;
      const score = matcher.similarity(text, c.text);
      if (score >= CONTENT_MATCH_MIN) pairs.push({ key: u.key, storedId: c.post.id, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const pair of pairs) {
    if (posts[pair.key] || taken.has(pair.storedId)) continue;
    posts[pair.key] = { by: 'content', storedId: pair.storedId, score: pair.score };
    taken.add(pair.storedId);
  }
  return { posts, threads };
}

/** Whether a content match merges: the member's answer for this stored post, else its score. */
export function isMerged(match: PostMatch, merge: MergeChoice | undefined): boolean {
  if (match.by !== 'content') return true;
  return merge?.storedId === match.storedId ? merge.isMerged : match.score >= MERGE_BY_DEFAULT;
}

/** The stored post the write puts `key` into, or undefined when it writes a new update. */
export function storedIdOf(identity: PostIdentity, key: string, merge: MergeChoice | undefined): string | undefined {
  const match = identity.posts[key];
  return match && isMerged(match, merge) ? match.storedId : undefined;
}

/**
 * The thread row a parsed thread is written to: its stored thread by row id or topic id,
 * else the stored thread most of its merged posts are in (a Markdown or pasted thread, or a
 * topic first stored from such a form), else a new row by its key.
 */
export function threadRowOf(threadKey: string, identity: PostIdentity, updates: readonly PostLike[], stored: StoredView, mergeOf: (key: string) => MergeChoice | undefined): string {
  const known = identity.threads[threadKey];
  if (known !== undefined) return known;
  const threadOf = new Map(stored.posts.map((p) => [p.id, p.threadId]));
  const votes = new Map<string, number>();
  for (const u of updates) {
    if (u.threadKey !== threadKey) continue;
    const id = storedIdOf(identity, u.key, mergeOf(u.key));
    const thread = id === undefined ? undefined : threadOf.get(id);
    if (thread !== undefined) votes.set(thread, (votes.get(thread) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const v of votes) if (!best || v[1] > best[1]) best = v;
  return best?.[0] ?? rowIds.thread(threadKey);
}
