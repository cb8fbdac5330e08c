/**
 * Discourse topic RSS (`/t/{slug}/{id}.rss`) and `/posts.rss` (DISCOURSE-FORMATS.md §5):
 * the newest 25 posts as cooked HTML, `pubDate` = created_at, `link` = …/t/slug/id/N.
 * The older template wraps each post as `<p>@user wrote:</p><blockquote>…</blockquote>`
 * and ends with a "Read full topic" link; both are unwrapped here.
 * Identity (issue 14): topic id and post number from `link`, else from the `guid`, so a post
 * gets the keys it has in topic JSON (`discourse:{topic}#N`).
 */
import { ImportError } from '../errors';
import { decodeEntities } from '../html/entities';
import { FlattenedPosts, postLabel } from '../html/flattened-posts';
import type { ParsedThread, SourceParse, SourcePost } from '../types';
import { hostOf, parseTopicUrl, toIso, topicThreadKey, type SourceContext, type TopicRef } from './common';

function tagText(xml: string, tag: string): string | undefined {
  const open = xml.indexOf(`<${tag}`);
  if (open === -1) return undefined;
  const start = xml.indexOf('>', open);
  const end = xml.indexOf(`</${tag}>`, start);
  if (start === -1 || end === -1) return undefined;
  const inner = xml.slice(start + 1, end).trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
  return cdata ? cdata[1] ?? '' : decodeEntities(inner);
}

/**
 * The text of each `<item>…</item>`, found with indexOf in one forward pass. (A lazy
 * `<item[\s>]([\s\S]*?)<\/item>` pattern rescanned to the end from every unclosed `<item>`:
 * 60,000 of them, 1.3 MB, took 57 s — issue 20's CLI hang.) An item never closed ends the feed.
 */
function items(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('<item'); at !== -1; at = text.indexOf('<item', at)) {
    const after = text[at + 5];
    if (after !== '>' && after !== ' ' && after !== '\n' && after !== '\t' && after !== '\r') {
      at += 5;
      continue;
    }
    const end = text.indexOf('</item>', at);
    if (end === -1) break;
    out.push(text.slice(at + 6, end));
    at = end + 7;
  }
  return out;
}

const READ_MORE_END = 'Read full topic</a></p>';

/** The description without Discourse's trailing "Read full topic" link paragraph. */
function withoutReadMore(html: string): string {
  const trimmed = html.trimEnd();
  if (!trimmed.endsWith(READ_MORE_END)) return html;
  const start = trimmed.lastIndexOf('<p><a href="');
  const head = trimmed.slice(start, trimmed.length - READ_MORE_END.length);
  // Only `<p><a href="…">` before the link text, the address without quotes.
  return start !== -1 && /^<p><a href="[^"]*">$/.test(head) ? trimmed.slice(0, start) : html;
}

function unwrapOldTemplate(html: string): string {
  const m = /^\s*<p>@[^<]* wrote:<\/p>\s*<blockquote>([\s\S]*)<\/blockquote>\s*$/.exec(html);
  return m ? m[1] ?? html : html;
}

/**
 * A Discourse item guid: `{host}-post-{topic_id}-{post_number}` in topic feeds, `{host}-post-{post_id}`
 * in /posts.rss (DISCOURSE-FORMATS.md §5). Read from the end, since a host may contain `-post-`.
 */
function guidRef(guid: string | undefined): { topicId?: number; postNumber?: number; postId?: number } {
  const text = (guid ?? '').trim();
  const at = text.lastIndexOf('-post-');
  const numbers = at === -1 ? [] : text.slice(at + 6).split('-');
  if (numbers.length === 0 || numbers.length > 2 || !numbers.every((n) => /^\d{1,10}$/.test(n))) return {};
  const [first, second] = numbers.map(Number);
  return second === undefined ? { postId: first } : { topicId: first, postNumber: second };
}

/** Read one RSS feed. */
export function parseDiscourseRss(text: string, ctx: SourceContext): SourceParse {
  const channelStart = text.indexOf('<channel');
  if (channelStart === -1) throw new ImportError('invalid-xml', ctx.fileName, 'the feed has no <channel>; it is not an RSS feed of a Discourse topic.');
  const firstItem = text.indexOf('<item', channelStart);
  const channel = text.slice(channelStart, firstItem === -1 ? undefined : firstItem);
  const channelLink = tagText(channel, 'link') ?? '';
  const topicRef = parseTopicUrl(channelLink);
  const threads = new Map<string, ParsedThread>();
  const posts: SourcePost[] = [];
  const html = new FlattenedPosts();
  for (const item of items(text)) {
    const link = (tagText(item, 'link') ?? '').trim();
    const guid = guidRef(tagText(item, 'guid'));
    const ref: TopicRef | undefined = parseTopicUrl(link) ?? (guid.topicId !== undefined ? { topicId: guid.topicId } : undefined);
    if (!ref) continue;
    // A link without a post number (or none at all) still has it in the guid of the same topic.
    const postNumber = ref.postNumber ?? (guid.topicId === ref.topicId ? guid.postNumber : undefined);
    const threadKey = topicThreadKey(ref.topicId);
    if (!threads.has(threadKey)) {
      const thread: ParsedThread = { key: threadKey, title: decodeEntities(tagText(item, 'title') ?? tagText(channel, 'title') ?? `Topic ${ref.topicId}`), topicId: ref.topicId };
      const host = hostOf(link);
      if (ref.origin) thread.url = `${ref.origin}/t/${ref.slug ?? 'topic'}/${ref.topicId}`;
      if (host) thread.host = host;
      threads.set(threadKey, thread);
    }
    const description = unwrapOldTemplate(withoutReadMore(tagText(item, 'description') ?? ''));
    // Old feeds put `@username Full Name` in dc:creator; the username is the first word.
    const creator = (tagText(item, 'dc:creator') ?? 'unknown').trim().replace(/^@/, '').split(/\s+/)[0] ?? 'unknown';
    const post: SourcePost = { sourceKind: 'discourse-rss', fileName: ctx.fileName, threadKey, author: creator || 'unknown', raw: html.markdown(description, postLabel(postNumber, guid.postId, posts.length)), isRawMarkdown: false };
    if (link !== '') post.url = link;
    if (postNumber !== undefined) post.postNumber = postNumber;
    if (guid.postId !== undefined) post.postId = guid.postId;
    if (postNumber === 1) post.isOpening = true;
    const postedAt = toIso(tagText(item, 'pubDate'));
    if (postedAt) post.postedAt = postedAt;
    posts.push(post);
  }
  const deep = html.warning(ctx.fileName);
  if (posts.length === 0 && topicRef) {
    threads.set(topicThreadKey(topicRef.topicId), { key: topicThreadKey(topicRef.topicId), title: tagText(channel, 'title') ?? '', topicId: topicRef.topicId });
  }
  return { sourceKind: 'discourse-rss', threads: [...threads.values()], posts, streams: [], warnings: deep ? [deep] : [] };
}
