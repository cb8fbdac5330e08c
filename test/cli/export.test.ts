import { describe, expect, it } from 'vitest';
import { main } from '../../cli/index';
import { runExport } from '../../cli/commands/export';
import type { Io } from '../../cli/io';
import { buildBackup, serializeBackup, type BackupTables } from '../../shared/backup/format';
import { exportVoteLog } from '../../shared/export/vote-log';
import { WITHHELD_LINE } from '../../shared/meetings/render-common';
import { BUILT_IN_TEMPLATE_IDS, TEAM_MEETING_TEMPLATE } from '../../shared/meetings/templates';
import { localTimeZone } from '../../shared/meetings/week';
import { TABLE_NAMES, type TeamRow, type TemplateId } from '../../shared/model';
import { meetingDocument } from '../../shared/meetings/meeting-documents';
import { action, decision, entry, item, meeting, member, teamId } from '../shared/meetings/builders';

const TODAY = '2026-05-01';
const team = (id: string, name: string): TeamRow => ({ id: teamId(id), name, aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2026-04-01T10:00:00.000Z' });

/** A workspace with one documentation meeting: a linked ask, a free entry, a confidential entry, a decision and an action. */
function tables(): BackupTables {
  const empty = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as BackupTables;
  const m = meeting({ memberIds: [member('tomberek').id, member('JulienMalka').id], chairId: member('tomberek').id, templateId: BUILT_IN_TEMPLATE_IDS.team as TemplateId });
  return {
    ...empty,
    teams: [team('documentation', 'Documentation'), team('xen', 'Xen')],
    members: [member('tomberek'), member('JulienMalka')],
    items: [item('ask-1', { text: 'New contributors for the docs team (edited after the agenda)' })],
    decisions: [decision('d-1', { number: 3, title: 'Welcome the new contributors', status: 'approved', meetingId: m.id, venue: { kind: 'meeting', meetingId: m.id }, votes: [{ memberId: member('tomberek').id, vote: '+1' }] }),
      decision('d-2', { number: 4, title: 'Secret budget', confidentiality: 'confidential', teamIds: [teamId('xen')] })],
    actions: [action('a-1', { text: 'Write the onboarding page', meetingId: m.id, origin: { kind: 'meeting', meetingId: m.id }, dueOn: '2026-05-13' })],
    meetings: [m],
    agendaEntries: [
      entry('e-1', { itemId: item('ask-1').id, title: 'Old copy of the ask', decisionId: decision('d-1').id, minutes: 'Agreed quickly', conclusion: 'Welcome them' }),
      entry('e-2', { section: 'Blockers', title: 'Infrastructure access', timeboxMin: 10 }),
      entry('e-3', { section: 'Blockers', order: 2, title: 'Moderation escalation names', confidential: true }),
    ],
    templates: [{ id: BUILT_IN_TEMPLATE_IDS.team as TemplateId, kind: 'meeting', name: 'Team meeting', body: TEAM_MEETING_TEMPLATE, isBuiltIn: true, updatedAt: '2026-04-01T10:00:00.000Z' }],
  };
}

function backupText(t: BackupTables = tables()): string {
  return serializeBackup(buildBackup(t, { appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-05-01T08:00:00.000Z', reason: 'manual' }));
}

function run(args: string[], files: Record<string, string> = { 'desk.json': backupText() }) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return new TextEncoder().encode(text);
    },
  };
  const code = main(args, io);
  return { code, out, err };
}

describe('export agenda and minutes', () => {
  it('prints the same agenda as the app’s Export panel, finding the meeting by its title', () => {
    const t = tables();
    const { code, out } = run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'documentation team meeting', '--today', TODAY]);
    expect(code).toBe(0);
    expect(out).toBe(meetingDocument(t, t.meetings[0]!, 'agenda', { isPublic: false, today: TODAY, viewerZone: localTimeZone() }).markdown);
  });

  it('prints the same minutes as the app, with the decision, its votes and the action', () => {
    const t = tables();
    const { code, out } = run(['export', 'minutes', '--backup=desk.json', '--meeting=meet-1', '--today', TODAY]);
    expect(code).toBe(0);
    expect(out).toBe(meetingDocument(t, t.meetings[0]!, 'minutes', { isPublic: false, today: TODAY }).markdown);
    expect(out).toContain('Decision: Welcome the new contributors (approved)');
    expect(out).toContain('Write the onboarding page (due 2026-05-13)');
  });

  it('titles a linked entry from its item as it is now, not from the copy taken for the agenda', () => {
    const { out } = run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'meet-1', '--today', TODAY]);
    expect(out).toContain('edited after the agenda');
    expect(out).not.toContain('Old copy of the ask');
  });

  it('withholds confidential entries with --public and marks them without it', () => {
    const pub = run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'meet-1', '--public', '--today', TODAY]).out;
    const internal = run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'meet-1', '--today', TODAY]).out;
    expect(pub).toContain(WITHHELD_LINE);
    expect(pub).not.toContain('Moderation escalation names');
    expect(internal).toContain('Moderation escalation names _(confidential)_');
  });

  it('lists the meetings of the backup when none has the id or title asked for', () => {
    const { code, err } = run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'Nope']);
    expect(code).toBe(1);
    expect(err).toContain('no meeting has the id or title "Nope"');
    expect(err).toContain('meet-1');
  });

  it('asks for an id when two meetings share the title', () => {
    const t = tables();
    t.meetings.push({ ...t.meetings[0]!, id: 'meet-2' as never });
    const { code, err } = run(['export', 'minutes', '--backup', 'desk.json', '--meeting', 'Documentation team meeting'], { 'desk.json': backupText(t) });
    expect(code).toBe(1);
    expect(err).toMatch(/2 meetings are titled .*meet-1.*meet-2/s);
  });
});

