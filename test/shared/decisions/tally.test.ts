import { describe, expect, it } from 'vitest';
import { outcomeOf, tallyVotes, votesCast } from '../../../shared/decisions/tally';
import type { Outcome, VoteRule } from '../../../shared/decisions/tally';
import { member, SEVEN, vote } from './fixtures';

/** Votes for the seven members a…g from a compact string: + for +1, - for −1, 0 abstain, . no vote. */
function votesFrom(pattern: string) {
  return [...pattern].flatMap((c, i) => {
    const id = SEVEN[i]!.id;
    if (c === '+') return [vote(id, '+1')];
    if (c === '-') return [vote(id, '-1')];
    if (c === '0') return [vote(id, 'abstain')];
    return [];
  });
}

describe('tallyVotes', () => {
  it('counts +1, −1, abstentions and members without a vote', () => {
    const t = tallyVotes(votesFrom('++-0...'), SEVEN);
    expect(t).toMatchObject({ inFavour: 2, opposed: 1, abstain: 1, noVote: 3, electorate: 7 });
    expect(votesCast(t)).toBe(4);
  });

  it('counts an explicit `none` vote as no vote', () => {
    const t = tallyVotes([vote('a', 'none'), vote('b', '+1')], SEVEN);
    expect(t).toMatchObject({ inFavour: 1, noVote: 6 });
  });

  it('counts a recusal as an abstention and reports it', () => {
    const t = tallyVotes([vote('a', 'abstain', 'recused: works for the sponsor'), vote('b', 'abstain', 'unsure')], SEVEN);
    expect(t).toMatchObject({ abstain: 2, recused: 1 });
  });

  it('leaves inactive members out unless they voted', () => {
    const members = [...SEVEN, member('old', { isActive: false }), member('gone', { isActive: false })];
    const t = tallyVotes([vote('old', '+1')], members);
    expect(t.electorate).toBe(8);
    expect(t.inFavour).toBe(1);
  });

  it('counts only the latest record of a member who changed their vote', () => {
    const t = tallyVotes([vote('a', '+1'), vote('a', '-1')], SEVEN);
    expect(t).toMatchObject({ inFavour: 0, opposed: 1, noVote: 6 });
  });
});

describe('outcomeOf', () => {
  it.each<[string, string, VoteRule, boolean, Outcome['result']]>([
    ['a clear majority with quorum', '++++-..', 'simple-majority', true, 'approved'],
    ['a majority that the outstanding votes could still overturn', '+++-...', 'simple-majority', false, 'pending'],
    ['a majority that the outstanding votes cannot overturn', '+++++..', 'simple-majority', false, 'approved'],
    ['a tie', '+++---0', 'simple-majority', true, 'rejected'],
    ['all abstaining', '0000000', 'simple-majority', true, 'rejected'],
    ['no votes at all while open', '.......', 'simple-majority', false, 'pending'],
    ['no votes at all once closed', '.......', 'simple-majority', true, 'rejected'],
    ['a majority of votes cast without quorum', '++-....', 'simple-majority', true, 'rejected'],
    ['a majority of votes cast with exact quorum', '++-0...', 'simple-majority', true, 'approved'],
    ['more opposed than could ever be in favour', '----...', 'simple-majority', false, 'rejected'],
    ['two thirds of all members', '+++++..', 'two-thirds', false, 'approved'],
    ['just under two thirds once closed', '++++-00', 'two-thirds', true, 'rejected'],
    ['two thirds still reachable', '++++...', 'two-thirds', false, 'pending'],
    ['two thirds out of reach', '++---..', 'two-thirds', false, 'rejected'],
  ])('judges %s (%s, %s, closed=%s) as %s', (_label, pattern, rule, closed, expected) => {
    const outcome = outcomeOf(tallyVotes(votesFrom(pattern), SEVEN), rule, { closed });
    expect(outcome.result).toBe(expected);
  });

  it('uses the simple majority when no rule is given', () => {
    const t = tallyVotes(votesFrom('++++---'), SEVEN);
    expect(outcomeOf(t, undefined, { closed: true }).result).toBe('approved');
    expect(outcomeOf(t, 'two-thirds', { closed: true }).result).toBe('rejected');
  });

  it('explains a tie in words', () => {
    const outcome = outcomeOf(tallyVotes(votesFrom('+++---0'), SEVEN), 'simple-majority', { closed: true });
    expect(outcome.explanation).toContain('tie');
    expect(outcome.explanation).toContain('3 in favour, 3 opposed, 1 abstaining');
  });

  it('explains a missing quorum in words', () => {
    const outcome = outcomeOf(tallyVotes(votesFrom('++.....'), SEVEN), 'simple-majority', { closed: true });
    expect(outcome.explanation).toMatch(/no quorum \(2 of 7 voted, 4 needed\)/);
  });
});

describe('tallyVotes and a note on not voting', () => {
  it('keeps a member who left but was marked "Not present" in the electorate, as not voted', () => {
    const members = [...SEVEN.slice(0, 6), member('g', { isActive: false })];
    const t = tallyVotes([vote('a', '+1'), vote('g', 'none', 'Not present')], members);
    expect(t).toMatchObject({ electorate: 7, inFavour: 1, noVote: 6 });
  });

  it('leaves out a member who left with a bare `none` record', () => {
    const members = [...SEVEN.slice(0, 6), member('g', { isActive: false })];
    expect(tallyVotes([vote('g', 'none')], members).electorate).toBe(6);
  });
});
