/**
 * Import of past minutes (issue 6, every layout of the SC's archive since issue 15): setext
 * or ATX titles, `#` or `##` sections, "Attendees" / "Roll call" sections or attendance
 * bullets before any section, `###` topics grouped under "Board Report / Old Business / New
 * Business", votes and outcomes written in the notes, and "Tasking" / "# Action items"
 * sections in each of their forms. The reading rules live in ./minutes-import/ (outline,
 * structure, attendance, decisions, tasks); this module puts them together.
 *
 * Nothing is invented: notes stay notes (kept as written, links and formatting included),
 * a placeholder never becomes an action, an action listed twice is one action, and what the
 * reader is not sure of is listed in `uncertain` for the member to check in the preview.
 * It throws only MeetingsError, and only when the file is not minutes at all.
 */
import { MeetingsError } from './errors';
import { AttendanceReader, isAttendanceLine } from './minutes-import/attendance';
import { decisionsOf, listedDecision } from './minutes-import/decisions';
import { oneLine, outlineOf, type Block, type ListItem } from './minutes-import/outline';
import { makeTopic, structureOf, topicsOfBody, type RawSection, type RawTopic } from './minutes-import/structure';
import { looseActions, tasksOf, uniqueActions } from './minutes-import/tasks';
import type { MinutesAction, MinutesDecision, MinutesSection, MinutesTopic, ParsedMinutes, Uncertain } from './minutes-import/types';

export type {
  MinutesAction, MinutesAttendance, MinutesDecision, MinutesOutcome, MinutesSection, MinutesTopic, MinutesVote, ParsedMinutes, Uncertain,
} from './minutes-import/types';

/** The section imported attendance notes are kept in (right after Attendees when written out). */
export const ATTENDANCE_NOTES_SECTION = 'Attendance notes';
/** The section for what a file says before its first section (an introduction). */
export const PREAMBLE_SECTION = 'Preamble';

/** The line the exporter writes under the title: `Thu 2025-12-04 12:00 UTC · 60 min · Teams: …`. */
function isInfoLine(text: string): boolean {
  const [when, length, ...rest] = text.split(' · ');
  return (/^[A-Z][a-z]{2} \d{4}-\d{2}-\d{2} \d{1,2}:\d{2}\b/.test(when ?? '') || when === 'Date not set') && /^\d+ min$/.test(length ?? '') && rest.every((r) => r.startsWith('Teams: '));
}

