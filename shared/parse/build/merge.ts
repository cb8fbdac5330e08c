/**
 * Merging what several files say about one topic (issue 3): `/t/{id}.json` + its posts.json
 * pages + `/raw/` pages + RSS describe overlapping posts. Posts are merged by identity
 * (thread + post number, else post id); the newer revision's text wins, Discourse `raw`
 * beats HTML converted to Markdown, and missing fields are filled from the other copy.
 */
import { contentFingerprint } from '../similarity';
import type { ParsedThread, ParseWarning, SourcePost } from '../types';

/** Identity of a post across sources, or undefined when the source gives none. */
export function postIdentity(post: SourcePost): string | undefined {
  if (post.postNumber !== undefined && post.threadKey.startsWith('discourse:')) return `${post.threadKey}#${post.postNumber}`;
  if (post.postId !== undefined) return `${post.threadKey}#id${post.postId}`;
  return undefined;
}

const timeOf = (p: SourcePost) => p.editedAt ?? p.postedAt ?? '';

function prefer(a: SourcePost, b: SourcePost): [SourcePost, SourcePost] {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb && ta !== '' && tb !== '') return ta > tb ? [a, b] : [b, a];
  if (a.isRawMarkdown !== b.isRawMarkdown) return a.isRawMarkdown ? [a, b] : [b, a];
  return [a, b];
}

function mergeTwo(a: SourcePost, b: SourcePost): SourcePost {
  const [winner, other] = prefer(a, b);
  const merged: SourcePost = { ...other, ...winner };
  for (const key of ['postId', 'postNumber', 'postedAt', 'url', 'postType', 'replyToPostNumber'] as const) {
    if (merged[key] === undefined && other[key] !== undefined) Object.assign(merged, { [key]: other[key] });
  }
  // Some sources (/raw/) only know the author's username; JSON may name "unknown" otherwise.
  if (merged.author === 'unknown') merged.author = other.author;
  // /raw/ headers carry updated_at, so only an earlier-or-equal time can be the creation time.
  if (merged.postedAt && merged.editedAt && merged.editedAt <= merged.postedAt) delete merged.editedAt;
  merged.isOpening = a.isOpening === true || b.isOpening === true;
  return merged;
}

const sameAuthor = (a: SourcePost, b: SourcePost) => a.author === b.author || a.author === 'unknown' || b.author === 'unknown';

/**
 * `copy` (a post without ids: a Markdown file, a browser copy) folded into `post` (the same
 * words from a form with topic and post number): the post keeps its thread, number and ids,
 * takes the author's Markdown when it only had HTML converted back, and fills what it lacks.
 */
function foldCopy(post: SourcePost, copy: SourcePost): SourcePost {
  const merged: SourcePost = { ...post };
  if (!post.isRawMarkdown && copy.isRawMarkdown) Object.assign(merged, { raw: copy.raw, isRawMarkdown: true });
  for (const key of ['postedAt', 'editedAt', 'url'] as const) {
    if (merged[key] === undefined && copy[key] !== undefined) Object.assign(merged, { [key]: copy[key] });
  }
  if (merged.author === 'unknown') merged.author = copy.author;
  merged.isOpening = post.isOpening === true || copy.isOpening === true;
  return merged;
}

/**
 * Posts without ids whose words are exactly those of a post with ids in the same import,
 * by the same author, are that post (issue 14: a member who picks the topic JSON and the
 * team's Markdown files together gets one update per post, as if imported one after the
 * other). Only the same words: a near match stays apart here, where nobody is asked, and is
 * offered as "Same as post #…" when the posts meet a stored copy (shared/import/post-identity.ts).
 */
