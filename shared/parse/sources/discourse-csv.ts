/**
 * "Download my posts" archive, `user_archive.csv` (DISCOURSE-FORMATS.md §6). Current columns
 * `topic_title,categories,is_pm,post_raw,post_cooked,like_count,reply_count,url,created_at`;
 * older ones have `post` (raw) instead of `post_raw,post_cooked`. The archive holds one
 * user's posts, so the author comes from the file name `user_archive-{username}-…` if present.
 * Identity (issue 14): topic id and post number from the `url` (`/t/{slug}/{topic_id}/{post_number}`);
 * `topic_id` / `post_number` / `post_id` columns, which a re-saved or other export may have,
 * take precedence. Either way a post gets the keys it has in topic JSON (`discourse:{topic}#N`).
 */
import { previewOf } from '../../errors/zod-words';
import { ImportError } from '../errors';
import { FlattenedPosts, postLabel } from '../html/flattened-posts';
import type { ParsedThread, ParseWarning, SourceParse, SourcePost } from '../types';
import { absoluteUrl, hostOf, parseTopicUrl, toIso, topicThreadKey, type SourceContext, type TopicRef } from './common';

/** RFC 4180 CSV → rows of fields. Throws on an unterminated quoted field. */
export function parseCsv(text: string, fileName: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new ImportError('invalid-csv', fileName, `a quoted field starting in row ${rows.length + 1} is never closed; the file is cut off or not CSV.`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          // Lenient like spreadsheet apps: text after a closing quote belongs to the field.
          while (i < n && text[i] !== ',' && text[i] !== '\n') field += text[i++];
          break;
        }
      }
    } else {
      let end = i;
      while (end < n && text[end] !== ',' && text[end] !== '\n') end++;
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      if (i === n) row.push('');
    } else {
      if (i < n) i++; // newline
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const cellInt = (cell: string | undefined) => (cell !== undefined && /^\s*\d{1,10}\s*$/.test(cell) ? Number(cell) : undefined);

/** Topic and post of a row: explicit columns first, then the post's URL. */
function rowRef(url: string, cells: { topicId?: string; postNumber?: string; postId?: string }): (TopicRef & { postId?: number }) | undefined {
  const fromUrl = parseTopicUrl(url);
  const topicId = cellInt(cells.topicId) ?? fromUrl?.topicId;
  if (topicId === undefined) return undefined;
  const ref: TopicRef & { postId?: number } = fromUrl?.topicId === topicId ? { ...fromUrl } : { topicId };
  const postNumber = cellInt(cells.postNumber) ?? ref.postNumber;
  if (postNumber !== undefined) ref.postNumber = postNumber;
  const postId = cellInt(cells.postId);
  if (postId !== undefined) ref.postId = postId;
  return ref;
}

/** Read one user_archive.csv. */
export function parseDiscourseCsv(text: string, ctx: SourceContext): SourceParse {
  const [header, ...rows] = parseCsv(text, ctx.fileName);
  const cols = (header ?? []).map((c) => c.trim().toLowerCase());
  const col = (name: string) => cols.indexOf(name);
  const rawCol = col('post_raw') !== -1 ? col('post_raw') : col('post');
  const cookedCol = col('post_cooked');
  if (col('url') === -1 || (rawCol === -1 && cookedCol === -1)) {
    throw new ImportError('wrong-shape', ctx.fileName, `the CSV has no url/post_raw columns (columns: ${previewOf(cols.slice(0, 12).join(', '))}); it is not a Discourse user_archive.csv.`);
  }
  const author = /user_archive-(.+?)-\d{6}-\d{6}/.exec(ctx.fileName)?.[1] ?? 'unknown';
  const threads = new Map<string, ParsedThread>();
  const posts: SourcePost[] = [];
  const warnings: ParseWarning[] = [];
  let privateMessages = 0;
  let unreadable = 0;
  const html = new FlattenedPosts();
  for (const row of rows) {
    const get = (i: number) => (i === -1 ? undefined : row[i]);
    const isPm = (get(col('is_pm')) ?? '').trim().toLowerCase();
    if (isPm !== '' && !['no', 'false', '0', 'nein', 'non'].includes(isPm)) {
      privateMessages++;
      continue;
    }
    const url = get(col('url')) ?? '';
    const ref = rowRef(url, { topicId: get(col('topic_id')), postNumber: get(col('post_number')), postId: get(col('post_id')) });
    if (!ref) {
      unreadable++;
      continue;
    }
    const threadKey = topicThreadKey(ref.topicId);
    if (!threads.has(threadKey)) {
      const thread: ParsedThread = { key: threadKey, title: get(col('topic_title')) ?? `Topic ${ref.topicId}`, topicId: ref.topicId };
      if (ref.origin) thread.url = `${ref.origin}/t/${ref.slug ?? 'topic'}/${ref.topicId}`;
      const host = hostOf(url);
      if (host) thread.host = host;
      threads.set(threadKey, thread);
    }
    const raw = get(rawCol);
    const post: SourcePost = {
      sourceKind: 'discourse-csv',
      fileName: ctx.fileName,
      threadKey,
      author,
      raw: raw ?? html.markdown(get(cookedCol) ?? '', postLabel(ref.postNumber, ref.postId, posts.length)),
      isRawMarkdown: raw !== undefined,
    };
    const absolute = absoluteUrl(ctx.baseUrl, url);
    if (absolute) post.url = absolute;
    if (ref.postNumber !== undefined) post.postNumber = ref.postNumber;
    if (ref.postId !== undefined) post.postId = ref.postId;
    if (ref.postNumber === 1) post.isOpening = true;
    const postedAt = toIso(get(col('created_at')));
    if (postedAt) post.postedAt = postedAt;
    posts.push(post);
  }
  const deep = html.warning(ctx.fileName);
  if (deep) warnings.push(deep);
  if (privateMessages > 0) warnings.push({ fileName: ctx.fileName, code: 'private-messages-skipped', message: `${ctx.fileName}: ${privateMessages} private message(s) were not imported.` });
  if (unreadable > 0) warnings.push({ fileName: ctx.fileName, code: 'bad-row', message: `${ctx.fileName}: ${unreadable} row(s) without a /t/… topic URL were skipped.` });
  return { sourceKind: 'discourse-csv', threads: [...threads.values()], posts, streams: [], warnings };
}