describe('export vote-log and decision-log', () => {
  it('prints the vote log of a decision found by its number', () => {
    const t = tables();
    const { code, out } = run(['export', 'vote-log', '--backup', 'desk.json', '--decision', '3', '--today', TODAY]);
    expect(code).toBe(0);
    const ctx = { members: t.members, teams: t.teams, items: t.items, meetings: t.meetings, decisions: t.decisions, today: TODAY };
    expect(out).toBe(exportVoteLog(t.decisions[0]!, ctx, { layout: 'modern', audience: 'internal' }).markdown);
  });

  it('refuses to publish a confidential decision as a public vote log', () => {
    const { code, err } = run(['export', 'vote-log', '--backup', 'desk.json', '--decision', 'd-2', '--public', '--today', TODAY]);
    expect(code).toBe(1);
    expect(err).toContain('#4');
  });

  it('limits the decision log to one team, named as the app names it', () => {
    const { code, out } = run(['export', 'decision-log', '--backup', 'desk.json', '--team', 'xen', '--today', TODAY]);
    expect(code).toBe(0);
    expect(out).toContain('Secret budget');
    expect(out).not.toContain('Welcome the new contributors');
  });

  it('names the teams it knows when the team is unknown', () => {
    const { code, err } = run(['export', 'decision-log', '--backup', 'desk.json', '--team', 'Infra']);
    expect(code).toBe(1);
    expect(err).toContain('Documentation, Xen');
  });
});

describe('bad input', () => {
  it('refuses a backup changed after it was written, naming the file', () => {
    const text = backupText().replace('Infrastructure access', 'Infrastructure accesS');
    const { code, err } = run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'meet-1'], { 'desk.json': text });
    expect(code).toBe(1);
    expect(err).toMatch(/desk\.json: .*checksum/);
  });

  it('says which file could not be read', () => {
    const { code, err } = run(['export', 'agenda', '--backup', 'missing.json', '--meeting', 'meet-1']);
    expect(code).toBe(1);
    expect(err).toContain('missing.json: cannot be read');
  });

  it('exits 2 with the usage when --backup is missing', () => {
    const { code, err } = run(['export', 'agenda', '--meeting', 'meet-1']);
    expect(code).toBe(2);
    expect(err).toContain('export needs --backup FILE');
    expect(err).toContain('Usage:');
  });

  it('exits 2 for an unknown document kind or flag', () => {
    expect(run(['export', 'slides', '--backup', 'desk.json']).code).toBe(2);
    expect(run(['export', 'agenda', '--backup', 'desk.json', '--meeting', 'meet-1', '--colour']).code).toBe(2);
  });

  it('throws usage errors from runExport for the caller to print', () => {
    expect(() => runExport(['vote-log', '--backup', 'desk.json'], { stdout: () => undefined, stderr: () => undefined, readFile: () => new Uint8Array() })).toThrow('--decision');
  });
});
