/**
 * Discourse JSON: `/t/{id}.json` (incl. `?print=true`), `/t/{id}/posts.json` pages,
 * `/posts/{id}.json` and `/posts.json` (latest posts). Shapes per DISCOURSE-FORMATS.md §1–3.
 * Posts with a broken shape are skipped with a warning rather than failing the file
 * (import repairs instead of throwing); a file that is no Discourse JSON at all fails.
 * Cooked HTML nested past the depth cap is flattened with a warning (issue 20).
 */
import type { SourceKind } from '../../model';
import { ImportError } from '../errors';
import { previewOf } from '../../errors/zod-words';
import { FlattenedPosts, postLabel } from '../html/flattened-posts';
import type { ParsedThread, ParseWarning, SourceParse, SourcePost } from '../types';
import { absoluteUrl, hostOf, int, str, toIso, topicThreadKey, type SourceContext } from './common';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const looksLikePost = (v: unknown): v is Json => isObject(v) && int(v.id) !== undefined && ('cooked' in v || 'raw' in v) && 'post_number' in v;

/** Where JSON.parse stopped, in words: "it breaks off at line 3, column 14" (its own message quotes the text). */
function jsonProblem(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : '';
  const at = /at position (\d{1,10})/.exec(message)?.[1];
  if (at === undefined) return /end of (JSON )?input/i.test(message) ? 'it ends in the middle, as if cut off' : 'it cannot be read as JSON';
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  return `it stops making sense at line ${line}, column ${Number(at) - before.lastIndexOf('\n')}`;
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError('invalid-json', fileName, `the file is not valid JSON (${jsonProblem(e, text)}). Save the response of /t/<number>.json or /t/<number>/posts.json again; a truncated download often causes this.`);
  }
}

function classify(data: unknown): { kind: SourceKind; posts: unknown[]; topic?: Json } | undefined {
  if (Array.isArray(data)) return data.every(looksLikePost) && data.length > 0 ? { kind: 'discourse-posts-json', posts: data } : undefined;
  if (!isObject(data)) return undefined;
  if (Array.isArray(data.latest_posts)) return { kind: 'discourse-posts-json', posts: data.latest_posts };
  const stream = data.post_stream;
  if (isObject(stream) && Array.isArray(stream.posts)) {
    const isTopic = typeof data.title === 'string' || Array.isArray(stream.stream);
    return { kind: isTopic ? 'discourse-topic-json' : 'discourse-posts-json', posts: stream.posts, topic: data };
  }
  if (looksLikePost(data)) return { kind: 'discourse-post-json', posts: [data] };
  return undefined;
}

function threadOf(topicId: number, topic: Json | undefined, post: Json | undefined, ctx: SourceContext): ParsedThread {
  const slug = str(topic?.slug) ?? str(post?.topic_slug);
  const given = str(topic?.title) ?? str(post?.topic_title);
  const title = given ?? (slug ? slug.replace(/-/g, ' ') : `Topic ${topicId}`);
  const thread: ParsedThread = { key: topicThreadKey(topicId), title, topicId, ...(given === undefined ? { isTitleGuess: true } : {}) };
  const url = absoluteUrl(ctx.baseUrl, `/t/${slug ?? 'topic'}/${topicId}`);
  if (url?.startsWith('http')) {
    thread.url = url;
    const host = hostOf(url);
    if (host) thread.host = host;
  }
  const createdAt = toIso(topic?.created_at);
  if (createdAt) thread.createdAt = createdAt;
  return thread;
}

function toPost(p: Json, kind: SourceKind, threadKey: string, ctx: SourceContext, html: FlattenedPosts, position: number): SourcePost {
  const raw = str(p.raw);
  const postNumber = int(p.post_number);
  const slug = str(p.topic_slug) ?? 'topic';
  const topicId = int(p.topic_id);
  const path = str(p.post_url) ?? (topicId !== undefined && postNumber !== undefined ? `/t/${slug}/${topicId}/${postNumber}` : undefined);
  const post: SourcePost = {
    sourceKind: kind,
    fileName: ctx.fileName,
    threadKey,
    postId: int(p.id),
    author: str(p.username) ?? str(p.display_username) ?? str(p.name) ?? 'unknown',
    raw: raw ?? html.markdown(str(p.cooked) ?? '', postLabel(postNumber, int(p.id), position)),
    isRawMarkdown: raw !== undefined,
  };
  if (postNumber !== undefined) post.postNumber = postNumber;
  const postedAt = toIso(p.created_at);
  const updatedAt = toIso(p.updated_at);
  if (postedAt) post.postedAt = postedAt;
  if (updatedAt && updatedAt !== postedAt) post.editedAt = updatedAt;
  const url = absoluteUrl(ctx.baseUrl, path);
  if (url) post.url = url;
  const postType = int(p.post_type);
  if (postType !== undefined) post.postType = postType;
  if (str(p.action_code)) post.postType = postType ?? 3;
  const replyTo = int(p.reply_to_post_number);
  if (replyTo !== undefined) post.replyToPostNumber = replyTo;
  if (postNumber === 1) post.isOpening = true;
  return post;
}

/** Read one Discourse JSON file. Throws ImportError on invalid JSON or an unknown shape. */
export function parseDiscourseJson(text: string, ctx: SourceContext): SourceParse {
  const data = parseJson(text, ctx.fileName);
  const shape = classify(data);
  if (!shape) {
    const keys = isObject(data) ? previewOf(Object.keys(data).slice(0, 8).join(', ')) : Array.isArray(data) ? 'a list' : typeof data;
    throw new ImportError('wrong-shape', ctx.fileName, `the JSON is valid but is not a Discourse topic (/t/<number>.json), posts page (/t/<number>/posts.json) or post (/posts/<number>.json); it has ${keys || 'no keys'}.`);
  }
  const warnings: ParseWarning[] = [];
  const threads = new Map<string, ParsedThread>();
  const posts: SourcePost[] = [];
  const html = new FlattenedPosts();
  let skipped = 0;
  for (const p of shape.posts) {
    if (!looksLikePost(p)) {
      skipped++;
      continue;
    }
    const topicId = int(p.topic_id) ?? int(shape.topic?.id);
    if (topicId === undefined) {
      skipped++;
      continue;
    }
    const key = topicThreadKey(topicId);
    if (!threads.has(key)) threads.set(key, threadOf(topicId, shape.topic, p, ctx));
    posts.push(toPost(p, shape.kind, key, ctx, html, posts.length));
  }
  const deep = html.warning(ctx.fileName);
  if (deep) warnings.push(deep);
  if (skipped > 0) {
    warnings.push({ fileName: ctx.fileName, code: 'bad-post', message: `${ctx.fileName}: ${skipped} post(s) without an id, post number, topic or body were skipped.` });
  }
  const topicId = int(shape.topic?.id);
  if (topicId !== undefined && !threads.has(topicThreadKey(topicId)) && shape.topic) {
    threads.set(topicThreadKey(topicId), threadOf(topicId, shape.topic, undefined, ctx));
  }
  const stream = isObject(shape.topic?.post_stream) ? shape.topic.post_stream.stream : undefined;
  const streams = topicId !== undefined && Array.isArray(stream)
    ? [{ threadKey: topicThreadKey(topicId), postIds: stream.filter((id): id is number => int(id) !== undefined) }]
    : [];
  return { sourceKind: shape.kind, threads: [...threads.values()], posts, streams, warnings };
}
