/**
 * The post the SC puts back in a team's Discourse thread after their meeting (issue 6):
 * each of the team's asks quoted (`> …`) in the order of their post, followed by what is
 * true of it. Confidential asks are replaced by the withheld line; a decision that is not
 * public is named as taken without its content.
 *
 * What the reply says of an ask ("What leaves the app is right"):
 * - on the agenda of a held meeting (as itself, or through the decision that answers it):
 *   `**Status:** Discussed at the meeting on <day>.`, preferring the reply's own meeting,
 *   then that meeting's conclusion on it (`**Conclusion:** …`, from the minutes);
 * - on the agenda of the reply's meeting that is not held yet: `On the agenda of the meeting on <day>.`;
 * - else the triage status (`Received; the SC has not discussed it yet.` …);
 * - then its decision with the outcome's day (`**Decision:** Approved on <day> — <title>`),
 *   the rationale under the first ask it answers only, `(see above)` under the others.
 * The opening says "We discussed …" only of asks that were discussed, and how many.
 *
 * Text (issue 13): the team's asks are quoted as team text (neutralised, team-text.ts); the
 * decision's title and rationale and the notes the SC shares are member text, kept as
 * Markdown (member-text.ts). The reply greets the team by its first group handle and may
 * ping that team's group handles and the SC members, nobody else.
 */
import { decisionDay } from '../decisions/decision-day';
import { mention } from '../export/escape';
import { listItem } from '../export/md-layout';
import { memberInline, memberMarkdown } from '../export/member-text';
import type { Pingable } from '../export/mentions';
import { pingableHandles } from '../export/pingable';
import { isDecisionConfidential } from '../export/redact';
import { teamInline, teamQuote } from '../export/team-text';
import { isHeld } from './decision-report';
import type { AgendaEntryRow, DecisionRow, ItemRow, MeetingRow, MemberRow, TeamRow } from '../model/rows';
import { WITHHELD_LINE } from './render-common';
import { dayInZone } from './week';

/** Input of {@link teamReply}. */
export type TeamReplyInput = {
  team: TeamRow;
  items: readonly ItemRow[];
  decisions: readonly DecisionRow[];
  /** The meeting the reply follows, if any. */
  meeting?: MeetingRow;
  /** Every meeting, to tell which were held and to date decisions taken at one; optional. */
  meetings?: readonly MeetingRow[];
  /** Agenda entries of those meetings (and of `meeting`): what was on which agenda; optional. */
  entries?: readonly AgendaEntryRow[];
  /** `YYYY-MM-DD`, for decisions whose embargo ends on a day. */
  today: string;
  /** The SC members, whose mentions in a rationale or shared note may ping; optional (then only the team's handles may). */
  members?: readonly MemberRow[];
};

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

/** `> ` before every line of the neutralised ask, quoted whole: what the SC posts never cuts a team's words. */
function quote(text: string): string[] {
  return teamQuote(text).split('\n');
}

/** The decision that currently answers an item: the highest-numbered one not superseded. */
function decisionFor(item: ItemRow, decisions: readonly DecisionRow[]): DecisionRow | undefined {
  return decisions
    .filter((d) => d.status !== 'superseded' && (d.itemIds.includes(item.id) || item.decisionIds.includes(d.id)))
    .sort((a, b) => b.number - a.number)[0];
}

/** Where an ask stands with the meetings: discussed at a held one, or on the agenda of the coming one. */
type Discussion = { kind: 'discussed' | 'on-agenda'; meeting: MeetingRow };

/** Meetings whose agenda holds the item, itself or through a decision that answers it. */
function meetingsOf(item: ItemRow, input: TeamReplyInput): MeetingRow[] {
  const answers = new Set(input.decisions.filter((d) => d.itemIds.includes(item.id) || item.decisionIds.includes(d.id)).map((d) => d.id));
  const ids = new Set(
    (input.entries ?? []).filter((e) => e.itemId === item.id || (e.decisionId !== undefined && answers.has(e.decisionId))).map((e) => e.meetingId),
  );
  const all = [...(input.meeting ? [input.meeting] : []), ...(input.meetings ?? []).filter((m) => m.id !== input.meeting?.id)];
  return all.filter((m) => ids.has(m.id));
}

function discussionOf(item: ItemRow, input: TeamReplyInput): Discussion | undefined {
  const on = meetingsOf(item, input);
  // The reply's own meeting first, then the latest other held one.
  const held = on.filter((m) => isHeld(m)).sort((a, b) => (a.id === input.meeting?.id ? -1 : b.id === input.meeting?.id ? 1 : cmp(b.startsAt ?? '', a.startsAt ?? '')));
  if (held[0]) return { kind: 'discussed', meeting: held[0] };
  return input.meeting && on.some((m) => m.id === input.meeting?.id) ? { kind: 'on-agenda', meeting: input.meeting } : undefined;
}

function dayOf(meeting: MeetingRow): string {
  return meeting.startsAt ? ` on ${dayInZone(meeting.startsAt, meeting.timeZone)}` : '';
}

