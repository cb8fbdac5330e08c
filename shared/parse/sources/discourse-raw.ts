/**
 * Discourse `/raw/{topic_id}[?page=N]`: posts as `username | YYYY-MM-DD HH:MM:SS UTC | #N`,
 * a blank line, the raw Markdown, a blank line and a 25-dash line (DISCOURSE-FORMATS.md §4).
 * A body may itself contain a 25-dash line, so a post ends only where the next header follows.
 *
 * Identity (issue 14): `#N` is the post number, so with the topic id a post gets the keys it
 * has in topic JSON (`discourse:{topic}#N`). The text names no topic: the id comes from the
 * file name (`56458.txt`, `raw-56458-page2.txt`), else from the import's topic address; only
 * without either is the thread `raw:<file name>` (and a warning says so).
 *
 * Dates: the header time is `updated_at` — the last edit, or the creation of a post never
 * edited, which the form cannot tell apart — so it is `editedAt` and `postedAt` stays unset.
 * Forms that say when a post was written (JSON `created_at`, RSS `pubDate`, CSV `created_at`)
 * fill postedAt in when merged (build/merge.ts drops an editedAt that is not after it).
 */
import { RAW_HEADER } from '../detect';
import { slugify } from '../hash';
import type { ParsedThread, ParseWarning, SourceParse, SourcePost } from '../types';
import { absoluteUrl, hostOf, topicThreadKey, utcToIso, type SourceContext } from './common';

const SEPARATOR = '-------------------------';

/**
 * Topic id from a file name such as `56458.txt`, `raw-56458-page2.md` or `56458?page=2`.
 * Dates (`raw 2024-11-25.txt`) and a browser's duplicate counter (`raw (12).txt`) are no ids.
 */
export function topicIdFromName(name: string): number | undefined {
  const cleaned = name
    .replace(/page=?\d+/gi, ' ')
    .replace(/\d{4}-\d\d-\d\d/g, ' ')
    .replace(/\d\d[-:.]\d\d[-:.]\d\d/g, ' ')
    .replace(/\d\d[-:.]\d\d/g, ' ')
    .replace(/\(\d+\)/g, ' ');
  const m = /(?:^|[^\d])(\d{2,10})(?:[^\d]|$)/.exec(cleaned);
  return m ? Number(m[1]) : undefined;
}

/**
 * The topic of a /raw/ file: its name's id, else the import's topic address (a name that
 * disagrees with the address is reported by parseFiles), else none, with a warning.
 */
function topicOf(ctx: SourceContext): { topicId?: number; warning?: ParseWarning } {
  const topicId = topicIdFromName(ctx.fileName) ?? ctx.topic?.topicId;
  if (topicId !== undefined) return { topicId };
  return { warning: { fileName: ctx.fileName, code: 'raw-no-topic', message: `${ctx.fileName}: a /raw/ page does not say which topic it is and the file name has no topic id, so its posts cannot be matched with other forms of the thread (JSON, RSS, CSV). Give the topic address with the import, or name the file after the topic (56458.txt).` } };
}

/** Read one /raw/ page. */
export function parseDiscourseRaw(text: string, ctx: SourceContext): SourceParse {
  const { topicId, warning } = topicOf(ctx);
  const base = ctx.fileName.replace(/[?_.-]*page=?\d+/i, '').replace(/\.[a-z]+$/i, '');
  const threadKey = topicId !== undefined ? topicThreadKey(topicId) : `raw:${slugify(base)}`;
  const thread: ParsedThread = { key: threadKey, title: topicId !== undefined ? `Topic ${topicId}` : base, isTitleGuess: true };
  if (topicId !== undefined) thread.topicId = topicId;
  // The address the member gave names the forum and the slug; used only when it is this file's topic.
  const given = ctx.topic?.topicId === topicId ? ctx.topic : undefined;
  const slug = given?.slug ?? 'topic';
  if (given?.origin !== undefined && topicId !== undefined) {
    thread.url = `${given.origin}/t/${slug}/${topicId}`;
    const host = hostOf(thread.url);
    if (host) thread.host = host;
  }
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
    const url = topicId !== undefined ? absoluteUrl(ctx.baseUrl ?? given?.origin, `/t/${slug}/${topicId}/${current.number}`) : undefined;
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
  return { sourceKind: 'discourse-raw', threads: [thread], posts, streams: [], warnings: warning ? [warning] : [] };
}
