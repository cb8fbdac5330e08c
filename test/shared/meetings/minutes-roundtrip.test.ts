// Issue 15: minutes imported, exported (shared/meetings/export-minutes.ts) and imported
// again keep attendance with its reasons, actions, decisions, every content line, links,
// inline formatting and the meeting's own timeboxes. Compared modulo the exporter's own
// rules (issue 13): a handle it may not ping is written as a code span, characters that
// would open Markdown blocks are escaped, its title line replaces the file's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMinutes } from '../../../shared/meetings/export-minutes';
import { parseMinutes, type ParsedMinutes } from '../../../shared/meetings/import-minutes';
import { isAttendanceLine } from '../../../shared/meetings/minutes-import/attendance';
import { minutesToRows, type MinutesRows } from '../../../shared/meetings/minutes-to-rows';
import { NIXOS_SC_TEMPLATE, parseMeetingTemplate } from '../../../shared/meetings/templates';
import { FIXTURE_FILES, NOW, scMembers } from './minutes-fixtures/roster';

type Round = { parsed: ParsedMinutes; rows: MinutesRows; out: string };

function round(text: string, file: string): Round {
  const parsed = parseMinutes(text, file);
  const rows = minutesToRows(parsed, { members: scMembers, now: NOW });
  const template = rows.layout?.template ?? parseMeetingTemplate(NIXOS_SC_TEMPLATE);
  const out = exportMinutes({ meeting: rows.meeting, entries: rows.entries, actions: rows.actions, decisions: rows.decisions, members: scMembers, template, public: false, today: '2026-06-01' });
  return { parsed, rows, out };
}

