import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportAgenda, type AgendaExportInput } from '../../../shared/meetings/export-agenda';
import { exportRound } from '../../../shared/meetings/export-round';
import { NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE, parseMeetingTemplate } from '../../../shared/meetings/templates';
import type { MeetingId, TeamId } from '../../../shared/model/ids';
import type { TeamRow } from '../../../shared/model/rows';
import { decision, entry, meeting, member, memberId, teamId } from './builders';
import { entries as w18Entries, members as scMembers, w18 } from './reference-meeting';

const md = new MarkdownIt();
const headings = (src: string) => {
  const tokens = md.parse(src, {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1]!.content}`] : []));
};
const processDoc = readFileSync(new URL('../../fixtures/reference/meetings.md', import.meta.url), 'utf8');
const templateBlock = /```md\n([\s\S]*?)```/.exec(processDoc)![1]!;
const team = parseMeetingTemplate(TEAM_MEETING_TEMPLATE);
const docs: TeamRow = { id: teamId('documentation') as TeamId, name: 'Documentation', aliases: [], groupHandles: [], members: ['fricklerhandwerk'], assigneeIds: [], createdAt: '2026-01-01T00:00:00.000Z' };
const members = [member('roberth'), member('cafkafk')];
const docsMeeting = meeting({ memberIds: members.map((m) => m.id), teamReps: ['fricklerhandwerk'], recorderId: memberId('cafkafk') });
const input: AgendaExportInput = {
  meeting: docsMeeting, template: team, members, teams: [docs], public: false, today: '2026-04-28',
  entries: [entry('a', { title: 'Docs budget', section: 'Budget', timeboxMin: 5, presenter: 'fricklerhandwerk' }), entry('b', { title: 'Learning journey', section: 'Asks and decisions' })],
};

describe('exportAgenda', () => {
  it('follows the heading layout of the SC template for the SC meeting', () => {
    const out = exportAgenda({ ...input, meeting: w18, members: scMembers, entries: w18Entries, template: parseMeetingTemplate(NIXOS_SC_TEMPLATE) });
    const levels = (hs: string[]) => hs.map((h) => h.replace(/W\S+ - Wed \S+/, 'W - Wed'));
    expect(levels(headings(out))).toEqual(levels(headings(templateBlock)));
  });

  it('titles a team meeting with its week, day and name, and lists the team’s sections', () => {
    expect(headings(exportAgenda(input))).toEqual([
      'h1 Meeting agenda W18 - Wed 2026-04-29 - Documentation team meeting', 'h2 Attendees', 'h2 Status check (5 min)',
      'h2 Asks and decisions (10 min)', 'h2 Blockers (5 min)', 'h2 Budget (5 min)', 'h2 Actions (5 min)',
    ]);
  });

  it('shows when the meeting is in the viewer’s zone too', () => {
    expect(exportAgenda({ ...input, viewerZone: 'Europe/Berlin' })).toContain('Wed 2026-04-29 17:00 UTC (19:00 Europe/Berlin) · 30 min · Teams: Documentation');
  });

  it('writes attendees, presenter and timebox of each entry', () => {
    const out = exportAgenda(input);
    expect(out).toContain('- Members: @roberth, @cafkafk\n- Team: @fricklerhandwerk\n- Observers:\n- Recorder: @cafkafk');
    expect(out).toContain('- Docs budget — @fricklerhandwerk (5 min)');
  });

  it('prints no empty attendee line and no empty section in the public version; the internal one keeps every timed section', () => {
    const pub = exportAgenda({ ...input, public: true });
    expect(pub).toContain('- Members: @roberth, @cafkafk\n- Team: @fricklerhandwerk\n- Recorder: @cafkafk\n');
    expect(pub).not.toMatch(/^- [^:\n]+:$/m);
    // Only the sections with entries are published; the SC's own agenda plans every slot.
    const withEntries = headings(exportAgenda(input)).filter((h) => !/Status check|Blockers|Actions/.test(h));
    expect(headings(pub)).toEqual(withEntries);
    expect(pub).not.toContain('## Blockers (5 min)');
    expect(exportAgenda(input)).toContain('## Blockers (5 min)');
  });

  it('says so when a published agenda has nothing on it yet', () => {
    const pub = exportAgenda({ ...input, public: true, entries: [] });
    expect(pub.endsWith('## Attendees\n- Members: @roberth, @cafkafk\n- Team: @fricklerhandwerk\n- Recorder: @cafkafk\n\n_No topics on the agenda yet._\n')).toBe(true);
  });

  it('writes a typed name as a name and a typed @handle or known username as a mention', () => {
    const reps = meeting({ teamReps: ['Yaroslav', '@hongbo', 'fricklerhandwerk'] });
    expect(exportAgenda({ ...input, meeting: reps })).toContain('- Team: Yaroslav, @hongbo, @fricklerhandwerk\n');
  });

  it('reports a decision taken since the team’s last meeting with its outcome and day', () => {
    const sc = meeting({ id: 'sc-1' as MeetingId, teamIds: [], startsAt: '2026-04-22T17:00:00.000Z', status: 'held' });
    const d = decision('d1', { title: 'Fund the docs sprint', status: 'approved', venue: { kind: 'meeting', meetingId: sc.id } });
    const out = exportAgenda({ ...input, decisions: [d], meetings: [sc], entries: [entry('r', { decisionId: d.id, title: d.title, timeboxMin: 2 })] });
    expect(out).toContain('- Decided: Fund the docs sprint (approved on 2026-04-22) (2 min)');
  });

  it('states the planned total in the internal agenda and shows an overrun in bold', () => {
    expect(exportAgenda(input)).toContain('_Planned: 30 of 30 min, 0 min to spare._');
    const long = { ...input, entries: [entry('x', { section: 'Budget', timeboxMin: 15 })] };
    expect(exportAgenda(long)).toContain('_Planned: 40 of 30 min, **over by 10 min**._');
  });

  it('leaves the planning note out of the public agenda: it is the SC’s bookkeeping', () => {
    const pub = exportAgenda({ ...input, public: true });
    expect(pub).not.toContain('Planned:');
    expect(pub.endsWith('- Docs budget — @fricklerhandwerk (5 min)\n')).toBe(true);
  });

  it('replaces a confidential entry by the withheld line in the public version', () => {
    const secret = { ...input, entries: [entry('s', { title: 'Moderation case', section: 'Blockers', confidential: true })] };
    const pub = exportAgenda({ ...secret, public: true });
    expect(pub).not.toContain('Moderation case');
    expect(pub).toContain('- _One item withheld (confidential)._');
    expect(exportAgenda(secret)).toContain('- Moderation case _(confidential)_');
  });
});

describe('exportRound', () => {
  const xenMeeting = meeting({ id: 'xen-m' as MeetingId, title: 'Xen team meeting', teamIds: [teamId('xen')], startsAt: '2026-04-28T15:00:00.000Z', memberIds: [memberId('roberth')] });
  const out = exportRound({
    title: 'Team meetings, April round', meetings: [docsMeeting, xenMeeting], entries: input.entries, templateOf: () => team,
    members, teams: [docs, { ...docs, id: teamId('xen') as TeamId, name: 'Xen' }], public: false, today: '2026-04-28',
  });

  it('opens with a table of team, date and SC members in date order', () => {
    const rows = out.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toEqual([
      '| Team | Date | SC members |',
      '| --- | --- | --- |',
      '| Xen | Tue 2026-04-28 15:00 UTC | @roberth |',
      '| Documentation | Wed 2026-04-29 17:00 UTC | @roberth, @cafkafk |',
    ]);
    expect(md.parse(out, {}).some((t) => t.type === 'table_open')).toBe(true);
  });

  it('nests each meeting’s agenda one heading level down', () => {
    const hs = headings(out);
    expect(hs[0]).toBe('h1 Team meetings, April round');
    expect(hs.filter((h) => h.startsWith('h2'))).toEqual(['h2 Meeting agenda W18 - Tue 2026-04-28 - Xen team meeting', 'h2 Meeting agenda W18 - Wed 2026-04-29 - Documentation team meeting']);
    expect(hs.filter((h) => h.startsWith('h3 Budget'))).toHaveLength(2);
  });

  it('puts each entry only under its own meeting', () => {
    expect(out.match(/Docs budget/g)).toHaveLength(1);
  });
});
