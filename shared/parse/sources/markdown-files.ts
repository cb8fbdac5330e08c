/**
 * Markdown update files: one team update per file (team from front matter, the first
 * heading or the file name), or one file with a heading per team (issue 3).
 */
import { slugify } from '../hash';
import { compileRegistry } from '../teams/match-team';
import type { ParsedThread, SourceParse, SourcePost, TeamRegistryEntry } from '../types';
import { int, parseTopicUrl, toIso, topicThreadKey, type SourceContext } from './common';
import { readFrontMatter } from './front-matter';

const ATX = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/;

type Heading = { level: number; text: string; offset: number };

function headings(body: string): Heading[] {
  const out: Heading[] = [];
  let inFence = false;
  let offset = 0;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : ATX.exec(line);
    if (m) out.push({ level: (m[1] ?? '#').length, text: (m[2] ?? '').trim(), offset });
    offset += line.length + 1;
  }
  return out;
}

function namesTeam(heading: string, teams: TeamRegistryEntry[]): boolean {
  const lower = heading.toLowerCase();
  if (/\bteam\b/.test(lower)) return true;
  return compileRegistry(teams).some((c) => {
    c.names.lastIndex = 0;
    return c.names.test(lower);
  });
}

/** Headings that each start one team's update, when the file is organised that way. */
function teamHeadings(body: string, teams: TeamRegistryEntry[]): Heading[] {
  const all = headings(body);
  const top = Math.min(...all.map((h) => h.level));
  const atTop = all.filter((h) => h.level === top);
  const perTeam = atTop.filter((h) => namesTeam(h.text, teams));
  return perTeam.length >= 2 && perTeam.length >= atTop.length - 1 ? perTeam : [];
}

/** Read one Markdown file. */
export function parseMarkdownFile(text: string, ctx: SourceContext, teams: TeamRegistryEntry[]): SourceParse {
  const fm = readFrontMatter(text, ctx.fileName);
  const d = fm.data;
  const ref = d.url ? parseTopicUrl(d.url) : undefined;
  const topicId = int(Number(d.topic_id ?? d.topic ?? NaN)) ?? ref?.topicId;
  const threadTitle = d.thread ?? d.topic_title ?? 'Markdown updates';
  const threadKey = topicId !== undefined ? topicThreadKey(topicId) : `md:${slugify(threadTitle)}`;
  const thread: ParsedThread = { key: threadKey, title: threadTitle };
  if (topicId !== undefined) thread.topicId = topicId;
  const fileKey = `file:${slugify(ctx.fileName.replace(/\.[a-z]+$/i, ''))}`;
  const base: Omit<SourcePost, 'raw'> = { sourceKind: 'markdown', fileName: ctx.fileName, threadKey, author: (d.author ?? 'unknown').replace(/^@/, ''), isRawMarkdown: true, localKey: fileKey };
  const postedAt = toIso(d.date ?? d.posted ?? d.postedat ?? d.created_at);
  if (postedAt) base.postedAt = postedAt;
  const editedAt = toIso(d.edited ?? d.editedat ?? d.updated_at);
  if (editedAt) base.editedAt = editedAt;
  if (d.url) base.url = d.url;
  const postNumber = int(Number(d.post_number ?? d.post ?? NaN)) ?? ref?.postNumber;
  if (postNumber !== undefined) base.postNumber = postNumber;
  const split = d.team ? [] : teamHeadings(fm.body, teams);
  const posts: SourcePost[] = split.length === 0
    ? [{ ...base, raw: fm.body.trim(), ...(d.team ? { teamHint: d.team } : {}) }]
    : split.map((h, i) => ({
      ...base,
      raw: fm.body.slice(h.offset, split[i + 1]?.offset ?? fm.body.length).trim(),
      teamHint: h.text.replace(/\s*(?:update|status|report)s?\s*$/i, ''),
      localKey: `${fileKey}/${slugify(h.text)}`,
      postNumber: undefined,
    }));
  const only = posts.length === 1 ? posts[0] : undefined;
  if (only && !d.team) {
    // The file name is the last resort ("marketing-team.md"), after front matter and the first heading.
    const fromName = ctx.fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '').replace(/[-_]+/g, ' ').trim();
    if (namesTeam(fromName, teams)) only.titleHint = fromName;
  }
  return { sourceKind: 'markdown', threads: [thread], posts, streams: [], warnings: fm.warnings };
}
