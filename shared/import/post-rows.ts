/**
 * The thread and update rows of an import (issue 3, issue 14), built within the rows'
 * limits (POST_LIMITS; issue 20: nothing is written that a restore would refuse) and
 * checked with the other rows before the write (write-check.ts).
 */
import { cutText } from '../text/cut-text';
import { POST_LIMITS, type SourceId, type TeamId, type ThreadId, type ThreadRow, type UpdateId, type UpdateRow } from '../model';
import { isPlaceholderTitle as isMadeUpTitle } from '../parse/build/merge';
import type { ParsedThread, ParsedUpdate } from '../parse/types';

/** The update row of a parsed post, checked with the other rows before the write (write-check.ts). */
export function updateRowFor(u: ParsedUpdate, id: string, threadId: string, teamId: TeamId | null, sourceId: SourceId | undefined): UpdateRow {
  return {
    id: id as UpdateId, threadId: threadId as ThreadId, teamId, author: cutText(u.author || 'unknown', POST_LIMITS.author), raw: u.raw,
    isTeamUpdate: teamId !== null && u.isTeamUpdate, sections: u.sections, revisions: [],
    ...(sourceId ? { sourceId } : {}),
    ...(u.postId !== undefined ? { postId: u.postId } : {}), ...(u.postNumber !== undefined ? { postNumber: u.postNumber } : {}),
    ...(u.postedAt ? { postedAt: u.postedAt } : {}), ...(u.editedAt ? { editedAt: u.editedAt } : {}), ...(fits(u.url, POST_LIMITS.url) ? { url: u.url } : {}),
    ...(u.replyTo !== undefined ? { replyTo: u.replyTo } : {}),
  };
}

const FALLBACK_TITLE = 'Imported updates';
/** The parser's placeholder rule (shared/parse/build/merge.ts), plus the row's own fallback title. */
const isPlaceholderTitle = (thread: Pick<ThreadRow, 'title' | 'isTitleGuess'>) => isMadeUpTitle(thread) || thread.title === FALLBACK_TITLE;

/**
 * The thread row after this import: the stored row keeps what it has and gets what it
 * lacks (topic id, address, host, creation time). A topic's own title (from a form that
 * names the topic) replaces the stored one; a placeholder ("Topic 56458" of /raw/) or a
 * Markdown or pasted thread's title never does.
 */
export function threadRowFor(id: string, stored: ThreadRow | undefined, parsed: ParsedThread | undefined, now: string): ThreadRow {
  const parsedTitle = parsed && !isPlaceholderTitle(parsed) ? parsed.title : undefined;
  const storedTitle = stored && !isPlaceholderTitle(stored) ? stored.title : undefined;
  const real = (parsed?.topicId !== undefined ? parsedTitle : undefined) ?? storedTitle ?? parsedTitle;
  const title = real ?? stored?.title ?? parsed?.title ?? FALLBACK_TITLE;
  const { isTitleGuess: _wasGuess, ...kept } = stored ?? {};
  return {
    ...kept, id: id as ThreadId, title: cutText(title || FALLBACK_TITLE, POST_LIMITS.title), ...(real === undefined ? { isTitleGuess: true } : {}), importedAt: stored?.importedAt ?? now,
    ...(stored ? { refreshedAt: now } : {}),
    ...(stored?.topicId === undefined && parsed?.topicId !== undefined ? { topicId: parsed.topicId } : {}),
    ...(!stored?.url && fits(parsed?.url, POST_LIMITS.url) ? { url: parsed.url } : {}),
    ...(!stored?.host && fits(parsed?.host, POST_LIMITS.host) ? { host: parsed.host } : {}), ...(!stored?.createdAt && parsed?.createdAt ? { createdAt: parsed.createdAt } : {}),
  };
}

/** A link or host longer than a row holds is left out (the post's text keeps it), not cut into another address. */
function fits(value: string | undefined, max: number): value is string {
  return value !== undefined && value !== '' && value.length <= max;
}
