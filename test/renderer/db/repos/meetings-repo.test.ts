import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { addEntries } from '../../../../renderer/db/repos/agenda-repo';
import { historyOf } from '../../../../renderer/db/repos/history-repo';
import {
  createMeetings, ensureBuiltInTemplates, ensureCarriedOver, resetTemplate, saveTemplate, updateMeeting,
} from '../../../../renderer/db/repos/meetings-repo';
import { saveImportedMinutes } from '../../../../renderer/db/repos/minutes-import-repo';
import { parseMinutes } from '../../../../shared/meetings/import-minutes';
import { minutesToRows } from '../../../../shared/meetings/minutes-to-rows';
import { BUILT_IN_TEMPLATE_IDS, NIXOS_SC_TEMPLATE } from '../../../../shared/meetings/templates';
import type { ActionId, MeetingId, MemberId, TeamId, TemplateId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

const xen = 'xen' as TeamId;
const scTemplate = BUILT_IN_TEMPLATE_IDS.nixosSc as TemplateId;

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});

describe('meeting templates', () => {
  it('seeds the two built-in templates once and keeps a member’s edit on the next start', async () => {
    await ensureBuiltInTemplates();
    await saveTemplate(scTemplate, { name: 'NixOS SC meeting', body: '## Only section (10 min)\n' });
    await ensureBuiltInTemplates();
    const rows = await db.templates.toArray();
    expect(rows.map((t) => t.id).sort()).toEqual([BUILT_IN_TEMPLATE_IDS.nixosSc, BUILT_IN_TEMPLATE_IDS.team].sort());
    expect(rows.every((t) => t.kind === 'meeting' && t.isBuiltIn)).toBe(true);
    expect((await db.templates.get(scTemplate))?.body).toBe('## Only section (10 min)\n');
  });

  it('refuses a template body that does not parse and names the line', async () => {
    await ensureBuiltInTemplates();
    await expect(saveTemplate(scTemplate, { name: 'SC', body: '## Intro\nnot a bullet' })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('line 2') });
    expect((await db.templates.get(scTemplate))?.body).toBe(NIXOS_SC_TEMPLATE);
  });

  it('resets an edited built-in template to the text it shipped with', async () => {
    await ensureBuiltInTemplates();
    await saveTemplate(scTemplate, { name: 'SC', body: '## Short (5 min)\n' });
    await resetTemplate(scTemplate);
    expect((await db.templates.get(scTemplate))?.body).toBe(NIXOS_SC_TEMPLATE);
  });
});

describe('createMeetings', () => {
  it('puts a team meeting in the team’s series with the team template, starting at the wall-clock time of its zone', async () => {
    const [m] = await createMeetings([{ title: 'Xen team meeting', teamIds: [xen], date: '2026-05-06', time: '17:00', timeZone: 'Europe/Berlin', durationMin: 30 }]);
    expect(m).toMatchObject({ seriesKey: 'team:xen', templateId: BUILT_IN_TEMPLATE_IDS.team, startsAt: '2026-05-06T15:00:00.000Z', status: 'draft' });
    expect(await db.meetings.get(m!.id)).toEqual(m);
    expect(await historyOf('meetings', m!.id)).toHaveLength(1);
  });

  it('puts a meeting without teams in the SC series with the NixOS SC template', async () => {
    const [m] = await createMeetings([{ title: 'SC weekly', teamIds: [], timeZone: 'UTC', durationMin: 60 }]);
    expect(m).toMatchObject({ seriesKey: 'sc', templateId: BUILT_IN_TEMPLATE_IDS.nixosSc });
    expect(m!.startsAt).toBeUndefined();
  });

  it('saves no meeting of a round when one of them has an unknown time zone', async () => {
    const round = [
      { title: 'Xen', teamIds: [xen], date: '2026-05-06', time: '17:00', timeZone: 'UTC', durationMin: 30 },
      { title: 'Docs', teamIds: ['documentation' as TeamId], date: '2026-05-06', time: '17:00', timeZone: 'Mars/Olympus', durationMin: 30 },
    ];
    await expect(createMeetings(round)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('Mars/Olympus') });
    expect(await db.meetings.count()).toBe(0);
  });

  it('refuses an empty title', async () => {
    await expect(createMeetings([{ title: '  ', teamIds: [], timeZone: 'UTC', durationMin: 30 }])).rejects.toMatchObject({ code: 'missing-title' });
  });
});

