import { describe, expect, it } from 'vitest';
import { buildDecisionLogView, exportDecisionLog } from '../../../shared/export/decision-log';
import type { DecisionRow } from '../../../shared/model';
import { decision, decisionId, item, itemId, member, team, teamId, vote } from '../decisions/fixtures';
import { allTokenTypes, headings } from '../decisions/markdown-structure';

const members = [member('a'), member('b'), member('c')];
const teams = [team('docs', 'Documentation team'), team('infra', 'Infrastructure team')];
const ctx = { members, teams, items: [], meetings: [], today: '2026-06-15' };

const d = (n: number, over: Partial<DecisionRow> = {}) =>
  decision({ id: decisionId(`d${n}`), number: n, title: `Decision ${n}`, status: 'approved', decidedOn: '2026-03-01', teamIds: [teamId('docs')], ...over });

const all = [
  d(3, { decidedOn: '2026-04-10' }),
  d(1),
  d(2, { confidentiality: 'sc-internal', title: 'Secret staffing' }),
  d(4, { confidentiality: 'confidential', confidentialUntil: '2026-12-31', title: 'Embargoed advisory' }),
  d(5, { confidentiality: 'confidential', confidentialUntil: '2026-06-01', title: 'Lifted advisory' }),
  d(6, { teamIds: [teamId('infra')], decidedOn: '2026-02-01' }),
];

describe('public decision log', () => {
  const out = exportDecisionLog(all, ctx);

  it('leaves confidential decisions out', () => {
    expect(out).not.toContain('Secret staffing');
    expect(out).not.toContain('Embargoed advisory');
  });

  it('records how many decisions were withheld', () => {
    expect(out).toContain('_2 confidential decisions withheld._');
  });

  it('includes a decision whose embargo is over', () => {
    expect(out).toContain('Lifted advisory');
  });

  it('lists the decisions in number order, one section each', () => {
    expect(headings(out).filter((h) => h.level === 2).map((h) => h.text)).toEqual(['0001: Decision 1', '0003: Decision 3', '0005: Lifted advisory', '0006: Decision 6']);
  });

  it('shows the tally of each decision', () => {
    const voted = exportDecisionLog([d(1, { votes: [vote('a', '+1'), vote('b', '-1')] })], ctx);
    expect(voted).toContain('**Tally:** +1: 1, -1: 1, abstain: 0, no vote: 1');
  });

  it('has no withheld line when nothing was withheld', () => {
    expect(exportDecisionLog([d(1)], ctx)).not.toContain('withheld');
  });
});

describe('internal decision log', () => {
  const out = exportDecisionLog(all, ctx, { public: false });

  it('keeps confidential decisions and marks them', () => {
    expect(out).toContain('Secret staffing');
    expect(out).toContain('**SC-internal**: not for publication.');
    expect(out).toContain('**Confidential until 2026-12-31**: not for publication.');
  });

  it('has no withheld line', () => {
    expect(out).not.toContain('withheld');
  });
});

describe('decision log scope', () => {
  it('keeps only the decisions of the period', () => {
    const view = buildDecisionLogView(all, ctx, { period: { from: '2026-03-01', to: '2026-03-31' } });
    expect(view.decisions.map((v) => v.numberPlain)).toEqual([1, 5]);
    expect(view.periodLabel).toBe('Decisions from 2026-03-01 to 2026-03-31.');
  });

  it('keeps only the decisions of the team and names it', () => {
    const view = buildDecisionLogView(all, ctx, { teamId: teamId('infra') });
    expect(view.decisions.map((v) => v.numberPlain)).toEqual([6]);
    expect(exportDecisionLog(all, ctx, { teamId: teamId('infra') }).split('\n')[0]).toBe('# Decision log: Infrastructure team');
  });

  it('says so when no decision is in the period', () => {
    expect(exportDecisionLog(all, ctx, { period: { from: '2030-01-01' } })).toContain('_No decisions in this period._');
  });
});

describe('decision log linked asks', () => {
  const items = [item('pub', { text: 'Need a Hetzner box', teamId: teamId('infra') }), item('sec', { text: 'Private matter', confidential: true })];
  const linked = d(1, { itemIds: [itemId('pub'), itemId('sec')] });

  it('lists public asks with their team and withholds confidential ones', () => {
    const out = exportDecisionLog([linked], { ...ctx, items });
    expect(out).toContain('* Infrastructure team: Need a Hetzner box');
    expect(out).not.toContain('Private matter');
    expect(out).toContain('_1 confidential item withheld._');
  });

  it('marks confidential asks in an internal log', () => {
    expect(exportDecisionLog([linked], { ...ctx, items }, { public: false })).toContain('* Private matter _(confidential)_');
  });
});

describe('decision log escaping', () => {
  const hostile = d(1, {
    title: '# Heading <script>alert(1)</script>',
    motion: '## motion\n<script>x</script>',
    rationale: '---\n<iframe src=x>',
  });
  const out = exportDecisionLog([hostile], ctx);

  it('keeps the document’s headings to the template’s own', () => {
    expect(headings(out)).toEqual([
      { level: 1, text: 'Decision log' },
      { level: 2, text: '0001: # Heading <script>alert(1)</script>' },
    ]);
  });

  it('lets no HTML through', () => {
    expect(allTokenTypes(out)).not.toContain('html_inline');
    expect(allTokenTypes(out)).not.toContain('html_block');
    expect(allTokenTypes(out)).not.toContain('hr');
  });

  it('does not reveal a confidential superseding decision in a public log', () => {
    const old = d(7, { status: 'superseded', supersededBy: decisionId('d8') });
    const secret = d(8, { title: 'Secret replacement', confidentiality: 'sc-internal' });
    const text = exportDecisionLog([old, secret], ctx);
    expect(text).toContain('(by a confidential decision)');
    expect(text).not.toContain('Secret replacement');
  });
});
