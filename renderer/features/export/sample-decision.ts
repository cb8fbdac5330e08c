/** A made-up decision for the template preview when the workspace has none yet. */
import type { DecisionId, DecisionRow, MemberRow } from '../../../shared/model';

export function sampleDecision(members: readonly MemberRow[], today: string): DecisionRow {
  const at = `${today}T10:00:00.000Z`;
  return {
    id: 'sample' as DecisionId,
    number: 1,
    title: 'Approve the Xen team’s application to the security pre-disclosure list',
    motion: 'The Steering Committee approves the Xen team’s application to Xen’s security pre-disclosure list.',
    options: ['Approve', 'Ask for more information first'],
    status: 'approved',
    proposerId: members[0]?.id,
    decidedOn: today,
    venue: { kind: 'meeting' },
    votes: members.slice(0, 3).map((m) => ({ memberId: m.id, vote: '+1' as const })),
    rationale: 'Early notice of Xen security issues lets the team prepare fixes before disclosure.',
    confidentiality: 'public',
    itemIds: [],
    teamIds: [],
    tagIds: [],
    createdAt: at,
    updatedAt: at,
  };
}
