/**
 * Decision records for the decisions minutes write down (issue 15): linked to the meeting
 * (venue and `meetingId`), with the votes of SC members by member and anything said with a
 * vote as its rationale. Votes of people who are not on the roster cannot be stored as
 * votes; they are kept in the decision's rationale so that nothing written is lost.
 */
import type { DecisionId, MeetingId } from '../../model/ids';
import type { DecisionRow, VoteRecord } from '../../model/rows';
import type { ParsedMinutes } from './types';
import type { Roster } from './roster';

const STATUS = { approved: 'approved', rejected: 'rejected', deferred: 'deferred', withdrawn: 'withdrawn', proposed: 'proposed' } as const;

/** The decision rows of `parsed`, numbered from 1 in the order the minutes hold them. */
export function decisionRows(parsed: ParsedMinutes, ctx: { meetingId: MeetingId; roster: Roster; now: string; isPublic: boolean }): DecisionRow[] {
  return parsed.decisions.map((d, i): DecisionRow => {
    const votes: VoteRecord[] = [];
    const others: string[] = [];
    for (const v of d.votes) {
      const member = ctx.roster.find(v.who);
      if (!member) others.push(`${v.who} ${v.vote}${v.note ? ` (${v.note})` : ''}`);
      else if (!votes.some((x) => x.memberId === member.id)) votes.push({ memberId: member.id, vote: v.vote, ...(v.note ? { rationale: v.note.slice(0, 10_000) } : {}) });
    }
    const proposer = d.proposer ? ctx.roster.find(d.proposer) : undefined;
    const rationale = [
      d.outcomeText ? `As written: ${d.outcomeText}` : '',
      d.isInferred ? 'The outcome was not written; it was read from the votes.' : '',
      others.length ? `Votes written for people not on the roster: ${others.join(', ')}.` : '',
    ].filter(Boolean).join('\n');
    const isDecided = d.outcome === 'approved' || d.outcome === 'rejected';
    return {
      id: `${ctx.meetingId}:decision:${i + 1}` as DecisionId, number: i + 1, title: d.title.slice(0, 1000) || 'Decision', motion: d.motion.slice(0, 100_000),
      options: [], status: STATUS[d.outcome], ...(proposer ? { proposerId: proposer.id } : {}), ...(isDecided ? { decidedOn: parsed.date } : {}),
      venue: { kind: 'meeting', meetingId: ctx.meetingId }, votes, rationale: rationale.slice(0, 100_000),
      confidentiality: ctx.isPublic ? 'public' : 'sc-internal', itemIds: [], teamIds: [], meetingId: ctx.meetingId, tagIds: [],
      createdAt: ctx.now, updatedAt: ctx.now,
    };
  });
}
