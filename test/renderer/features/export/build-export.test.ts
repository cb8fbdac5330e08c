import { describe, expect, it } from 'vitest';
import { buildExport, decisionLogFileName } from '../../../../renderer/features/export/build-export';
import type { DecisionId, DecisionRow, MemberId, TeamId } from '../../../../shared/model';
import { member, team } from '../../support/seed';

const decision = (over: Partial<DecisionRow> = {}): DecisionRow => ({
  id: 'd1' as DecisionId, number: 31, title: 'Approve Xen pre-disclosure', motion: 'Approve it.', options: [], status: 'approved', decidedOn: '2024-12-02',
  venue: { kind: 'meeting' }, votes: [{ memberId: 'm-tom' as MemberId, vote: '+1' }], rationale: '', confidentiality: 'public', itemIds: [], teamIds: ['xen' as TeamId],
  tagIds: [], createdAt: '2024-11-25T10:00:00.000Z', updatedAt: '2024-11-25T10:00:00.000Z', ...over,
});
const ctx = (decisions: DecisionRow[]) => ({ members: [member('m-tom', 'Tom Bereknyei', 'tomberek')], teams: [team('xen', 'Xen')], items: [], meetings: [], decisions, today: '2024-12-10' });

describe('buildExport', () => {
  it('names a vote log NNNN-slug.md', () => {
    const d = decision();
    expect(buildExport({ kind: 'vote-log', decision: d, layout: 'modern', isPublic: true }, ctx([d]))).toMatchObject({ ok: true, fileName: '0031-approve-xen-pre-disclosure.md' });
  });

  it('explains instead of throwing when a confidential decision is exported publicly', () => {
    const d = decision({ confidentiality: 'sc-internal' });
    const out = buildExport({ kind: 'vote-log', decision: d, layout: 'classic', isPublic: true }, ctx([d]));
    expect(out).toMatchObject({ ok: false, message: expect.stringContaining('cannot be published') });
  });

  it('records a withheld decision in a public decision log', () => {
    const out = buildExport({ kind: 'decision-log', from: '', to: '', teamId: '', isPublic: true }, ctx([decision(), decision({ id: 'd2' as DecisionId, number: 32, confidentiality: 'sc-internal' })]));
    expect(out.ok && out.markdown).toContain('_1 confidential decision withheld._');
  });

  it('reports the line of a broken template', () => {
    const d = decision();
    expect(buildExport({ kind: 'vote-log', decision: d, layout: 'modern', template: '# ok\n{{{title}}}', isPublic: true }, ctx([d]))).toMatchObject({ ok: false, message: expect.stringContaining('line 2') });
  });
});

describe('decisionLogFileName', () => {
  it('names the team and the period', () => {
    expect(decisionLogFileName({ from: '2024-12-01', to: '2024-12-31' }, 'RFC Steering Committee')).toBe('decision-log-rfc-steering-committee-from-2024-12-01-to-2024-12-31.md');
    expect(decisionLogFileName({ from: '', to: '' }, '')).toBe('decision-log.md');
  });
});
