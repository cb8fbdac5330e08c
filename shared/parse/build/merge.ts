/**
 * Merging what several files say about one topic (issue 3): `/t/{id}.json` + its posts.json
 * pages + `/raw/` pages + RSS describe overlapping posts. Posts are merged by identity
 * (thread + post number, else post id); the newer revision's text wins, Discourse `raw`
 * beats HTML converted to Markdown, and missing fields are filled from the other copy.
 */
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

/** Merge posts that describe the same Discourse post. Order: first appearance. */
export function mergePosts(posts: SourcePost[]): SourcePost[] {
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

const isPlaceholderTitle = (t: string) => /^Topic \d+$/.test(t) || t === '';

/** Merge thread descriptions by key: real titles beat placeholders, missing fields are filled. */
export function mergeThreads(threads: ParsedThread[]): ParsedThread[] {
  const byKey = new Map<string, ParsedThread>();
  for (const t of threads) {
    const prev = byKey.get(t.key);
    if (!prev) {
      byKey.set(t.key, { ...t });
      continue;
    }
    if (isPlaceholderTitle(prev.title) && !isPlaceholderTitle(t.title)) prev.title = t.title;
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
