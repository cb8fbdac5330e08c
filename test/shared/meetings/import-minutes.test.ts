import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/meetings/import-minutes';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/reference/${name}`, import.meta.url), 'utf8');
const w18 = parseMinutes(fixture('minutes/2026-04-29.md'), '2026-04-29.md');
const w20 = parseMinutes(fixture('minutes/2026-05-13.md'), '2026-05-13.md');
const open = (p: typeof w18) => p.actions.filter((a) => !a.done).map((a) => [a.owner, a.text]);

describe('parseMinutes on the 2026-04-29 reference minutes', () => {
  it('reads the title, ISO week and date', () => {
    expect([w18.title, w18.week, w18.date]).toEqual(['Meeting agenda W18 - Wed 2026-04-29', 18, '2026-04-29']);
  });

  it('reads members, observer, recorder and absentees', () => {
    expect(w18.attendees).toEqual({
      members: ['tomberek', 'JulienMalka', 'philiptaron', 'roberth', 'Ericson2314'],
      observers: ['@edef1c'],
      recorder: 'tomberek',
      absent: ['K900', 'cafkafk'],
    });
  });

  it('reads the sections with their timeboxes', () => {
    expect(w18.sections.map((s) => [s.title, s.timeboxMin])).toEqual([
      ['Attendees', undefined], ['Housekeeping', undefined], ['Correspondence and Reports', 5], ['Async Updates', 5],
      ['Old topics', 20], ['New topics', 20], ['Announcements', 5], ['Tasking', 5],
    ]);
  });

  it('turns the Tasking bullets and the unticked box into open actions with owners', () => {
    expect(open(w18)).toEqual([
      ['', 'Approve Previous Minutes: NOT DONE, PLEASE REVIEW AND APPROVE'],
      ['JulienMalka', 'chairperson'],
      ['tomberek', 'post approvals into dedicated channel'],
      ['tomberek', 'meeting notes follow-up'],
      ['Ericson2314', '4/15th meeting notes'],
    ]);
  });

  it('keeps discussion lines as details of their topic, not as topics', () => {
    const old = w18.sections.find((s) => s.title === 'Old topics')!;
    expect(old.bullets).toEqual(['@tomberek NixCon sponsorship process', 'NixCon sponsor approval (carry-forward from last week)', 'Coordination with Nixpkgs Core Team']);
    expect(old.entries[2]!.details).toContain('@roberth will provide an update when available');
  });
});

describe('parseMinutes on the 2026-05-13 reference minutes', () => {
  it('reads a combined Recorder/Chair line and an absentee with a note', () => {
    expect(w20.attendees).toEqual({
      members: ['cafkafk', 'Ericson2314', 'JulienMalka', 'philiptaron', 'roberth', 'tomberek'],
      observers: ['@edef1c'],
      recorder: 'cafkafk',
      chair: 'cafkafk',
      absent: ['K900'],
    });
  });

  it('separates ticked from open checklist actions', () => {
    expect(open(w20)).toEqual([
      ['cafkafk', 'pushes notes from W16'],
      ['philiptaron', 'Draft a reworded version of the AI Policy to incorporate neutral language and tone down emotive responses before next meeting.'],
      ['all', 'review AI policy and provide suggestions/feedback (https://github.com/NixOS/nix-steering-internal/pull/71)'],
      ['all', "read Valentin's report before next week"],
    ]);
    expect(w20.actions.filter((a) => a.done)).toHaveLength(5);
  });

  it('keeps a section that is not in the template', () => {
    expect(w20.sections.map((s) => s.title)).toContain('Post Adjournment');
  });
});

describe('parseMinutes', () => {
  it('reads a due date written by the exporter', () => {
    const p = parseMinutes('# Meeting agenda W1 - Thu 2026-01-01\n## Tasking (5 min)\n- [ ] @alice: write it (due 2026-01-08)\n', 'x.md');
    expect(p.actions).toEqual([{ owner: 'alice', text: 'write it', done: false, due: '2026-01-08', section: 'Tasking' }]);
  });

  it('takes the date from the file name when the title has none', () => {
    expect(parseMinutes('# SC meeting\n## Notes\n- a', 'minutes/2026-03-04.md').date).toBe('2026-03-04');
  });

  it('rejects the process document, whose template sits in a code fence, as having no date', () => {
    expect(() => parseMinutes(fixture('meetings.md'), 'meetings.md')).toThrow(expect.objectContaining({ code: 'minutes-no-date' }));
  });

  it.each([
    ['just some prose', 'minutes-no-title'],
    ['# Meeting agenda W18 - Wed 2026-04-29\nno sections at all', 'minutes-no-sections'],
  ])('rejects %j with a typed %s error naming the file', (text, code) => {
    expect(() => parseMinutes(text, 'notes.txt')).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/^notes\.txt: /) }));
  });
});
