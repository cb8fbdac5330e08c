/**
 * The post the SC puts back in a team's Discourse thread after their meeting (issue 6):
 * each of the team's asks quoted (`> …`), followed by its decision or status. Confidential
 * asks are replaced by the withheld line; a decision that is not public is named as taken
 * without its content. All user text goes through escape.ts.
 */
import { escapeBlock, escapeInline, mention } from '../export/escape';
import { isDecisionConfidential } from '../export/redact';
import type { DecisionRow, ItemRow, MeetingRow, TeamRow } from '../model/rows';
import { WITHHELD_LINE } from './render-common';
import { dayInZone } from './week';

/** Input of {@link teamReply}. */
export type TeamReplyInput = {
  team: TeamRow;
  items: readonly ItemRow[];
  decisions: readonly DecisionRow[];
  /** The meeting the asks were discussed in, if any. */
  meeting?: MeetingRow;
  /** `YYYY-MM-DD`, for decisions whose embargo ends on a day. */
  today: string;
};

/** Longest ask quoted in full; longer ones are cut, the thread has the original. */
const QUOTE_MAX = 1200;

const DECISION_WORDS: Record<DecisionRow['status'], string> = {
  proposed: 'Proposed; the SC will vote on it',
  approved: 'Approved',
  rejected: 'Not approved',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
};

const STATUS_WORDS: Record<ItemRow['status'], string> = {
  new: 'Received; the SC has not discussed it yet.',
  triaged: 'Received and triaged; the SC will come back to you.',
  'on-agenda': 'On the SC agenda.',
  decided: 'Decided.',
  resolved: 'Resolved.',
  deferred: 'Deferred for now.',
  'not-for-sc': 'Not something the SC decides; we have pointed it to the right people.',
};

/** `> ` before every line of the escaped ask. */
function quote(text: string): string[] {
  const cut = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  return escapeBlock(cut.trim()).split('\n').map((l) => (l ? `> ${l}` : '>'));
}

/** The decision that currently answers an item: the highest-numbered one not superseded. */
function decisionFor(item: ItemRow, decisions: readonly DecisionRow[]): DecisionRow | undefined {
  return decisions
    .filter((d) => d.status !== 'superseded' && (d.itemIds.includes(item.id) || item.decisionIds.includes(d.id)))
    .sort((a, b) => b.number - a.number)[0];
}

function answer(item: ItemRow, input: TeamReplyInput): string[] {
  const d = decisionFor(item, input.decisions);
  if (d && isDecisionConfidential(d, input.today)) return ['**Status:** decided; the decision is confidential for now.'];
  if (d) {
    const lines = [`**Decision:** ${DECISION_WORDS[d.status]} — ${escapeInline(d.title)}`];
    if (d.rationale.trim()) lines.push('', escapeBlock(d.rationale.trim()));
    return lines;
  }
  const shared = item.notes.filter((n) => n.shareable).map((n) => escapeInline(n.text));
  return [`**Status:** ${STATUS_WORDS[item.status]}`, ...shared.map((n) => `- ${n}`)];
}

/** A Discourse-ready reply to one team (layout in the module comment). */
export function teamReply(input: TeamReplyInput): string {
  const { team, meeting } = input;
  const greeting = mention(team.groupHandles[0] ?? '') || escapeInline(team.name);
  const asks = input.items
    .filter((i) => i.teamId === team.id && i.isAsk && !i.isGone)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const when = meeting?.startsAt ? ` We discussed them in our meeting on ${dayInZone(meeting.startsAt, meeting.timeZone)}.` : '';
  const out = [`Hi ${greeting}, thank you for your update!${when} Here is where the Steering Committee stands on each of your asks.`, ''];
  if (asks.length === 0) out.push('We found no open asks in your update; tell us if we missed one.', '');
  for (const item of asks) {
    if (item.confidential) out.push(WITHHELD_LINE, '');
    else out.push(...quote(item.text), '', ...answer(item, input), '');
  }
  out.push('_Posted on behalf of the Steering Committee._', '');
  return out.join('\n');
}