describe('carry-over', () => {
  async function heldXenMeeting() {
    const [first] = await createMeetings([{ title: 'Xen 1', teamIds: [xen], date: '2026-05-06', time: '17:00', timeZone: 'UTC', durationMin: 30, status: 'planned' }]);
    const [open, done] = await addEntries(first!.id, [{ section: 'Blockers', title: 'Pre-disclosure list' }, { section: 'Status check', title: 'Status' }]);
    await db.agendaEntries.update(done!.id, { isDone: true });
    await db.actions.add({
      id: 'a1' as ActionId, text: 'Ask the foundation', owner: { kind: 'member', memberId: 'm-tom' as MemberId }, status: 'open',
      origin: { kind: 'meeting', meetingId: first!.id }, teamId: xen, meetingId: first!.id, createdAt: '2026-05-06T17:30:00.000Z', updatedAt: '2026-05-06T17:30:00.000Z',
    });
    await updateMeeting(first!.id, { status: 'held' }, 'held');
    return { first: first!, open: open! };
  }

  it('carries unfinished entries and open actions into the next meeting of the team when it is created', async () => {
    const { first, open } = await heldXenMeeting();
    const [next] = await createMeetings([{ title: 'Xen 2', teamIds: [xen], date: '2026-05-20', time: '17:00', timeZone: 'UTC', durationMin: 30 }]);
    const carried = await db.agendaEntries.where('meetingId').equals(next!.id).toArray();
    expect(carried.map((e) => [e.title, e.carriedFrom])).toEqual([['Pre-disclosure list', open.id]]);
    expect((await db.actions.get('a1'))?.meetingId).toBe(next!.id);
    expect(await db.agendaEntries.where('meetingId').equals(first.id).count()).toBe(2);
  });

  it('does not carry the same entry twice when the meeting is opened again', async () => {
    await heldXenMeeting();
    const [next] = await createMeetings([{ title: 'Xen 2', teamIds: [xen], date: '2026-05-20', time: '17:00', timeZone: 'UTC', durationMin: 30 }]);
    expect(await ensureCarriedOver(next!.id)).toBe(0);
    expect(await db.agendaEntries.where('meetingId').equals(next!.id).count()).toBe(1);
  });

  it('carries nothing from a meeting that has not been held yet', async () => {
    const [first] = await createMeetings([{ title: 'Xen 1', teamIds: [xen], date: '2026-05-06', time: '17:00', timeZone: 'UTC', durationMin: 30, status: 'planned' }]);
    await addEntries(first!.id, [{ section: 'Blockers', title: 'Pre-disclosure list' }]);
    const [next] = await createMeetings([{ title: 'Xen 2', teamIds: [xen], date: '2026-05-20', time: '17:00', timeZone: 'UTC', durationMin: 30 }]);
    expect(await db.agendaEntries.where('meetingId').equals(next!.id).count()).toBe(0);
  });
});

describe('saveImportedMinutes', () => {
  const file = 'test/fixtures/minutes/2026-04-29.md';
  const rowsOf = async () => minutesToRows(parseMinutes(readFileSync(file, 'utf8'), file), { members: await db.members.toArray(), now: '2026-05-01T00:00:00.000Z' });

  it('brings the meeting, its attendees, its topics and its open action items into the workspace', async () => {
    const rows = await rowsOf();
    await saveImportedMinutes([rows]);
    const meeting = await db.meetings.get(rows.meeting.id);
    expect(meeting).toMatchObject({ status: 'minutes-published', seriesKey: 'sc' });
    expect(meeting!.memberIds).toContain('m-tom' as MemberId);
    expect(await db.agendaEntries.where('meetingId').equals(rows.meeting.id).count()).toBe(rows.entries.length);
    expect(await db.actions.where('status').equals('open').count()).toBe(rows.actions.filter((a) => a.status === 'open').length);
    expect(rows.actions.some((a) => a.status === 'open')).toBe(true);
  });

  it('updates the same rows when the same minutes are imported twice', async () => {
    const rows = await rowsOf();
    await saveImportedMinutes([rows]);
    await saveImportedMinutes([await rowsOf()]);
    expect(await db.meetings.count()).toBe(1);
    expect(await db.agendaEntries.count()).toBe(rows.entries.length);
  });
});

describe('updateMeeting', () => {
  it('records attendance with a history row that undo can use', async () => {
    const [m] = await createMeetings([{ title: 'Xen', teamIds: [xen], timeZone: 'UTC', durationMin: 30, memberIds: ['m-tom' as MemberId] }]);
    await updateMeeting(m!.id as MeetingId, { attendance: { 'm-tom': 'late' } }, 'attendance');
    expect((await db.meetings.get(m!.id))?.attendance).toEqual({ 'm-tom': 'late' });
    const history = await historyOf('meetings', m!.id);
    expect(history.find((h) => h.summary === 'attendance')?.before).toEqual({ attendance: {}, updatedAt: m!.updatedAt });
  });
});