function foldSameContent(posts: SourcePost[]): SourcePost[] {
  const identified = posts.map((p, i) => ({ p, i })).filter(({ p }) => postIdentity(p) !== undefined);
  if (identified.length === 0 || identified.length === posts.length) return posts;
  const byWords = new Map<string, number[]>();
  for (const { p, i } of identified) {
    const words = contentFingerprint(p.raw);
    if (words !== '') byWords.set(words, [...(byWords.get(words) ?? []), i]);
  }
  const out: (SourcePost | null)[] = [...posts];
  // Which identified thread each id-less thread's folded copies went to.
  const threadsOf = new Map<string, Set<string>>();
  posts.forEach((copy, i) => {
    if (postIdentity(copy) !== undefined) return;
    const candidates = (byWords.get(contentFingerprint(copy.raw)) ?? []).filter((j) => sameAuthor(posts[j]!, copy));
    // Two identified posts with these words (a repost): which one the copy is, is a guess.
    if (candidates.length !== 1) return;
    const j = candidates[0]!;
    out[j] = foldCopy(out[j]!, copy);
    out[i] = null;
    threadsOf.set(copy.threadKey, (threadsOf.get(copy.threadKey) ?? new Set()).add(posts[j]!.threadKey));
  });
  // The other posts of a file whose posts are that thread's are that thread's too (the
  // Markdown files of a thread whose JSON held only its first posts), as the thread match
  // of a later import would place them.
  return out.flatMap((p) => {
    if (p === null) return [];
    const target = postIdentity(p) === undefined ? threadsOf.get(p.threadKey) : undefined;
    return [target?.size === 1 ? { ...p, threadKey: [...target][0]! } : p];
  });
}

/**
 * Merge posts that describe the same Discourse post: by identity, then copies without ids
 * by their words (`foldSameContent`). Order: first appearance.
 */
export function mergePosts(posts: SourcePost[]): SourcePost[] {
  return foldSameContent(mergeByIdentity(posts));
}

function mergeByIdentity(posts: SourcePost[]): SourcePost[] {
  const byId = new Map<string, number>();
  const out: SourcePost[] = [];
  for (const post of posts) {
    const id = postIdentity(post);
    const at = id === undefined ? undefined : byId.get(id);
    if (at === undefined) {
      if (id !== undefined) byId.set(id, out.length);
      out.push(post);
    } else {
      out[at] = mergeTwo(out[at] as SourcePost, post);
    }
  }
  return out;
}

/** A title the importer made up (from the address, "Topic 56458", none): any real title replaces it. */
export const isPlaceholderTitle = (t: Pick<ParsedThread, 'title' | 'isTitleGuess'>) => t.isTitleGuess === true || /^Topic \d+$/.test(t.title) || t.title === '';

/** Merge thread descriptions by key: real titles beat placeholders, missing fields are filled. */
export function mergeThreads(threads: ParsedThread[]): ParsedThread[] {
  const byKey = new Map<string, ParsedThread>();
  for (const t of threads) {
    const prev = byKey.get(t.key);
    if (!prev) {
      byKey.set(t.key, { ...t });
      continue;
    }
    if (isPlaceholderTitle(prev) && !isPlaceholderTitle(t)) {
      prev.title = t.title;
      delete prev.isTitleGuess;
    }
    prev.url ??= t.url;
    prev.host ??= t.host;
    prev.createdAt ??= t.createdAt;
    prev.topicId ??= t.topicId;
  }
  return [...byKey.values()];
}

/** A warning per topic whose `post_stream.stream` lists posts that no file supplied. */
export function missingPostWarnings(streams: { threadKey: string; postIds: number[] }[], posts: SourcePost[]): ParseWarning[] {
  const supplied = new Set(posts.filter((p) => p.postId !== undefined).map((p) => `${p.threadKey}#${p.postId}`));
  const wanted = new Map<string, Set<number>>();
  for (const s of streams) {
    const set = wanted.get(s.threadKey) ?? new Set<number>();
    s.postIds.forEach((id) => set.add(id));
    wanted.set(s.threadKey, set);
  }
  const warnings: ParseWarning[] = [];
  for (const [threadKey, ids] of wanted) {
    const missing = [...ids].filter((id) => !supplied.has(`${threadKey}#${id}`));
    if (missing.length === 0) continue;
    const topic = threadKey.replace('discourse:', '');
    const shown = missing.slice(0, 50).join(', ') + (missing.length > 50 ? ` … (${missing.length - 50} more)` : '');
    warnings.push({
      code: 'missing-posts',
      message: `Topic ${topic}: ${missing.length} post(s) listed in post_stream.stream were in no file: ${shown}. Fetch them with /t/${topic}/posts.json?post_ids[]=…&include_raw=true and import that file too.`,
    });
  }
  return warnings;
}
