import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVoteLogView } from '../../../shared/export/vote-log-view';
import { DecisionExportError, exportVoteLog } from '../../../shared/export/vote-log';
import type { ExportContext } from '../../../shared/export/templates/context';
import { decision, item, itemId, meeting, meetingId, member, memberId, vote } from '../decisions/fixtures';
import { allTokenTypes, blockSkeleton, headings, paragraphs, strongTexts, tables } from '../decisions/markdown-structure';

const reference = (name: string) => readFileSync(new URL(`../../fixtures/reference/vote-logs/${name}`, import.meta.url), 'utf8');
const CLASSIC_REF = reference('0018-official-home-manager.md');
const MODERN_REF = reference('0030-publish-meeting-protocol.md');

const ctxWith = (members: ExportContext['members'], over: Partial<ExportContext> = {}): ExportContext => ({
  members, teams: [], items: [], meetings: [], today: '2026-10-01', ...over,
});

/** Vote 0018 as Steering Desk would have recorded it. */
function vote0018() {
  const names = ['cafkafk', 'John', 'K900', 'Luj', 'Robert', 'Tom', 'Philip'];
  const members = names.map((n) => member(n.toLowerCase(), { name: n, handle: n === 'Robert' ? 'roberth' : n.toLowerCase() }));
  const d = decision({
    number: 18,
    title: 'Home Manager as an official NixOS project',
    motion: 'Upon approval, accept Home Manager as an official NixOS project.',
    status: 'approved',
    proposerId: memberId('robert'),
    decidedOn: '2026-05-27',
    venue: { kind: 'async', opensAt: '2026-05-26T08:00:00Z', closesAt: '2026-06-02T08:00:00Z', timeZone: 'Europe/Berlin' },
    votes: members.map((m) => vote(m.id, '+1')),
  });
  return { d, ctx: ctxWith(members) };
}

/** Vote 0030 as Steering Desk would have recorded it. */
function vote0030() {
  const names = ['Robert Hensing', 'Philip Taron', 'Tom Bereknyei', 'John Ericson', 'Julien Malka', 'cafkafk', 'K900'];
  const members = names.map((n) => member(n.split(' ')[0]!.toLowerCase(), { name: n }));
  const d = decision({
    number: 30,
    title: 'Publish the meeting protocol',
    rationale: 'The Steering Committee had been using a process document and note taking template for meetings, which was never published.',
    motion: 'Move `meetings.md` from the internal repo to the public one',
    status: 'approved',
    proposerId: memberId('robert'),
    decidedOn: '2026-09-07',
    venue: { kind: 'async', opensAt: '2026-09-01T10:00:00Z', closesAt: '2026-09-07T10:00:00Z', timeZone: 'Europe/Berlin', channel: 'the SC Zulip channel' },
    votes: members.slice(0, 6).map((m) => vote(m.id, '+1')),
  });
  return { d, ctx: ctxWith(members) };
}

describe('classic vote-log layout compared with vote 0018', () => {
  const { d, ctx } = vote0018();
  const out = exportVoteLog(d, ctx, { layout: 'classic' }).markdown;

  it('has the same block structure as the real file', () => {
    expect(blockSkeleton(out)).toEqual(blockSkeleton(CLASSIC_REF));
  });

  it('has the same heading', () => {
    expect(headings(out)).toEqual(headings(CLASSIC_REF));
  });

  it('has the same Opened/Closed/Status line', () => {
    expect(paragraphs(out)[0]).toBe(paragraphs(CLASSIC_REF)[0]);
    expect(strongTexts(out).slice(0, 3)).toEqual(['Opened:', 'Closed:', 'Status:']);
  });

  it('has the same proposal line', () => {
    expect(paragraphs(out)[1]).toBe(paragraphs(CLASSIC_REF)[1]);
  });

  it('has the same vote table: header, alignment and rows', () => {
    expect(tables(out)).toEqual(tables(CLASSIC_REF));
  });
});

describe('modern vote-log layout compared with vote 0030', () => {
  const { d, ctx } = vote0030();
  const file = exportVoteLog(d, ctx, { layout: 'modern' });
  const out = file.markdown;

  it('has the same block structure as the real file', () => {
    expect(blockSkeleton(out)).toEqual(blockSkeleton(MODERN_REF));
  });

  it('has the same headings: title, Context, Motion, Vote Outcome, Final Tally', () => {
    expect(headings(out)).toEqual(headings(MODERN_REF));
  });

  it('labels the same lines in bold, in the same order', () => {
    expect(strongTexts(out)).toEqual(strongTexts(MODERN_REF));
  });

  it('has the same vote table, including the proposer and the missing vote', () => {
    expect(tables(out)).toEqual(tables(MODERN_REF));
  });

  it('has the same context, opening, status and tally lines', () => {
    const ours = paragraphs(out).filter((p) => !p.includes('meetings.md'));
    const theirs = paragraphs(MODERN_REF).filter((p) => !p.includes('meetings.md'));
    expect(ours).toEqual(theirs);
    expect(out).toContain('**In Favor (+1):** 6');
  });

  it('names the file NNNN-slug.md', () => {
    expect(file.fileName).toBe('0030-publish-the-meeting-protocol.md');
  });
});

