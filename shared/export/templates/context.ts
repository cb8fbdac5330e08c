/**
 * What the decision exports need to know besides the decisions themselves, and the
 * Markdown fragments their views share. Fragment helpers return already-safe Markdown
 * (fields named `…Md` in a view): an SC member's motion and rationale through the
 * member-text rule, a team's ask through the team-text rule (issue 13). Everything else in
 * a view is raw text that the template renderer writes inert (render.ts).
 */
import type { VoteRule } from '../../decisions/tally';
import type { DecisionRow, DecisionStatus, ItemRow, MeetingRow, MemberRow, TeamRow } from '../../model';
import { quoteLines } from '../md-layout';
import { memberMarkdown } from '../member-text';
import type { Pingable } from '../mentions';
import { postLinkMd, postUrlOf } from '../post-link';
import type { PostSources } from '../post-link';
import { teamInline } from '../team-text';

/**
 * Rows an export looks names and links up in, and the day it is made on. `threads` and
 * `updates` (optional) give each linked ask a link back to its forum post.
 */
export interface ExportContext extends PostSources {
  members: readonly MemberRow[];
  teams: readonly TeamRow[];
  items: readonly ItemRow[];
  meetings: readonly MeetingRow[];
  /** Other decisions, to name the one that superseded a decision. Optional. */
  decisions?: readonly DecisionRow[];
  /** Day of the export (`YYYY-MM-DD`); decides whether an embargo is over. */
  today: string;
  /** Rule the outcome line is computed with; `simple-majority` by default. */
  rule?: VoteRule;
}

/** Human names of decision statuses. */
export const STATUS_LABELS = {
  proposed: 'Open',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
} as const satisfies Record<DecisionStatus, string>;

/** An SC member's multi-line text (a motion) as a Markdown blockquote (`> …` on every line), its Markdown kept. */
export function quoteMd(text: string, pingable?: Pingable): string {
  const body = memberMarkdown(text, pingable ? { pingable } : {});
  return body ? quoteLines(body).join('\n') : '> _(no text)_';
}

/** An SC member's multi-line text (a rationale) as Markdown, kept as typed and guarded; `fallback` (trusted) when empty. */
export function blockMd(text: string, fallback = '', pingable?: Pingable): string {
  const body = memberMarkdown(text, pingable ? { pingable } : {});
  return body || fallback;
}

/** A linked ask as shown in an export: its whole text, its team and its post. */
export interface AskView {
  /** The whole ask on one line: an export never cuts what a team wrote. */
  text: string;
  team: string;
  /** Address of the forum post the ask comes from, or `''` when unknown. */
  postUrl: string;
  /** `[post #3](…)` link to that post (already safe Markdown), or `''`. */
  linkMd: string;
  /** Only ever true in an internal export (a public one leaves confidential items out). */
  isConfidential: boolean;
}

/** The view of an item linked to a decision; `isConfidential` marks it in an internal export. */
export function askView(item: ItemRow, ctx: Pick<ExportContext, 'teams' | 'threads' | 'updates'>, isConfidential = false): AskView {
  const postUrl = postUrlOf(item, ctx) ?? '';
  return {
    text: item.text.replace(/\s+/g, ' ').trim(),
    team: ctx.teams.find((t) => t.id === item.teamId)?.name ?? '',
    postUrl,
    linkMd: postLinkMd(postUrl),
    isConfidential,
  };
}

/** `* Team: whole ask text ([post #3](…))`, as inert team text, for fragments that list asks. */
export function askLineMd(ask: AskView): string {
  const text = inlineMd(ask.team ? `${ask.team}: ${ask.text}` : ask.text);
  return `* ${text}${ask.linkMd ? ` (${ask.linkMd})` : ''}${ask.isConfidential ? ' _(confidential)_' : ''}`;
}

/** The display name of a member id, or the id itself when the member is unknown. */
export function memberName(members: readonly MemberRow[], id: string | undefined): string {
  if (!id) return '';
  return members.find((m) => m.id === id)?.name ?? id;
}

/** Team text as an inert inline fragment (team-text.ts), for composing `…Md` fields. */
export function inlineMd(text: string): string {
  return teamInline(text);
}
