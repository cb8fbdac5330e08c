/**
 * The view of one decision that the vote-log and decision-log templates render (issue 5).
 * Plain fields carry raw user text (the renderer writes them inert, render.ts); fields
 * ending in `Md` are Markdown fragments made safe here by the one export rule (issue 13):
 * the title, motion, options, rationale and each vote's note are what SC members typed, so
 * their Markdown is kept (member-text.ts) and their mentions may ping the SC and the
 * decision's teams only; the linked asks are the teams' words (team-text.ts).
 */
import { dayInZone } from '../decisions/async-vote';
import { decisionDay, meetingDay, meetingOfDecision } from '../decisions/decision-day';
import { padDecisionNumber } from '../decisions/numbering';
import { isOnRecord, outcomeOf, tallyVotes } from '../decisions/tally';
import type { Tally } from '../decisions/tally';
import type { DecisionRow, MemberId, Vote, VoteRecord } from '../model';
import { afterLabel, listItem } from './md-layout';
import { memberInline, memberMarkdown } from './member-text';
import type { Pingable } from './mentions';
import { pingableHandles } from './pingable';
import { confidentialityLabel, isDecisionConfidential, isItemConfidential, redactFor, withheldLine } from './redact';
import type { ExportAudience } from './redact';
import { askLineMd, askView, blockMd, memberName, quoteMd, STATUS_LABELS } from './templates/context';
import type { AskView, ExportContext } from './templates/context';

/** One member's row in a vote table. */
export interface VoteRowView {
  name: string;
  handle: string;
  vote: Vote;
  /** ✅ ❌ ➖ or empty (classic layout). */
  symbol: string;
  /** `+1`, `-1`, `Abstain` or empty (modern layout). */
  code: string;
  hasVote: boolean;
  /** The member's rationale, or for a member who did not vote the note kept with that (e.g. `Not present`). */
  rationale: string;
  /** `rationale` as one table cell of member Markdown. */
  rationaleMd: string;
  isProposer: boolean;
}

/**
 * Counts shown in an export. `abstain` and `noVote` are the plain counts (decision log).
 * The modern layout's Final Tally follows the SC's own log 0030, which lists one member
 * with "*No vote recorded.*" under "Abstentions: 1" while nobody abstained: so when no
 * member abstained, `abstentions` counts the members without a vote. Once someone did
 * abstain, one number for both would be false ("Abstentions: 2" for one Abstain and one
 * absent member), so `abstentions` is the explicit abstentions only and `hasNotVotedLine`
 * adds a separate "Not voted: N" line.
 */
export interface TallyView {
  inFavour: number;
  opposed: number;
  abstain: number;
  noVote: number;
  /** The Final Tally's "Abstentions" number (rule above). */
  abstentions: number;
  /** Members without a vote, for the "Not voted" line. */
  notVoted: number;
  /** Whether the Final Tally needs its own "Not voted" line. */
  hasNotVotedLine: boolean;
}

/** Everything a vote-log or decision-log template can print about one decision. */
export interface DecisionView {
  number: string;
  numberPlain: number;
  title: string;
  /** The title as one line of member Markdown. */
  titleMd: string;
  status: DecisionRow['status'];
  statusLabel: string;
  statusClassic: string;
  motion: string;
  /** The motion as member Markdown to follow a label on its line (`**Proposal**: …`). */
  motionMd: string;
  motionQuoteMd: string;
  contextMd: string;
  rationaleMd: string;
  hasRationale: boolean;
  options: string[];
  /** The options as a `*` list of member Markdown. */
  optionsMd: string;
  hasOptions: boolean;
  proposerName: string;
  proposerHandle: string;
  opened: string;
  until: string;
  closed: string;
  decidedOn: string;
  reviewOn: string;
  venue: string;
  venueLine: string;
  venueNote: string;
  teams: string;
  votes: VoteRowView[];
  tally: TallyView;
  outcome: string;
  asks: AskView[];
  hasAsks: boolean;
  withheldAsksMd: string;
  supersededBy: string;
  confidentialLabel: string;
}

