/**
 * Discourse `/raw/{topic_id}[?page=N]`: posts as `username | YYYY-MM-DD HH:MM:SS UTC | #N`,
 * a blank line, the raw Markdown, a blank line and a 25-dash line (DISCOURSE-FORMATS.md §4).
 * A body may itself contain a 25-dash line, so a post ends only where the next header follows.
 * The header time is `updated_at`, so it is reported as `editedAt`, not `postedAt`.
 */
import { RAW_HEADER } from '../detect';
import { slugify } from '../hash';
import type { ParsedThread, SourceParse, SourcePost } from '../types';
import { absoluteUrl, topicThreadKey, utcToIso, type SourceContext } from './common';

const SEPARATOR = '-------------------------';

/** Topic id from a file name such as `56458.txt`, `raw-56458-page2.md` or `56458?page=2`. */
export function topicIdFromName(name: string): number | undefined {
  const m = /(?:^|[^\d])(\d{2,10})(?:[^\d]|$)/.exec(name.replace(/page=?\d+/gi, ''));
  return m ? Number(m[1]) : undefined;
}

/** Read one /raw/ page. */
export function parseDiscourseRaw(text: string, ctx: SourceContext): SourceParse {
  const topicId = topicIdFromName(ctx.fileName);
  const base = ctx.fileName.replace(/[?_.-]*page=?\d+/i, '').replace(/\.[a-z]+$/i, '');
  const threadKey = topicId !== undefined ? topicThreadKey(topicId) : `raw:${slugify(base)}`;
  const thread: ParsedThread = { key: threadKey, title: topicId !== undefined ? `Topic ${topicId}` : base };
  if (topicId !== undefined) thread.topicId = topicId;
  const lines = text.split('\n');
  const posts: SourcePost[] = [];
  let current: { author: string; time: string; number: number; start: number } | undefined;
  const finish = (end: number) => {
    if (!current) return;
    const bodyLines = lines.slice(current.start, end);
    // Drop the trailing separator (and the blank lines around it) that closes each post.
    while (bodyLines.length > 0 && (bodyLines[bodyLines.length - 1] ?? '').trim() === '') bodyLines.pop();
    if (bodyLines[bodyLines.length - 1] === SEPARATOR) bodyLines.pop();
    const post: SourcePost = {
      sourceKind: 'discourse-raw',
      fileName: ctx.fileName,
      threadKey,
      postNumber: current.number,
      author: current.author,
      raw: bodyLines.join('\n').trim(),
      isRawMarkdown: true,
    };
    const editedAt = utcToIso(current.time);
    if (editedAt) post.editedAt = editedAt;
    if (current.number === 1) post.isOpening = true;
    // Small actions (closed, unlisted …) appear with an empty body.
    if (post.raw === '') post.postType = 3;
    const url = topicId !== undefined ? absoluteUrl(ctx.baseUrl, `/t/topic/${topicId}/${current.number}`) : undefined;
    if (url?.startsWith('http')) post.url = url;
    posts.push(post);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes(' UTC | #')) continue;
    const m = RAW_HEADER.exec(line);
    // A header counts at the file start or right after a separator (blank line between).
    const isStart = i === 0 || (lines[i - 1] === '' && lines[i - 2] === SEPARATOR) || current === undefined;
    if (!m || !isStart) continue;
    finish(i);
    current = { author: m[1] ?? 'unknown', time: m[2] ?? '', number: Number(m[3]), start: i + 1 };
  }
  finish(lines.length);
  return { sourceKind: 'discourse-raw', threads: [thread], posts, streams: [], warnings: [] };
}
