// A vote log never contradicts itself: its table and its Final Tally name the same people,
// an abstention reads `Abstain`, and a member who did not vote keeps the note they left.
import { describe, expect, it } from 'vitest';
import { exportVoteLog } from '../../../shared/export/vote-log';
import { buildVoteLogView } from '../../../shared/export/vote-log-view';
import type { ExportContext } from '../../../shared/export/templates/context';
import { decision, member, SEVEN, vote } from '../decisions/fixtures';
import { tables } from '../decisions/markdown-structure';

const ctx: ExportContext = { members: SEVEN, teams: [], items: [], meetings: [], today: '2026-12-20' };
const finalTally = (md: string) => md.slice(md.indexOf('## Final Tally')).trim().split('\n').slice(1);
const modern = (votes: ReturnType<typeof vote>[]) => exportVoteLog(decision({ status: 'approved', votes }), ctx, { layout: 'modern' }).markdown;

describe('Final Tally of the modern layout', () => {
  it('counts one Abstain and one member without a vote on separate lines', () => {
    const out = modern([vote('a', '+1'), vote('b', '+1'), vote('c', '+1'), vote('d', '+1'), vote('e', '-1'), vote('f', 'abstain')]);
    expect(finalTally(out)).toEqual(['* **In Favor (+1):** 4', '* **Opposed (-1):** 1', '* **Abstentions:** 1', '* **Not voted:** 1']);
  });

  it('follows vote 0030 when nobody abstained: the member without a vote is the one abstention', () => {
    const out = modern(SEVEN.slice(0, 6).map((m) => vote(m.id, '+1')));
    expect(finalTally(out)).toEqual(['* **In Favor (+1):** 6', '* **Opposed (-1):** 0', '* **Abstentions:** 1']);
  });

  it('has no Not voted line when everyone voted', () => {
    const out = modern([...SEVEN.slice(0, 6).map((m) => vote(m.id, '+1')), vote('g', 'abstain')]);
    expect(finalTally(out)).toEqual(['* **In Favor (+1):** 6', '* **Opposed (-1):** 0', '* **Abstentions:** 1']);
  });

  it('lists as many table rows as the tally counts members', () => {
    const d = decision({ votes: [vote('a', '+1'), vote('b', 'abstain'), vote('c', 'none', 'Not present')] });
    const view = buildVoteLogView(d, ctx);
    const t = view.tally;
    expect(view.votes).toHaveLength(t.inFavour + t.opposed + t.abstain + t.noVote);
  });
});

describe('vote cells', () => {
  it('writes an abstention `Abstain` in the modern layout, as the SC does', () => {
    const [table] = tables(modern([vote('a', 'abstain', 'recused: works with the Xen team')]));
    expect(table?.rows[0]).toEqual(['a', 'Abstain', 'recused: works with the Xen team']);
  });

  it.each(['classic', 'modern'] as const)('keeps a member’s "Not present" note in the %s layout', (layout) => {
    const out = exportVoteLog(decision({ votes: [vote('a', '+1'), vote('b', 'none', 'Not present')] }), ctx, { layout }).markdown;
    const [table] = tables(out);
    expect(table?.rows[1]).toEqual(['b', '', 'No vote recorded. Not present']);
  });

  it('keeps the note of a member who has since left the SC, and the member', () => {
    const members = [...SEVEN.slice(0, 6), member('g', { name: 'Gone', isActive: false })];
    const view = buildVoteLogView(decision({ votes: [vote('g', 'none', 'Not present')] }), { ...ctx, members });
    expect(view.votes.find((v) => v.name === 'Gone')).toMatchObject({ hasVote: false, rationale: 'Not present' });
  });

  it('marks the proposer before the missing vote and the note', () => {
    const d = decision({ proposerId: SEVEN[0]!.id, votes: [vote('a', 'none', 'Travelling')] });
    expect(exportVoteLog(d, ctx, { layout: 'modern' }).markdown).toContain('| **a** | | *(Proposer)* *No vote recorded.* Travelling |');
  });
});
