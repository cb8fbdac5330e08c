import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MeetingsError } from '../../../shared/meetings/errors';
import { NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE, parseMeetingTemplate, serializeMeetingTemplate } from '../../../shared/meetings/templates';

const reference = readFileSync(new URL('../../fixtures/reference/meetings.md', import.meta.url), 'utf8');

/** `## Title (N min)` headings inside the reference document's template code block. */
function referenceSections(): { title: string; timeboxMin?: number }[] {
  const block = /```md\n([\s\S]*?)```/.exec(reference)![1]!;
  return block
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => {
      const box = / \((\d+) min\)$/.exec(l);
      const title = l.slice(3, box ? box.index : undefined);
      return box ? { title, timeboxMin: Number(box[1]) } : { title };
    });
}

describe('NIXOS_SC_TEMPLATE', () => {
  it('has exactly the sections and timeboxes of the SC process document', () => {
    const parsed = parseMeetingTemplate(NIXOS_SC_TEMPLATE).sections.map((s) => (s.timeboxMin === undefined ? { title: s.title } : { title: s.title, timeboxMin: s.timeboxMin }));
    expect(parsed).toEqual(referenceSections());
  });

  it('marks Attendees as filled from the meeting and Tasking as the action list', () => {
    const { sections } = parseMeetingTemplate(NIXOS_SC_TEMPLATE);
    expect(sections.find((s) => s.title === 'Attendees')?.role).toBe('attendees');
    expect(sections.find((s) => s.title === 'Tasking')?.role).toBe('actions');
  });

  it('starts Housekeeping with approving the minutes and picking the next chair', () => {
    const housekeeping = parseMeetingTemplate(NIXOS_SC_TEMPLATE).sections.find((s) => s.title === 'Housekeeping');
    expect(housekeeping?.defaults).toEqual(['Approve Previous Minutes', 'Pick next chairperson']);
  });
});

describe('TEAM_MEETING_TEMPLATE', () => {
  it('has the five team sections in order', () => {
    const titles = parseMeetingTemplate(TEAM_MEETING_TEMPLATE).sections.filter((s) => s.role !== 'attendees').map((s) => s.title);
    expect(titles).toEqual(['Status check', 'Asks and decisions', 'Blockers', 'Budget', 'Actions']);
  });
});

describe('parseMeetingTemplate', () => {
  it('reads sections, timeboxes, default entries and hints', () => {
    const t = parseMeetingTemplate('## Intro (3 min)\n> say hello\n- Round of names\n\n## Open\n- Anything else');
    expect(t.sections).toEqual([
      { title: 'Intro', timeboxMin: 3, defaults: ['Round of names'], hints: ['say hello'] },
      { title: 'Open', defaults: ['Anything else'], hints: [] },
    ]);
  });

  it('round-trips through serializeMeetingTemplate', () => {
    const t = parseMeetingTemplate(NIXOS_SC_TEMPLATE);
    expect(parseMeetingTemplate(serializeMeetingTemplate(t))).toEqual(t);
  });

  it.each([
    ['', 'template-empty'],
    ['- orphan entry\n## Later', 'template-syntax'],
    ['## A\nplain prose line', 'template-syntax'],
    ['## A (ten min)', 'template-timebox'],
    ['## A (9999 min)', 'template-timebox'],
    ['## A\n## a (5 min)', 'template-duplicate-section'],
  ])('rejects %j with a typed %s error', (body, code) => {
    expect(() => parseMeetingTemplate(body, 'My template')).toThrow(expect.objectContaining({ code }));
  });

  it('names the template and the line in the error message', () => {
    try {
      parseMeetingTemplate('## A\n\nnot a line', 'Team template');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(MeetingsError);
      expect((err as MeetingsError).message).toMatch(/^Team template, line 3: /);
    }
  });
});