function dayIn(text: string): string | undefined {
  for (const m of text.matchAll(/(\d{4})[-/.](\d{2})[-/.](\d{2})/g)) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(`${day}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(day)) return day;
  }
  return undefined;
}

/**
 * Parse minutes Markdown (layouts in the module comment).
 * @throws MeetingsError `minutes-no-date` (no date in the title or the file name),
 *   `minutes-no-title` (no heading, no attendance, nothing minutes-like), `minutes-no-sections`.
 */
export function parseMinutes(markdown: string, fileName: string): ParsedMinutes {
  const outline = outlineOf(markdown);
  const { title, before, sections: raw } = structureOf(outline);
  const uncertain: Uncertain[] = [];
  const titleText = title ? oneLine(title.text) : '';
  const fromTitle = dayIn(titleText);
  const fromName = dayIn(fileName);
  const date = fromTitle ?? fromName;
  const attendance = new AttendanceReader();
  const preamble = readBefore(before, attendance, outline.lines);
  raw.filter((s) => s.kind === 'attendance').forEach((s) => readAttendance(s.body, attendance));
  if (!title && raw.length === 0 && attendance.attendance.present.length === 0) {
    throw new MeetingsError('minutes-no-title', fileName, 'no title, no sections and no attendance: this does not look like minutes');
  }
  if (!date) throw new MeetingsError('minutes-no-date', fileName, 'neither the title nor the file name holds a date YYYY-MM-DD');
  if (fromTitle && fromName && fromTitle !== fromName) uncertain.push({ what: `date ${fromTitle}`, why: `the title says ${fromTitle}, the file name ${fromName}; the title's is used` });

  const sections: MinutesSection[] = [];
  if (preamble.length) sections.push({ title: PREAMBLE_SECTION, role: 'preamble', topics: preamble.map(publicTopic), line: preamble[0]!.line });
  const decisions: MinutesDecision[] = [];
  const listed: MinutesDecision[] = [];
  let actions: MinutesAction[] = [];
  for (const section of raw) {
    if (section.kind === 'attendance') continue;
    const read = readSection(section, outline.lines);
    sections.push(read.section);
    actions.push(...read.actions);
    uncertain.push(...read.uncertain);
    (section.kind === 'decisions' ? listed : decisions).push(...read.decisions);
    if (section.timeboxNote) uncertain.push({ what: `timebox of “${section.title}”`, why: `read ${section.timeboxMin ?? '?'} min from “${section.timeboxNote}”` });
  }
  // A "Decisions" section (as the exporter writes one) repeats decisions the notes hold.
  const key = (d: MinutesDecision) => d.title.toLowerCase().replace(/`/g, '');
  decisions.push(...listed.filter((d) => !decisions.some((n) => key(n) === key(d))));
  actions = uniqueActions(actions);
  if (sections.length === 0 && attendance.attendance.present.length === 0) {
    throw new MeetingsError('minutes-no-sections', fileName, 'no sections, topics or attendance under the title: this does not look like minutes');
  }
  uncertain.push(...attendance.uncertain, ...voteChecks(decisions, attendance.attendance));
  const week = /\bW(\d{1,2})\b/.exec(titleText)?.[1];
  if (!title) uncertain.push({ what: 'title', why: `the file has no title line; “SC meeting ${date}” is used` });
  return {
    title: titleText || `SC meeting ${date}`, isTitleGuess: !title, ...(week ? { week: Number(week) } : {}), date,
    attendance: attendance.attendance, sections, decisions, actions, uncertain,
  };
}

const publicTopic = ({ blocks: _b, ...t }: RawTopic): MinutesTopic => t;

function readSection(section: RawSection, lines: readonly string[]) {
  const base = { title: section.title, ...(section.timeboxMin === undefined ? {} : { timeboxMin: section.timeboxMin }), ...(section.group ? { group: section.group } : {}), line: section.line };
  if (section.kind === 'actions') {
    const found = tasksOf(section.body, lines, section.title);
    return { section: { ...base, role: 'actions' as const, topics: found.topics.map(publicTopic) }, actions: found.actions, decisions: [] as MinutesDecision[], uncertain: found.uncertain };
  }
  const uncertain: Uncertain[] = [];
  const actions: MinutesAction[] = [];
  const decisions: MinutesDecision[] = [];
  section.topics.forEach((topic, i) => {
    const loose = looseActions(topic, section.title);
    actions.push(...loose.actions);
    uncertain.push(...loose.uncertain);
    const found = section.kind === 'decisions' ? listedDecision(topic, section.title, i) : decisionsOf(topic, section.title, i);
    decisions.push(...found.decisions);
    uncertain.push(...found.uncertain);
  });
  const role = section.kind === 'decisions' ? { role: 'decisions' as const } : section.kind === 'preamble' ? { role: 'preamble' as const } : {};
  return { section: { ...base, ...role, topics: section.topics.map(publicTopic) }, actions, decisions, uncertain };
}

/** Attendance lines before the first section; anything else there is the file's preamble. */
function readBefore(blocks: readonly Block[], reader: AttendanceReader, lines: readonly string[]): RawTopic[] {
  const preamble: RawTopic[] = [];
  for (const block of blocks) {
    // The line the exporter writes under the title (`Thu 2025-12-04 12:00 UTC · 60 min`) is the meeting's, not the recorder's.
    if (block.kind === 'leaf' && block.type === 'paragraph' && isInfoLine(block.text)) continue;
    if (block.kind === 'list') {
      for (const item of block.items) {
        if (isAttendanceLine(item.text)) readItem(item, reader);
        else preamble.push(makeTopic(item.text, item.children, lines, item.start + 1));
      }
    } else if (block.kind === 'leaf' && block.type === 'paragraph' && block.text.split('\n').every(isAttendanceLine)) {
      block.text.split('\n').forEach((l) => reader.read(l));
    } else preamble.push(...topicsOfBody([block], lines));
  }
  return preamble;
}

function readItem(item: ListItem, reader: AttendanceReader): void {
  reader.read(oneLine(item.text));
  readAttendance(item.children, reader);
}

function readAttendance(blocks: readonly Block[], reader: AttendanceReader): void {
  for (const block of blocks) {
    if (block.kind === 'list') block.items.forEach((item) => readItem(item, reader));
    else if (block.kind === 'leaf' && block.text) block.text.split('\n').forEach((l) => reader.read(l));
  }
}

/** Votes by people the attendance lists as absent, or does not list at all. */
function voteChecks(decisions: readonly MinutesDecision[], attendance: ParsedMinutes['attendance']): Uncertain[] {
  const norm = (p: string) => p.replace(/^@/, '').toLowerCase();
  const there = new Set([...attendance.present, ...attendance.late].map(norm));
  const away = new Set(attendance.absent.map(norm));
  if (there.size === 0) return [];
  return decisions.flatMap((d) => {
    const absent = d.votes.filter((v) => away.has(norm(v.who)) && !v.note).map((v) => v.who);
    const unlisted = d.votes.filter((v) => !away.has(norm(v.who)) && !there.has(norm(v.who)) && !v.note).map((v) => v.who);
    return [
      ...(absent.length ? [{ what: `votes on “${d.title}”`, why: `${absent.join(', ')} voted but ${absent.length === 1 ? 'is' : 'are'} listed as absent` }] : []),
      ...(unlisted.length ? [{ what: `votes on “${d.title}”`, why: `${unlisted.join(', ')} voted but ${unlisted.length === 1 ? 'is' : 'are'} not in the attendance` }] : []),
    ];
  });
}