describe('vote-log escaping', () => {
  const hostile = '# Heading <script>alert(1)</script>';
  const members = [member('eve', { name: 'Eve | ❌ | injected' }), member('bob')];
  const d = decision({
    number: 7,
    title: hostile,
    motion: '# not a heading\n<script>alert(2)</script>\n| a | b |\n---\n> quote',
    rationale: '## Sneaky\n<img src=x onerror=alert(3)>',
    options: ['<b>bold</b>', '* list'],
    status: 'approved',
    votes: [vote('eve', '-1', 'ok | evil\n# h'), vote('bob', '+1')],
    venue: { kind: 'async', opensAt: '2026-09-01T10:00:00Z', closesAt: '2026-09-07T10:00:00Z', timeZone: 'UTC', channel: '**x** <i>' },
  });
  const ctx = ctxWith(members);

  it.each(['classic', 'modern'] as const)('keeps the %s layout’s headings to the template’s own', (layout) => {
    const out = exportVoteLog(d, ctx, { layout }).markdown;
    const expected = layout === 'classic' ? [`Vote #7: ${hostile}`] : [`0007: ${hostile}`, 'Context', 'Motion', 'Vote Outcome', 'Final Tally'];
    expect(headings(out).map((h) => h.text)).toEqual(expected);
  });

  it.each(['classic', 'modern'] as const)('lets no HTML through in the %s layout', (layout) => {
    const types = allTokenTypes(exportVoteLog(d, ctx, { layout }).markdown);
    expect(types).not.toContain('html_inline');
    expect(types).not.toContain('html_block');
  });

  it.each(['classic', 'modern'] as const)('keeps one three-cell row per member in the %s layout', (layout) => {
    const [table] = tables(exportVoteLog(d, ctx, { layout }).markdown);
    expect(table?.rows.map((r) => r.length)).toEqual([3, 3]);
    expect(table?.rows[0]?.[0]).toBe('Eve | ❌ | injected');
  });
});

describe('vote-log confidentiality', () => {
  const { d, ctx } = vote0030();

  it('refuses a public vote log of an SC-internal decision', () => {
    expect(() => exportVoteLog({ ...d, confidentiality: 'sc-internal' }, ctx, { layout: 'modern' })).toThrow(DecisionExportError);
  });

  it('publishes a confidential decision once its embargo is over', () => {
    const lifted = { ...d, confidentiality: 'confidential' as const, confidentialUntil: '2026-09-30' };
    expect(exportVoteLog(lifted, ctx, { layout: 'modern' }).markdown).not.toContain('not for publication');
  });

  it('marks a confidential decision in an internal vote log', () => {
    const secret = { ...d, confidentiality: 'confidential' as const, confidentialUntil: '2027-01-01' };
    expect(exportVoteLog(secret, ctx, { layout: 'classic', audience: 'internal' }).markdown).toContain('**Confidential until 2027-01-01**: not for publication.');
  });

  it('leaves confidential asks out of a public vote log and says so', () => {
    const items = [item('open', { text: 'Public ask' }), item('secret', { text: 'Secret ask', confidential: true })];
    const linked = { ...d, itemIds: [itemId('open'), itemId('secret')] };
    const out = exportVoteLog(linked, { ...ctx, items }, { layout: 'modern' }).markdown;
    expect(out).toContain('Public ask');
    expect(out).not.toContain('Secret ask');
    expect(out).toContain('_1 confidential item withheld._');
  });

  it('keeps and marks confidential asks in an internal view', () => {
    const items = [item('secret', { text: 'Secret ask', confidential: true })];
    const view = buildVoteLogView({ ...d, itemIds: [itemId('secret')] }, { ...ctx, items }, { audience: 'internal' });
    expect(view.asks).toEqual([{ text: 'Secret ask', team: '', postUrl: '', linkMd: '', isConfidential: true }]);
    expect(view.withheldAsksMd).toBe('');
  });
});

describe('buildVoteLogView', () => {
  it('lists voters first and then active members without a vote', () => {
    const members = [member('a'), member('b'), member('c', { isActive: false })];
    const view = buildVoteLogView(decision({ votes: [vote('b', '-1')] }), ctxWith(members));
    expect(view.votes.map((v) => [v.name, v.code, v.hasVote])).toEqual([['b', '-1', true], ['a', '', false]]);
  });

  it('describes a meeting decision by the meeting’s title and day in its zone', () => {
    const w20 = meeting('m1', { title: 'W20', startsAt: '2026-05-13T22:30:00Z', timeZone: 'Europe/Berlin' });
    const ctx = ctxWith([], { meetings: [w20] });
    const view = buildVoteLogView(decision({ status: 'approved', venue: { kind: 'meeting', meetingId: meetingId('m1') } }), ctx);
    expect(view.venueLine).toBe('Voted in the meeting “W20” on 2026-05-14.');
  });
});
