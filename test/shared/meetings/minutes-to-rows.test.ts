import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/meetings/import-minutes';
import { checkMinutesRows } from '../../../shared/meetings/minutes-import/check-rows';
import { minutesMeetingId, minutesToRows } from '../../../shared/meetings/minutes-to-rows';
import { FIXTURE_FILES, mid, NOW, scMembers } from './minutes-fixtures/roster';

const read = (name: string) => readFileSync(new URL(`../../fixtures/minutes/${name}`, import.meta.url), 'utf8');
const rowsOf = (text: string, name = 'x.md', members = scMembers) => minutesToRows(parseMinutes(text, name), { members, now: NOW });
const w18 = rowsOf(read('2026-04-29.md'), '2026-04-29.md');

describe('minutesToRows', () => {
  it('makes a held meeting with present and absent members on the minutes’ day', () => {
    expect(w18.meeting).toMatchObject({ status: 'minutes-published', startsAt: '2026-04-29T12:00:00.000Z', recorderId: mid('tomberek'), observers: ['@edef1c'] });
    expect(w18.meeting.attendance[mid('cafkafk')]).toBe('absent');
    expect(w18.meeting.attendance[mid('roberth')]).toBe('present');
  });

  it('turns open Tasking lines into open actions owned by the matching member, in the order written', () => {
    expect(w18.actions.map((a) => [a.owner.kind === 'member' ? a.owner.memberId : '', a.text, a.status])).toEqual([
      [mid('JulienMalka'), 'chairperson', 'open'], [mid('tomberek'), 'post approvals into dedicated channel', 'open'],
      [mid('tomberek'), 'meeting notes follow-up', 'open'], [mid('Ericson2314'), '4/15th meeting notes', 'open'],
    ]);
    expect([...w18.actions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))).toEqual(w18.actions);
  });

  it('records the decisions of the notes linked to the meeting, with the votes of members', () => {
    const tangled = w18.decisions[0]!;
    expect(tangled).toMatchObject({ title: 'Tangled: gold (https://tangled.sh)', status: 'approved', decidedOn: '2026-04-29', meetingId: w18.meeting.id, venue: { kind: 'meeting', meetingId: w18.meeting.id } });
    expect(tangled.votes).toContainEqual({ memberId: mid('Ericson2314'), vote: '+1', rationale: 'retroactively, seeing this week' });
    expect(tangled.votes).toContainEqual({ memberId: mid('K900'), vote: 'abstain' });
  });

  it('keeps the votes of people not on the roster in the decision’s rationale', () => {
    const d = rowsOf(read('2026-04-15.md'), '2026-04-15.md').decisions[0]!;
    expect(d.rationale).toContain('Votes written for people not on the roster: luj +1');
  });

  it('gives the meeting its own layout, timeboxes included, and the attendance notes a section after Attendees', () => {
    const w20 = rowsOf(read('2026-05-13.md'), '2026-05-13.md');
    expect(w20.layout?.template.sections.map((s) => [s.title, s.timeboxMin])).toEqual([
      ['Attendees', undefined], ['Attendance notes', undefined], ['Housekeeping', undefined], ['Correspondence and Reports', 5], ['Async Updates', 5],
      ['Old topics', 20], ['New topics', 20], ['Announcements', 5], ['Post Adjournment', undefined], ['Tasking', 5],
    ]);
    expect(w20.meeting.templateId).toBe(w20.layout?.id);
    expect(w20.entries.filter((e) => e.section === 'Attendance notes').map((e) => e.title)).toEqual(['Absent: @K900 (internet issues)']);
  });

  it('gives the same ids on a second import', () => {
    const again = rowsOf(read('2026-04-29.md'), '2026-04-29.md');
    expect([again.meeting.id, ...again.entries.map((e) => e.id), ...again.actions.map((a) => a.id), ...again.decisions.map((d) => d.id)])
      .toEqual([w18.meeting.id, ...w18.entries.map((e) => e.id), ...w18.actions.map((a) => a.id), ...w18.decisions.map((d) => d.id)]);
  });

  it('names attendees who are not SC members, and matches a first name only with a question', () => {
    const rows = rowsOf(read('2025-11-13.md'), '2025-11-13.md');
    expect(rows.unknownHandles).toEqual(['Luj']);
    expect(rows.meeting.attendance[mid('Ericson2314')]).toBe('present');
    expect(rows.uncertain).toContainEqual({ what: '“John”', why: 'matched by first name to John Ericson (@Ericson2314)' });
    expect(rowsOf(read('2026-04-29.md'), 'x.md', scMembers.slice(0, 5)).unknownHandles).toEqual(['@cafkafk', '@K900']);
  });

  it('keeps ids within 200 characters whatever the headings and the series (the issue-15 backup)', () => {
    const long = 'A very long heading '.repeat(40);
    const rows = minutesToRows(parseMinutes(`# M 2026-01-01\n## ${long}\n### ${long}\n- ${long}\n## Tasking\n- @x: ${long}\n`, 'x.md'), { members: scMembers, now: NOW, seriesKey: `team:${'s'.repeat(250)}` });
    const ids = [rows.meeting.id, ...rows.entries.map((e) => e.id), ...rows.actions.map((a) => a.id), ...(rows.layout ? [rows.layout.id] : [])];
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(200);
    expect(minutesMeetingId('s'.repeat(500), '2026-01-01').length).toBeLessThan(60);
    expect(() => checkMinutesRows({ ...rows, templates: [] }, 'x.md')).not.toThrow();
  });

  it.each(FIXTURE_FILES)('makes rows for %s that the restore schemas accept', (file) => {
    const rows = rowsOf(read(file), file);
    const layout = rows.layout ? [{ id: rows.layout.id, kind: 'meeting' as const, name: rows.layout.name, body: rows.layout.body, isBuiltIn: false, updatedAt: NOW }] : [];
    expect(() => checkMinutesRows({ ...rows, templates: layout }, file)).not.toThrow();
  });

  it('refuses a row a restore would refuse, naming the file and the field', () => {
    const bad = { ...w18.entries[0]!, id: 'x'.repeat(201) as (typeof w18.entries)[number]['id'] };
    expect(() => checkMinutesRows({ ...w18, entries: [bad], templates: [] }, '2026-04-29.md')).toThrow(/^2026-04-29\.md: topic 1 .* its id is longer than 200 characters\. Nothing was imported\.$/);
  });

  it('marks entries and decisions SC-internal when the minutes are not public', () => {
    const internal = minutesToRows(parseMinutes(read('2026-04-29.md'), 'x.md'), { members: scMembers, now: NOW, isPublic: false });
    expect(internal.entries.every((e) => e.confidential)).toBe(true);
    expect(internal.decisions.every((d) => d.confidentiality === 'sc-internal')).toBe(true);
  });
});