const CLASSIC_STATUS = {
  proposed: '⏳ Open',
  approved: '✅ Accepted',
  rejected: '❌ Rejected',
  deferred: '⏸️ Deferred',
  withdrawn: '↩️ Withdrawn',
  superseded: '🔁 Superseded',
} as const satisfies Record<DecisionRow['status'], string>;

const SYMBOL = { '+1': '✅', '-1': '❌', abstain: '➖', none: '' } as const satisfies Record<Vote, string>;
// The SC writes its votes as code spans: `+1`, `-1`, and `Abstain` for an abstention.
const CODE = { '+1': '+1', '-1': '-1', abstain: 'Abstain', none: '' } as const satisfies Record<Vote, string>;

function voteRows(decision: DecisionRow, ctx: ExportContext, pingable: Pingable): VoteRowView[] {
  // Latest record per member, in order of first appearance — a member without a vote but
  // with a note ("Not present") keeps the note — then active members without any record.
  // The same people as the tally's electorate (tally.ts), so the table and the counts agree.
  const latest = new Map<MemberId, VoteRecord>();
  for (const v of decision.votes) latest.set(v.memberId, v);
  const rows: VoteRecord[] = [...latest.values()].filter(isOnRecord);
  for (const m of ctx.members) if (m.isActive && !rows.some((r) => r.memberId === m.id)) rows.push({ memberId: m.id, vote: 'none' });
  return rows.map((v) => {
    const m = ctx.members.find((x) => x.id === v.memberId);
    const rationale = (v.rationale ?? '').replace(/\s+/g, ' ').trim();
    return {
      name: m?.name ?? v.memberId,
      handle: m?.handle ?? '',
      vote: v.vote,
      symbol: SYMBOL[v.vote],
      code: CODE[v.vote],
      hasVote: v.vote !== 'none',
      rationale,
      rationaleMd: memberInline(rationale, { pingable, isCell: true }),
      isProposer: v.memberId === decision.proposerId,
    };
  });
}

function venueOf(decision: DecisionRow, ctx: ExportContext): Pick<DecisionView, 'opened' | 'until' | 'closed' | 'venue' | 'venueLine' | 'venueNote'> {
  const v = decision.venue;
  const decided = decision.status !== 'proposed';
  if (v.kind === 'async') {
    const opened = dayInZone(v.opensAt, v.timeZone);
    const until = dayInZone(v.closesAt, v.timeZone);
    const where = v.channel?.trim() ? `held in ${v.channel.trim()}` : 'held asynchronously';
    return {
      opened,
      until,
      closed: decided ? (decisionDay(decision, ctx.meetings) ?? until) : '',
      venue: `async vote, ${opened} to ${until}${v.channel?.trim() ? ` (${v.channel.trim()})` : ''}`,
      venueLine: `Opened async ${opened}, until ${until}.`,
      venueNote: where,
    };
  }
  const meeting = meetingOfDecision(decision, ctx.meetings);
  const heldOn = meetingDay(meeting) ?? '';
  const day = decisionDay(decision, ctx.meetings) ?? heldOn;
  const name = meeting ? `the meeting “${meeting.title}”` : 'a meeting';
  return {
    opened: heldOn || day || decision.createdAt.slice(0, 10),
    until: '',
    closed: decided ? day : '',
    venue: `${meeting ? `meeting “${meeting.title}”` : 'meeting'}${day ? ` on ${day}` : ''}`,
    venueLine: `Voted in ${name}${day ? ` on ${day}` : ''}.`,
    venueNote: `decided in ${name}`,
  };
}

