// Issue 15: whatever Markdown a member picks, the minutes importer either reads it or
// refuses it with a MeetingsError (a plain message naming the file), never another error;
// and what it reads always makes rows a restore accepts, with ids within their limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeetingsError } from '../../../shared/meetings/errors';
import { parseMinutes } from '../../../shared/meetings/import-minutes';
import { checkMinutesRows } from '../../../shared/meetings/minutes-import/check-rows';
import { minutesToRows } from '../../../shared/meetings/minutes-to-rows';
import { NOW, scMembers } from './minutes-fixtures/roster';

const words = fc.constantFrom(
  'Attendees', 'Roll call', 'Members:', 'Absent:', 'Out:', 'Observers:', 'Recorder/Chair:', 'Note taker:', '**Present**:', 'SC Attendees (4/7):',
  'Tasking', 'Action items', 'Decisions', 'Agenda', 'Old Business', 'Vote:', 'Votes on this:', 'Proposal:', '+1', '-1', 'abstain:', 'recuse:',
  ':+1:', 'Yes', 'Motion accepted.', '(agreement)', 'Result: all approved', 'Conclusion:', 'Decision:', '✅ Accepted', 'tabled', 'TODO:',
  '@tomberek', '@K900', '@x', '`@y`', 'John', 'Luj', '(late: @a)', '(internet issues)', '(20 min)', '(~20~ 50 min)', '(due 2026-01-08)',
  '[x]', '[ ]', '2026-04-29', '2025/12/10', 'W18', '[link](https://example.org/a)', '*em*', '**b**', '~~s~~', '<!-- c -->', '<b>', '\\', '|', ':', ',', '(', ')',
);
const text = fc.array(fc.oneof(words, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 }).map((p) => p.join(' '));
const line = fc.oneof(
  text,
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', '      '), fc.constantFrom('- ', '* ', '+ ', '1. ', '- [ ] ', '- [x] ', '> '), text).map(([i, m, t]) => `${i}${m}${t}`),
  fc.constantFrom('====', '----', '***', '```', '~~~', '', '    code', '| a | b |', '|---|---|'),
);
const markdown = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('parseMinutes on any Markdown', () => {
  it('throws nothing but MeetingsError, and what it reads makes rows a restore accepts', () => {
    fc.assert(
      fc.property(markdown, fc.constantFrom('minutes/2026-04-29.md', 'notes.txt'), (md, file) => {
        let parsed;
        try {
          parsed = parseMinutes(md, file);
        } catch (error) {
          expect(error).toBeInstanceOf(MeetingsError);
          expect((error as MeetingsError).message.startsWith(`${file}: `)).toBe(true);
          return;
        }
        const rows = minutesToRows(parsed, { members: scMembers, now: NOW });
        const layout = rows.layout ? [{ id: rows.layout.id, kind: 'meeting' as const, name: rows.layout.name, body: rows.layout.body, isBuiltIn: false, updatedAt: NOW }] : [];
        checkMinutesRows({ ...rows, templates: layout }, file);
        for (const id of [rows.meeting.id, ...rows.entries.map((e) => e.id), ...rows.actions.map((a) => a.id), ...rows.decisions.map((d) => d.id)]) expect(id.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('reads a long line of one repeated character quickly (no runaway regular expression)', () => {
    for (const ch of ['@', '(', '+1 ', 'a', '-', ':', '#', '*', '`', ' @a,']) {
      const started = Date.now();
      try {
        parseMinutes(`# M 2026-01-01\n## Tasking\n- ${ch.repeat(20_000)}\n- Vote: ${ch.repeat(5_000)} +1\n`, 'x.md');
      } catch (error) {
        expect(error).toBeInstanceOf(MeetingsError);
      }
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });
});