/** Statuses that add something to "Discussed at the meeting". */
const AFTER_DISCUSSION: Partial<Record<ItemRow['status'], string>> = { resolved: 'Resolved.', deferred: 'Deferred for now.', 'not-for-sc': STATUS_WORDS['not-for-sc'] };

function statusLine(item: ItemRow, discussion: Discussion | undefined): string {
  if (discussion?.kind === 'discussed') {
    const more = AFTER_DISCUSSION[item.status];
    return `**Status:** Discussed at the meeting${dayOf(discussion.meeting)}.${more ? ` ${more}` : ''}`;
  }
  if (discussion) return `**Status:** On the agenda of the meeting${dayOf(discussion.meeting)}.`;
  return `**Status:** ${STATUS_WORDS[item.status]}`;
}

function decisionLines(d: DecisionRow, input: TeamReplyInput, isRepeat: boolean, pingable: Pingable): string[] {
  if (isDecisionConfidential(d, input.today)) return ['**Decision:** taken; it is confidential for now.'];
  const day = d.status === 'proposed' ? undefined : decisionDay(d, [...(input.meetings ?? []), ...(input.meeting ? [input.meeting] : [])]);
  const line = `**Decision:** ${DECISION_WORDS[d.status]}${day ? ` on ${day}` : ''} — ${memberInline(d.title, { pingable })}`;
  if (isRepeat) return [`${line} (see above)`];
  const rationale = memberMarkdown(d.rationale, { pingable });
  return rationale ? [line, '', rationale] : [line];
}

/**
 * What the meeting concluded on the ask (the minutes' Conclusion of its agenda entry), so the
 * team reads the outcome and not only that it was discussed; a confidential entry's stays out.
 */
function conclusionLines(item: ItemRow, input: TeamReplyInput, discussion: Discussion | undefined, pingable: Pingable): string[] {
  if (discussion?.kind !== 'discussed') return [];
  const entry = (input.entries ?? []).find((e) => e.meetingId === discussion.meeting.id && e.itemId === item.id && !e.confidential && e.conclusion.trim());
  const text = entry ? memberInline(entry.conclusion, { pingable }) : '';
  return text ? ['', `**Conclusion:** ${text}`] : [];
}

function answer(item: ItemRow, input: TeamReplyInput, discussion: Discussion | undefined, told: Set<string>, pingable: Pingable): string[] {
  const d = decisionFor(item, input.decisions);
  const shared = item.notes.filter((n) => n.shareable).flatMap((n) => {
    const note = memberMarkdown(n.text, { pingable });
    return note ? listItem(note) : [];
  });
  if (d && !discussion && isDecisionConfidential(d, input.today)) return ['**Status:** decided; the decision is confidential for now.'];
  const status = d && !discussion ? [] : [statusLine(item, discussion), ...conclusionLines(item, input, discussion, pingable), ...shared];
  const decision = d ? decisionLines(d, input, told.has(d.id), pingable) : [];
  if (d) told.add(d.id);
  return [...status, ...(status.length && decision.length ? [''] : []), ...decision];
}

/** The opening's second sentence: only what is true of the reply's meeting. */
function meetingSentence(input: TeamReplyInput, discussions: readonly (Discussion | undefined)[]): string {
  const { meeting } = input;
  if (!meeting) return '';
  const held = isHeld(meeting);
  const count = discussions.filter((x) => x?.meeting.id === meeting.id && x.kind === (held ? 'discussed' : 'on-agenda')).length;
  if (count === 0) return '';
  const all = count === discussions.length;
  const which = all ? (count === 1 ? 'your ask' : 'your asks') : `${count} of your ${discussions.length} asks`;
  if (held) return ` We discussed ${which} at our meeting${dayOf(meeting)}.`;
  return ` ${capitalise(which)} ${count === 1 ? 'is' : 'are'} on the agenda of our meeting${dayOf(meeting)}.`;
}

/** A Discourse-ready reply to one team (layout in the module comment). */
export function teamReply(input: TeamReplyInput): string {
  const { team } = input;
  const pingable = pingableHandles({ members: input.members ?? [], teams: [team] });
  const greeting = mention(team.groupHandles[0] ?? '') || teamInline(team.name);
  const asks = input.items.filter((i) => i.teamId === team.id && i.isAsk && !i.isGone).sort(inPostOrder);
  const discussions = asks.map((item) => discussionOf(item, input));
  const out = [`Hi ${greeting}, thank you for your update!${meetingSentence(input, discussions)} Here is where the Steering Committee stands on each of your asks.`, ''];
  if (asks.length === 0) out.push('We found no open asks in your update; tell us if we missed one.', '');
  const told = new Set<string>();
  asks.forEach((item, i) => {
    if (item.confidential) out.push(WITHHELD_LINE, '');
    else out.push(...quote(item.text), '', ...answer(item, input, discussions[i], told, pingable), '');
  });
  out.push('_Posted on behalf of the Steering Committee._', '');
  return out.join('\n');
}

/** Asks of one import share a creation time: then their post, and their place in it, order them. */
function inPostOrder(a: ItemRow, b: ItemRow): number {
  return cmp(a.createdAt, b.createdAt) || cmp(a.updateId, b.updateId) || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0) || cmp(a.id, b.id);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