/** The counts an export prints (the Abstentions / Not voted rule is at TallyView). */
function tallyView(t: Tally): TallyView {
  return {
    inFavour: t.inFavour, opposed: t.opposed, abstain: t.abstain, noVote: t.noVote,
    abstentions: t.abstain > 0 ? t.abstain : t.noVote,
    notVoted: t.noVote,
    hasNotVotedLine: t.abstain > 0 && t.noVote > 0,
  };
}

/** Names the superseding decision, unless a public export would reveal a confidential one. */
function supersededLabel(decision: DecisionRow, superseding: DecisionRow | undefined, audience: ExportAudience, today: string): string {
  if (!decision.supersededBy) return '';
  if (!superseding) return 'a later decision';
  if (audience === 'public' && isDecisionConfidential(superseding, today)) return 'a confidential decision';
  return `${padDecisionNumber(superseding.number)}: ${superseding.title}`;
}

/**
 * The view of one decision for a vote-log or decision-log template. In a public view the
 * decision's confidential items are left out and counted in `withheldAsksMd`; in an
 * internal one they are kept and the decision's own confidentiality is labelled.
 */
export function buildVoteLogView(decision: DecisionRow, ctx: ExportContext, opts: { audience?: ExportAudience } = {}): DecisionView {
  const audience = opts.audience ?? 'public';
  const tally = tallyVotes(decision.votes, ctx.members);
  const outcome = outcomeOf(tally, ctx.rule, { closed: decision.status !== 'proposed' });
  const linked = ctx.items.filter((i) => decision.itemIds.includes(i.id));
  const { kept, withheldCount } = redactFor(linked, isItemConfidential, audience);
  const asks = kept.map((k) => askView(k.entry, ctx, k.isConfidential));
  const proposer = ctx.members.find((m) => m.id === decision.proposerId);
  const superseding = decision.supersededBy ? ctx.decisions?.find((d) => d.id === decision.supersededBy) : undefined;
  const pingable = pingableHandles({ members: ctx.members, teams: ctx.teams.filter((t) => decision.teamIds.includes(t.id)) });
  const rationaleMd = blockMd(decision.rationale, '', pingable);
  const options = decision.options.filter((o) => o.trim() !== '');
  const withheldAsksMd = withheldLine(withheldCount, 'item');
  const asksMd = asks.map(askLineMd).join('\n');
  const contextParts = [rationaleMd, asksMd, withheldAsksMd].filter(Boolean);
  return {
    number: padDecisionNumber(decision.number),
    numberPlain: decision.number,
    title: decision.title,
    titleMd: memberInline(decision.title, { pingable }),
    status: decision.status,
    statusLabel: STATUS_LABELS[decision.status],
    statusClassic: CLASSIC_STATUS[decision.status],
    motion: decision.motion,
    motionMd: afterLabel(memberMarkdown(decision.motion, { pingable })),
    motionQuoteMd: quoteMd(decision.motion, pingable),
    contextMd: contextParts.length ? contextParts.join('\n\n') : '_No context recorded._',
    rationaleMd,
    hasRationale: rationaleMd !== '',
    options,
    optionsMd: options.flatMap((o) => listItem(memberMarkdown(o, { pingable }), { marker: '*' })).join('\n'),
    hasOptions: options.length > 0,
    proposerName: proposer?.name ?? memberName(ctx.members, decision.proposerId),
    proposerHandle: proposer?.handle ?? '',
    ...venueOf(decision, ctx),
    decidedOn: decisionDay(decision, ctx.meetings) ?? '',
    reviewOn: decision.reviewOn ?? '',
    teams: decision.teamIds.map((id) => ctx.teams.find((t) => t.id === id)?.name ?? id).join(', '),
    votes: voteRows(decision, ctx, pingable),
    tally: tallyView(tally),
    outcome: outcome.explanation,
    asks,
    hasAsks: asks.length > 0,
    withheldAsksMd,
    supersededBy: supersededLabel(decision, superseding, audience, ctx.today),
    confidentialLabel: audience === 'internal' ? confidentialityLabel(decision, ctx.today) : '',
  };
}
