import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { teamReply, type TeamReplyInput } from '../../../shared/meetings/team-reply';
import type { ItemId, TeamId } from '../../../shared/model/ids';
import type { TeamRow } from '../../../shared/model/rows';
import { decision, entry, item, meeting, teamId } from './builders';

const md = new MarkdownIt();
const xen: TeamRow = { id: teamId('xen') as TeamId, name: 'Xen', aliases: [], groupHandles: ['NixOS/xen'], members: [], assigneeIds: [], createdAt: '2026-01-01T00:00:00.000Z' };
const email = item('email', { teamId: xen.id, text: 'We would like a @nixos.org email\nto apply for the pre-disclosure list.', createdAt: '2026-01-01T00:00:00.000Z' });
const base: TeamReplyInput = { team: xen, items: [email], decisions: [], today: '2026-05-01', meeting: meeting({ teamIds: [xen.id], startsAt: '2026-04-29T17:00:00.000Z' }) };

describe('teamReply', () => {
  it('quotes each ask and follows it with its decision', () => {
    const d = decision('d1', { title: 'Give Xen a team email', status: 'approved', itemIds: ['email' as ItemId], rationale: 'Security lists need it.' });
    const out = teamReply({ ...base, decisions: [d] });
    expect(out).toContain('> We would like a `@nixos.org` email\n> to apply for the pre-disclosure list.\n\n**Decision:** Approved — Give Xen a team email\n\nSecurity lists need it.');
  });

  it('claims no discussion when the meeting is only planned and the ask is on no agenda', () => {
    expect(teamReply(base).startsWith('Hi @NixOS/xen, thank you for your update! Here is where the Steering Committee stands on each of your asks.')).toBe(true);
  });

  it('quotes a long ask whole: the SC never posts a team’s words cut short', () => {
    const long = `${'We need a build box for the staging cycles of the stdenv. '.repeat(30)}That is all.`;
    const out = teamReply({ ...base, items: [item('long', { teamId: xen.id, text: long })] });
    expect(out).toContain('That is all.');
    expect(out).not.toContain('…');
  });

  it('gives the status of an ask that has no decision yet', () => {
    expect(teamReply(base)).toContain('**Status:** Received and triaged; the SC will come back to you.');
  });

  it('renders each ask as a blockquote on Discourse-flavoured Markdown', () => {
    const second = item('ci', { teamId: xen.id, text: 'CI runners', createdAt: '2026-02-01T00:00:00.000Z' });
    const tokens = md.parse(teamReply({ ...base, items: [email, second] }), {});
    expect(tokens.filter((t) => t.type === 'blockquote_open')).toHaveLength(2);
  });

  it('withholds a confidential ask and the content of a non-public decision', () => {
    const secret = item('s', { teamId: xen.id, text: 'secret ask', confidential: true });
    const d = decision('d2', { title: 'Hidden outcome', status: 'approved', itemIds: ['email' as ItemId], confidentiality: 'sc-internal' });
    const out = teamReply({ ...base, items: [email, secret], decisions: [d] });
    expect(out).not.toContain('secret ask');
    expect(out).not.toContain('Hidden outcome');
    expect(out).toContain('_One item withheld (confidential)._');
  });

  it('keeps a hostile ask inside its quote', () => {
    const bad = item('bad', { teamId: xen.id, text: '</blockquote><script>x</script>\n# heading' });
    const html = md.render(teamReply({ ...base, items: [bad] }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<h1>');
  });

  it('leaves out other teams’ asks', () => {
    const other = item('o', { teamId: teamId('stdenv'), text: 'stdenv ask' });
    expect(teamReply({ ...base, items: [email, other] })).not.toContain('stdenv ask');
  });
});

describe('teamReply after a meeting', () => {
  const held = meeting({ teamIds: [xen.id], startsAt: '2026-04-29T17:00:00.000Z', status: 'held' });
  const ci = item('ci', { teamId: xen.id, text: 'CI runners for Xen', status: 'new', createdAt: '2026-02-01T00:00:00.000Z' });
  const onAgenda = (...itemIds: string[]) => itemIds.map((id, i) => entry(`e${i}`, { meetingId: held.id, itemId: id as ItemId }));
  const after = (over: Partial<TeamReplyInput>): TeamReplyInput => ({ ...base, meeting: held, meetings: [held], items: [email, ci], ...over });

  it('says an ask on the held meeting’s agenda was discussed there, and one that was not still waits', () => {
    const out = teamReply(after({ entries: onAgenda('email') }));
    expect(out).toContain('**Status:** Discussed at the meeting on 2026-04-29.');
    expect(out).toContain('> CI runners for Xen\n\n**Status:** Received; the SC has not discussed it yet.');
  });

  it('opens with how many asks were discussed, never more than were', () => {
    expect(teamReply(after({ entries: onAgenda('email') }))).toContain('We discussed 1 of your 2 asks at our meeting on 2026-04-29.');
    expect(teamReply(after({ entries: onAgenda('email', 'ci') }))).toContain('We discussed your asks at our meeting on 2026-04-29.');
    expect(teamReply(after({ items: [email], entries: onAgenda('email') }))).toContain('We discussed your ask at our meeting on 2026-04-29.');
  });

  it('does not say "We discussed" when the held meeting’s agenda had none of the asks', () => {
    const out = teamReply(after({ entries: [entry('other', { meetingId: held.id, title: 'Hosting costs' })] }));
    expect(out).not.toContain('discussed them');
    expect(out).not.toContain('We discussed');
    expect(out).not.toContain('Discussed at');
  });

  it('says an ask is on the agenda of a meeting not held yet, without claiming a discussion', () => {
    const planned = { ...held, status: 'planned' as const };
    const out = teamReply(after({ meeting: planned, meetings: [planned], entries: onAgenda('email') }));
    expect(out).toContain('1 of your 2 asks is on the agenda of our meeting on 2026-04-29.');
    expect(out).toContain('**Status:** On the agenda of the meeting on 2026-04-29.');
    expect(out).not.toContain('iscussed at');
  });

  it('counts an ask answered by a decision on the agenda as discussed, and gives the outcome with the meeting’s day', () => {
    // Typed in a week early: the day the team reads is the meeting's (shared/decisions/decision-day.ts).
    const d = decision('d1', {
      title: 'Give Xen a team email', status: 'approved', itemIds: ['email' as ItemId], decidedOn: '2026-04-22', venue: { kind: 'meeting', meetingId: held.id },
    });
    const out = teamReply(after({ decisions: [d], entries: [entry('e', { meetingId: held.id, decisionId: d.id })] }));
    expect(out).toContain('**Status:** Discussed at the meeting on 2026-04-29.\n\n**Decision:** Approved on 2026-04-29 — Give Xen a team email');
  });

  it('gives a decision’s rationale under the first ask it answers and refers back to it under the others', () => {
    const d = decision('d1', { title: 'Give Xen a team email', status: 'approved', itemIds: ['email', 'ci'] as ItemId[], rationale: 'Security lists need it.', decidedOn: '2026-04-29' });
    const out = teamReply(after({ decisions: [d], entries: onAgenda('email', 'ci') }));
    expect(out.match(/Security lists need it\./g)).toHaveLength(1);
    expect(out).toContain('**Decision:** Approved on 2026-04-29 — Give Xen a team email (see above)');
  });

  it('keeps a confidential decision’s content out even when the ask was discussed', () => {
    const d = decision('d2', { title: 'Hidden outcome', status: 'approved', itemIds: ['email' as ItemId], confidentiality: 'sc-internal' });
    const out = teamReply(after({ decisions: [d], entries: onAgenda('email') }));
    expect(out).not.toContain('Hidden outcome');
    expect(out).toContain('**Status:** Discussed at the meeting on 2026-04-29.\n\n**Decision:** taken; it is confidential for now.');
  });

  it('answers the asks of one post in the order the team wrote them', () => {
    const at = (id: string, start: number) => item(id, { teamId: xen.id, text: `ask ${id}`, createdAt: '2026-01-01T00:00:00.000Z', span: [start, start + 5] });
    const out = teamReply({ ...base, items: [at('a-second', 50), at('z-first', 10)] });
    expect(out.indexOf('ask z-first')).toBeLessThan(out.indexOf('ask a-second'));
  });
});
