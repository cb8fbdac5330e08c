/**
 * Post → update (issue 3): decide whether a post is a team update (regular post, not the
 * opening request, not a reply that discusses another post), find its team, split it into
 * sections and items, and give it a stable key.
 */
import { contentKey } from '../hash';
import { extractItems } from '../structure/items';
import { splitSections, titleOf } from '../structure/sections';
import { matchTeam, proposedTeamSlug } from '../teams/match-team';
import type { ParsedUpdate, SourcePost, TeamMatch, TeamRegistryEntry } from '../types';

const QUOTED_POST = /^\s*\[quote="[^"]*\bpost:(\d+)/;

/** The post number a non-update reply discusses, if any. */
function replyTarget(post: SourcePost): number | undefined {
  // A reply to the opening request is how teams post their update, not a discussion.
  if (post.replyToPostNumber !== undefined && post.replyToPostNumber > 1) return post.replyToPostNumber;
  const quoted = QUOTED_POST.exec(post.raw);
  const n = quoted ? Number(quoted[1]) : undefined;
  return n !== undefined && n > 1 && n !== post.postNumber ? n : undefined;
}

/** The part of a key that names the post inside its thread. */
function localKey(post: SourcePost, team: TeamMatch | null): string {
  if (post.postNumber !== undefined && post.threadKey.startsWith('discourse:')) return String(post.postNumber);
  if (post.postId !== undefined) return `id${post.postId}`;
  if (post.localKey !== undefined) return post.localKey;
  if (team) return `team:${proposedTeamSlug(team)}`;
  return `h:${contentKey(post.raw.slice(0, 200))}`;
}

/** Build the update of one merged post. Keys are made unique per thread by the caller. */
export function toUpdate(post: SourcePost, teams: TeamRegistryEntry[]): ParsedUpdate {
  const replyTo = replyTarget(post);
  const isRegular = post.postType === undefined || post.postType === 1;
  const isTeamUpdate = isRegular && !post.isOpening && replyTo === undefined && post.raw.trim() !== '';
  // The post's own heading is a title; a name made from the file name is weaker evidence (issue 15).
  const hints = { author: post.author, teamHint: post.teamHint, title: titleOf(post.raw), fileTitle: post.titleHint };
  const team = isTeamUpdate ? matchTeam(post.raw, teams, hints) : null;
  const spans = splitSections(post.raw);
  const update: ParsedUpdate = {
    key: `${post.threadKey}#${localKey(post, team)}`,
    threadKey: post.threadKey,
    sourceKind: post.sourceKind,
    fileName: post.fileName,
    author: post.author,
    raw: post.raw,
    isTeamUpdate,
    team,
    sections: spans.map(({ kind, heading, text }) => ({ kind, heading, text })),
    items: extractItems(post.raw, spans, { lineItems: post.sourceKind === 'plain-text', detectAsks: isTeamUpdate }),
  };
  if (post.postId !== undefined) update.postId = post.postId;
  if (post.postNumber !== undefined) update.postNumber = post.postNumber;
  if (post.postedAt !== undefined) update.postedAt = post.postedAt;
  if (post.editedAt !== undefined) update.editedAt = post.editedAt;
  if (post.url !== undefined) update.url = post.url;
  if (replyTo !== undefined) update.replyTo = replyTo;
  if (post.boundary !== undefined) update.boundary = post.boundary;
  return update;
}
