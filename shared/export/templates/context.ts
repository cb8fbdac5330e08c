/**
 * What the decision exports need to know besides the decisions themselves, and the
 * Markdown fragments their views share. Fragment helpers return already-escaped Markdown
 * (fields named `…Md` in a view); everything else in a view is raw text that the template
 * renderer escapes.
 */
import type { VoteRule } from '../../decisions/tally';
import type { DecisionRow, DecisionStatus, ItemRow, MeetingRow, MemberRow, TeamRow } from '../../model';
import { escapeBlock, escapeInline } from '../escape';

/** Rows an export looks names and links up in, and the day it is made on. */
export interface ExportContext {
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

/** A multi-line user text as an escaped Markdown blockquote (`> …` on every line). */
export function quoteMd(text: string): string {
  const body = escapeBlock(text.trim());
  return body ? body.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n') : '> _(no text)_';
}

/** A multi-line user text as escaped Markdown paragraphs; `fallback` (trusted) when empty. */
export function blockMd(text: string, fallback = ''): string {
  const body = escapeBlock(text.trim());
  return body || fallback;
}

/** The longest ask text shown in an export; the full text stays in the app. */
const ASK_PREVIEW = 280;

/** A linked ask as shown in an export: its (shortened) text and its team. */
export interface AskView {
  text: string;
  team: string;
  /** Only ever true in an internal export (a public one leaves confidential items out). */
  isConfidential: boolean;
}

/** The view of an item linked to a decision; `isConfidential` marks it in an internal export. */
export function askView(item: ItemRow, teams: readonly TeamRow[], isConfidential = false): AskView {
  const oneLine = item.text.replace(/\s+/g, ' ').trim();
  const text = oneLine.length > ASK_PREVIEW ? `${oneLine.slice(0, ASK_PREVIEW - 1)}…` : oneLine;
  return { text, team: teams.find((t) => t.id === item.teamId)?.name ?? '', isConfidential };
}

/** The display name of a member id, or the id itself when the member is unknown. */
export function memberName(members: readonly MemberRow[], id: string | undefined): string {
  if (!id) return '';
  return members.find((m) => m.id === id)?.name ?? id;
}

/** An already-escaped inline fragment, for composing `…Md` fields. */
export function inlineMd(text: string): string {
  return escapeInline(text);
}
