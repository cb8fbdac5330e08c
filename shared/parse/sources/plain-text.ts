/**
 * Plain text copied from a browser (issue 3): the thread title from a `Subject:` line or
 * the first line, posts from `splitPlainText` (or the user's corrected split), the first
 * post recognised as the SC's request when it reads like one.
 */
import { slugify } from '../hash';
import { sectionKindOf } from '../structure/section-names';
import type { Boundary, ParsedThread, SourceParse, SourcePost, TeamRegistryEntry } from '../types';
import { splitPlainText } from './plain-split';
import type { SourceContext } from './common';

const REQUEST_WORDS = /\b(?:request(?:ing)? for|would like to invite|we'?d appreciate|please (?:share|provide|post|reply)|share your updates)\b/i;

/** Does this first post read like the SC's request for updates rather than an update? */
export function looksLikeRequest(text: string): boolean {
  if (/^\s*subject:/i.test(text)) return true;
  if (!REQUEST_WORDS.test(text.replace(/\u2019/g, "'"))) return false;
  const named = text.split('\n').filter((line) => sectionKindOf(line.split(/\s[-\u2014\u2013:]\s?/)[0] ?? '') !== undefined);
  return named.length >= 3;
}

/** Read one plain-text file. `splits`: user-corrected post start offsets, replacing the automatic split. */
export function parsePlainText(text: string, ctx: SourceContext, teams: TeamRegistryEntry[], splits?: number[]): SourceParse {
  const subject = /^\s*subject:\s*(.+)$/im.exec(text.slice(0, 2000))?.[1]?.trim();
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  const title = subject ?? (firstLine.length <= 120 && firstLine !== '' ? firstLine : ctx.fileName);
  const threadKey = `text:${slugify(title)}`;
  const thread: ParsedThread = { key: threadKey, title };
  const starts: { offset: number; boundary: Boundary }[] = splits
    ? [...new Set([0, ...splits.filter((o) => o > 0 && o < text.length)])].sort((a, b) => a - b).map((offset) => ({ offset, boundary: { confidence: 1, reason: 'set by the user' } }))
    : splitPlainText(text, teams).starts.map(({ offset, confidence, reason }) => ({ offset, boundary: { confidence, reason } }));
  const posts: SourcePost[] = [];
  starts.forEach(({ offset, boundary }, i) => {
    const raw = text.slice(offset, starts[i + 1]?.offset ?? text.length).trim();
    if (raw === '') return;
    const post: SourcePost = { sourceKind: 'plain-text', fileName: ctx.fileName, threadKey, author: 'unknown', raw, isRawMarkdown: false, boundary };
    if (i === 0 && looksLikeRequest(raw)) {
      post.isOpening = true;
      post.localKey = 'request';
    }
    posts.push(post);
  });
  return { sourceKind: 'plain-text', threads: [thread], posts, streams: [], warnings: [] };
}
