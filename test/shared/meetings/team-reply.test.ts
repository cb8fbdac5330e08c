import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { teamReply, type TeamReplyInput } from '../../../shared/meetings/team-reply';
import type { ItemId, TeamId } from '../../../shared/model/ids';
import type { TeamRow } from '../../../shared/model/rows';
import { decision, item, meeting, teamId } from './builders';

const md = new MarkdownIt();
const xen: TeamRow = { id: teamId('xen') as TeamId, name: 'Xen', aliases: [], groupHandles: ['NixOS/xen'], members: [], assigneeIds: [], createdAt: '2026-01-01T00:00:00.000Z' };
const email = item('email', { teamId: xen.id, text: 'We would like a @nixos.org email\nto apply for the pre-disclosure list.', createdAt: '2026-01-01T00:00:00.000Z' });
const base: TeamReplyInput = { team: xen, items: [email], decisions: [], today: '2026-05-01', meeting: meeting({ teamIds: [xen.id], startsAt: '2026-04-29T17:00:00.000Z' }) };

describe('teamReply', () => {
  it('quotes each ask and follows it with its decision', () => {
    const d = decision('d1', { title: 'Give Xen a team email', status: 'approved', itemIds: ['email' as ItemId], rationale: 'Security lists need it.' });
    const out = teamReply({ ...base, decisions: [d] });
    expect(out).toContain('> We would like a @nixos.org email\n> to apply for the pre-disclosure list.\n\n**Decision:** Approved — Give Xen a team email\n\nSecurity lists need it.');
    expect(out.startsWith('Hi @NixOS/xen, thank you for your update! We discussed them in our meeting on 2026-04-29.')).toBe(true);
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