/** Text modulo the exporter's escaping: inert mentions, backslash escapes, spacing. */
const norm = (text: string) => text
  .replace(/`(@[\p{L}\p{N}_.\-/]+)`/gu, '$1')
  .replace(/\\([\\`*_{}[\]()#+\-.!<>|~=])/g, '$1')
  .replace(/\((\d+)\s*min\)/g, '($1 min)')
  .replace(/(^|\s)(@[\p{L}\p{N}_.-]+):(\s|$)/gu, '$1$2$3')
  .replace(/\s+/g, ' ')
  .trim();
/** A source line without its block marks (heading, list, checkbox, quote). */
const bare = (line: string) => {
  let s = line.trim().replace(/^#{1,6}\s+/, '');
  for (let i = 0; i < 6; i += 1) s = s.replace(/^(?:[-*+]|\d{1,9}[.)])\s+/, '').replace(/^\[[ xX]\]\s+/, '').replace(/^>\s?/, '').replace(/^\\?#{1,6}\s+/, '');
  return s;
};

const read = (file: string) => readFileSync(new URL(`../../fixtures/minutes/${file}`, import.meta.url), 'utf8');
// The exporter writes each top-level line of a topic's notes as one sub-bullet: a paragraph comes back as a bullet with the same words.
const linesOf = (notes: string) => notes.split('\n').map(bare).filter(Boolean).map(norm);
const entriesOf = (r: MinutesRows) => r.entries.map((e) => [e.section, norm(e.title), linesOf(e.minutes), norm(e.conclusion), e.timeboxMin]);
const actionsOf = (r: MinutesRows) => r.actions.map((a) => [a.owner, norm(a.text), a.status, a.dueOn]);
const decisionsOf = (r: MinutesRows) => r.decisions.map((d) => [norm(d.title), d.status, d.votes.map((v) => [v.memberId, v.vote])]);
const reasonsOf = (p: ParsedMinutes) => Object.fromEntries(Object.entries(p.attendance.reasons).map(([who, why]) => [who.replace(/^@/, '').toLowerCase(), why]));

describe.each(FIXTURE_FILES)('%s: import → export → import', (file) => {
  const source = read(file);
  const first = round(source, file);
  const second = round(first.out, file);

  it('keeps attendance: who was present, late and absent, observers, chair and recorder', () => {
    const who = (m: MinutesRows['meeting']) => ({ attendance: m.attendance, observers: m.observers, chair: m.chairId ?? null, recorder: m.recorderId ?? null });
    expect(who(second.rows.meeting)).toEqual(who(first.rows.meeting));
  });

  it('keeps the reasons and notes written with the attendance', () => {
    expect(reasonsOf(second.parsed)).toMatchObject(Object.fromEntries(Object.entries(reasonsOf(first.parsed)).filter(([who]) => scMembers.some((m) => m.handle.toLowerCase() === who))));
    expect(second.parsed.attendance.notes.map(norm)).toEqual(expect.arrayContaining(first.parsed.attendance.notes.map(norm)));
  });

  it('keeps every topic with its notes, in its section', () => {
    expect(entriesOf(second.rows)).toEqual(entriesOf(first.rows));
  });

  it('keeps the actions and the decisions with their votes', () => {
    expect(actionsOf(second.rows)).toEqual(actionsOf(first.rows));
    expect(decisionsOf(second.rows)).toEqual(decisionsOf(first.rows));
  });

  it('keeps the meeting’s own sections and timeboxes', () => {
    // A section nothing was written in is not written out (exportMinutes: minutes are a record).
    const held = (r: MinutesRows) => r.layout?.template.sections.filter((s) => s.role === 'attendees' || r.entries.some((e) => e.section === s.title) || (s.role === 'actions' && r.actions.length > 0));
    expect(held(second.rows)).toEqual(held(first.rows));
    const own = first.parsed.sections.filter((s) => s.timeboxMin !== undefined && s.topics.length > 0).map((s) => `${s.title} (${s.timeboxMin} min)`);
    for (const heading of own) expect(first.out).toContain(`## ${heading}\n`);
  });

  it('writes every content line of the file, its links and its inline formatting', () => {
    const written = norm(first.out.split('\n').map(bare).join('\n'));
    const isKeptNote = (line: string) => first.parsed.attendance.notes.some((n) => norm(n) === norm(bare(line)));
    const title = first.parsed.isTitleGuess ? -1 : source.split('\n').findIndex((l) => l.trim() !== '');
    const groups = new Set(first.parsed.sections.map((s) => s.group).filter(Boolean));
    const empty = new Set(first.parsed.sections.filter((s) => s.topics.length === 0 && !(s.role === 'actions' && first.parsed.actions.some((a) => a.section === s.title))).map((s) => s.line - 1));
    const missing = source.split('\n').filter((line, i) => {
      const text = bare(line);
      if (i === title || text === '' || /^([-=*_])\1{2,}$/.test(line.replace(/\s/g, ''))) return false;
      // Represented by the meeting's fields and rewritten in the exporter's form; checked above.
      if ((isAttendanceLine(text) && !isKeptNote(line)) || /^#{1,6}\s+(attendees|roll call)\s*$/i.test(line.trim()) || groups.has(text) || empty.has(i)) return false;
      // A struck-out timebox (`(~20~ 50 min)`) is written as the minutes it kept; the preview asks about it.
      if (/\(~/.test(text)) return false;
      // An action's line is written as `- [ ] @owner: text`, the owner first (`run the next meeting: @p`).
      const isAction = first.parsed.actions.some((a) => a.owner && norm(text).includes(norm(a.text)) && text.includes(a.owner) && written.includes(norm(`${a.owner} ${a.text}`)));
      return !isAction && !written.includes(norm(text));
    });
    expect(missing).toEqual([]);
    const links = source.match(/\]\([^)\s]+\)|https?:\/\/[^\s)>\]]+/g) ?? [];
    for (const link of links) expect(first.out).toContain(link);
    const marks = source.match(/\*\*[^*\n]+\*\*|(?<![*\w])\*[^*\s][^*\n]*\*(?![*\w])|`[^`\n]+`|~~[^~\n]+~~/g) ?? [];
    for (const mark of marks.filter((m) => !/^`@/.test(m))) expect(norm(first.out)).toContain(norm(mark));
  });

  it('is stable: a second export writes the same document', () => {
    const template = second.rows.layout?.template ?? parseMeetingTemplate(NIXOS_SC_TEMPLATE);
    const again = exportMinutes({ meeting: second.rows.meeting, entries: second.rows.entries, actions: second.rows.actions, decisions: second.rows.decisions, members: scMembers, template, public: false, today: '2026-06-01' });
    expect(again).toBe(first.out);
  });
});
