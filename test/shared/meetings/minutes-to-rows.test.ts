import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/meetings/import-minutes';
import { minutesToRows } from '../../../shared/meetings/minutes-to-rows';
import { actionRow, agendaEntryRow, meetingRow } from '../../../shared/model/rows';
import { member, memberId } from './builders';

const parsed = parseMinutes(readFileSync(new URL('../../fixtures/reference/minutes/2026-04-29.md', import.meta.url), 'utf8'), '2026-04-29.md');
const members = ['tomberek', 'JulienMalka', 'philiptaron', 'roberth', 'Ericson2314', 'K900', 'cafkafk'].map((h) => member(h));
const rows = minutesToRows(parsed, { members, now: '2026-05-01T00:00:00.000Z' });

describe('minutesToRows', () => {
  it('makes a held meeting with present and absent members on the minutes’ day', () => {
    expect(rows.meeting).toMatchObject({ status: 'minutes-published', startsAt: '2026-04-29T12:00:00.000Z', recorderId: memberId('tomberek'), observers: ['@edef1c'] });
    expect(rows.meeting.attendance[memberId('cafkafk')]).toBe('absent');
    expect(rows.meeting.attendance[memberId('roberth')]).toBe('present');
  });

  it('produces rows that pass the model’s schemas', () => {
    expect(() => meetingRow.parse(rows.meeting)).not.toThrow();
    rows.entries.forEach((e) => expect(() => agendaEntryRow.parse(e)).not.toThrow());
    rows.actions.forEach((a) => expect(() => actionRow.parse(a)).not.toThrow());
  });

  it('turns open Tasking lines into open actions owned by the matching member', () => {
    const open = rows.actions.filter((a) => a.status === 'open' && a.owner.kind === 'member');
    expect(open.map((a) => [a.owner.kind === 'member' ? a.owner.memberId : '', a.text])).toEqual([
      [memberId('JulienMalka'), 'chairperson'],
      [memberId('tomberek'), 'post approvals into dedicated channel'],
      [memberId('tomberek'), 'meeting notes follow-up'],
      [memberId('Ericson2314'), '4/15th meeting notes'],
    ]);
  });

  it('gives the same ids on a second import', () => {
    const again = minutesToRows(parsed, { members, now: '2026-06-01T00:00:00.000Z' });
    expect(again.actions.map((a) => a.id)).toEqual(rows.actions.map((a) => a.id));
    expect(again.meeting.id).toBe(rows.meeting.id);
  });

  it('names attendees who are not SC members', () => {
    expect(minutesToRows(parsed, { members: members.slice(0, 5), now: '2026-05-01T00:00:00.000Z' }).unknownHandles).toEqual(['K900', 'cafkafk']);
  });
});
