/**
 * Vote tallies and the outcome that follows from them (issue 5).
 *
 * Who counts: the electorate is every active SC member plus anyone who has a vote record
 * (a member who voted and has since left still counted when the vote was held) — a cast
 * vote, or `none` with a note such as "Not present", which records that the member was
 * part of the vote and did not vote. A member without a record, or with the vote `none`,
 * counts as "no vote". A recusal is recorded as
 * `abstain` with the rationale `recused`; it counts as an abstention and is also reported
 * on its own.
 *
 * Rules (documented choice — the SC's process documents we have do not spell one out):
 * - `simple-majority` (default, ordinary decisions): a quorum of more than half of the
 *   electorate must take part (+1, −1 or abstain), and the motion passes when in favour
 *   outnumber opposed. A tie fails. Abstentions count towards the quorum, not the majority.
 * - `two-thirds` (extraordinary decisions): in favour must reach two thirds of the whole
 *   electorate, so that staying away cannot lower the bar.
 * While a vote is open the outcome is only given once the outstanding votes can no longer
 * change it; otherwise it is `pending`. Once closed, a motion that did not pass is rejected.
 */
import type { MemberId, MemberRow, VoteRecord } from '../model';

/** The counts of one vote. */
export interface Tally {
  inFavour: number;
  opposed: number;
  abstain: number;
  /** Members of the electorate without a cast vote. */
  noVote: number;
  /** Abstentions whose rationale says `recused` (already included in `abstain`). */
  recused: number;
  /** Everyone entitled to vote: active members plus anyone with a vote record. */
  electorate: number;
}

/** Decision rules: `simple-majority` for ordinary decisions, `two-thirds` for extraordinary ones. */
export type VoteRule = 'simple-majority' | 'two-thirds';

/** What a tally means under a rule, with a sentence a person can read. */
export interface Outcome {
  result: 'approved' | 'rejected' | 'pending';
  explanation: string;
}

/** Whether a record puts its member in the electorate: a cast vote, or a note on not voting. */
export const isOnRecord = (v: VoteRecord) => v.vote !== 'none' || (v.rationale ?? '').trim() !== '';

const isRecusal = (v: VoteRecord) => v.vote === 'abstain' && /^\s*recused\b/i.test(v.rationale ?? '');

/**
 * Count the votes of a decision. A member's later record replaces an earlier one, so an
 * edited vote is not counted twice.
 */
export function tallyVotes(votes: readonly VoteRecord[], members: readonly Pick<MemberRow, 'id' | 'isActive'>[]): Tally {
  const latest = new Map<MemberId, VoteRecord>();
  for (const v of votes) latest.set(v.memberId, v);
  const electorate = new Set<MemberId>(members.filter((m) => m.isActive).map((m) => m.id));
  for (const v of latest.values()) if (isOnRecord(v)) electorate.add(v.memberId);

  const tally: Tally = { inFavour: 0, opposed: 0, abstain: 0, noVote: 0, recused: 0, electorate: electorate.size };
  for (const id of electorate) {
    const v = latest.get(id);
    if (!v || v.vote === 'none') tally.noVote += 1;
    else if (v.vote === '+1') tally.inFavour += 1;
    else if (v.vote === '-1') tally.opposed += 1;
    else {
      tally.abstain += 1;
      if (isRecusal(v)) tally.recused += 1;
    }
  }
  return tally;
}

/** Number of votes cast (+1, −1 or abstain). */
export function votesCast(t: Tally): number {
  return t.inFavour + t.opposed + t.abstain;
}

const counts = (t: Tally) => `${t.inFavour} in favour, ${t.opposed} opposed, ${t.abstain} abstaining, ${t.noVote} not voted`;

/**
 * The outcome of a tally under a rule. With `closed: false` (the default, a vote still
 * open) a result is only given once it cannot change; with `closed: true` it is final.
 */
export function outcomeOf(t: Tally, rule: VoteRule = 'simple-majority', opts: { closed?: boolean } = {}): Outcome {
  return rule === 'two-thirds' ? twoThirds(t, opts.closed ?? false) : simpleMajority(t, opts.closed ?? false);
}

function simpleMajority(t: Tally, closed: boolean): Outcome {
  const quorum = Math.floor(t.electorate / 2) + 1;
  const cast = votesCast(t);
  const outstanding = t.noVote;
  const hasQuorum = cast >= quorum;
  // Passing is settled when the quorum is met and even all outstanding votes against could not tie it.
  if (hasQuorum && t.inFavour > t.opposed + (closed ? 0 : outstanding)) {
    return { result: 'approved', explanation: `Approved by simple majority: ${counts(t)}.` };
  }
  // Failing is settled when even all outstanding votes in favour could not pass it.
  if (closed || t.inFavour + outstanding <= t.opposed) {
    if (!hasQuorum && closed) {
      return { result: 'rejected', explanation: `Rejected: no quorum (${cast} of ${t.electorate} voted, ${quorum} needed).` };
    }
    const why = t.inFavour === t.opposed ? 'a tie does not pass' : 'not more in favour than opposed';
    return { result: 'rejected', explanation: `Rejected by simple majority (${why}): ${counts(t)}.` };
  }
  return { result: 'pending', explanation: `Pending: ${counts(t)}; ${quorum} of ${t.electorate} must vote and more must be in favour than opposed.` };
}

function twoThirds(t: Tally, closed: boolean): Outcome {
  const needed = Math.ceil((2 * t.electorate) / 3);
  if (t.electorate > 0 && t.inFavour >= needed) {
    return { result: 'approved', explanation: `Approved by two-thirds majority (${t.inFavour} of ${t.electorate}, ${needed} needed): ${counts(t)}.` };
  }
  if (closed || t.inFavour + t.noVote < needed) {
    return { result: 'rejected', explanation: `Rejected: two thirds of ${t.electorate} members (${needed}) needed in favour, ${t.inFavour} were: ${counts(t)}.` };
  }
  return { result: 'pending', explanation: `Pending: ${needed} of ${t.electorate} must vote in favour; ${counts(t)}.` };
}
