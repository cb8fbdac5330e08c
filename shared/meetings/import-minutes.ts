/**
 * Import of past minutes written in the SC's layout (issue 6), as in the public archive:
 *
 *     # Meeting agenda W18 - Wed 2026-04-29
 *     ## Attendees
 *     - Members: @a, @b
 *     - Recorder/Chair: @c
 *     - Absent: @d (internet issues)
 *     ## Old topics (20 min)
 *     - topic
 *       - @a: discussion
 *     ## Tasking (5 min)
 *     - @a: chairperson
 *     - [ ] @b: publish notes
 *
 * Actions are every `- [ ] …` / `- [x] …` line anywhere, plus the top-level `- @owner: text`
 * bullets of a Tasking/Actions section (open, since they carry no checkbox); an action the
 * export wrote as `(no owner yet): text` comes back with no owner. Handles are
 * returned without `@`, as MemberRow.handle stores them. Parsing is lenient about
 * indentation, `*`/`+` bullets, CRLF and code fences (skipped); it throws only when the
 * file is not minutes at all (no title, no date, no sections).
 */
import { MeetingsError } from './errors';
import { NO_OWNER_TEXT } from './render-common';
import { sectionRole, splitTimebox } from './templates';

/** Attendance as written in the minutes. */
export type MinutesAttendees = { members: string[]; observers: string[]; recorder?: string; chair?: string; absent: string[] };

/** One action line; `owner` is a handle without `@`, or `''` when the line names nobody. */
export type MinutesAction = { owner: string; text: string; done: boolean; due?: string; section: string };

/** One section; `bullets` are its top-level bullet texts, `entries` add their nested lines. */
export type MinutesSection = { title: string; timeboxMin?: number; bullets: string[]; entries: { text: string; details: string[] }[] };

/** Result of {@link parseMinutes}. */
export type ParsedMinutes = {
  title: string;
  week?: number;
  /** `YYYY-MM-DD`, from the title or else from the file name. */
  date: string;
  attendees: MinutesAttendees;
  sections: MinutesSection[];
  actions: MinutesAction[];
};

const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const CHECKBOX = /^\[([ xX])\]\s*(.*)$/;
const OWNER = /^@([\p{L}\p{N}_.\-/]+)\s*(:)?\s*(.*)$/u;
const HANDLE = /@([\p{L}\p{N}_.\-/]*[\p{L}\p{N}_])/gu;
const DUE = /\s*\(due (\d{4}-\d{2}-\d{2})\)\s*$/;
const NO_OWNER_PREFIX = `${NO_OWNER_TEXT}:`;

/**
 * Parse minutes Markdown (layout in the module comment).
 * @throws MeetingsError `minutes-no-title`, `minutes-no-date`, `minutes-no-sections`.
 */
export function parseMinutes(markdown: string, fileName: string): ParsedMinutes {
  const lines = stripFences(markdown.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  const titleLine = lines.find((l) => /^#\s+\S/.test(l));
  if (!titleLine) throw new MeetingsError('minutes-no-title', fileName, 'no title line such as "# Meeting minutes W<N> - <weekday> <date>" (or the SC\'s "# Meeting agenda …"): this does not look like minutes');
  const title = titleLine.replace(/^#\s+/, '').replace(/\s+#*\s*$/, '').trim();
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(title)?.[1] ?? /(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
  if (!date) throw new MeetingsError('minutes-no-date', fileName, 'neither the title nor the file name holds a date YYYY-MM-DD');
  const weekText = /\bW(\d{1,2})\b/.exec(title)?.[1];

  const sections: MinutesSection[] = [];
  for (const line of lines) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const { title: sTitle, timeboxMin } = safeSplit(heading[1] ?? '', fileName);
      sections.push({ title: sTitle, ...(timeboxMin === undefined ? {} : { timeboxMin }), bullets: [], entries: [] });
      continue;
    }
    const current = sections.at(-1);
    if (!current || line.trim() === '' || /^#/.test(line)) continue;
    const bullet = BULLET.exec(line);
    const indent = bullet ? (bullet[1] ?? '').replace(/\t/g, '    ').length : /^\s*/.exec(line)![0].length;
    const text = (bullet ? bullet[2] ?? '' : line).trim();
    const last = current.entries.at(-1);
    if (indent >= 2 && last) last.details.push(text);
    else {
      current.bullets.push(text);
      current.entries.push({ text, details: [] });
    }
  }
  if (sections.length === 0) throw new MeetingsError('minutes-no-sections', fileName, 'no "## Section" headings: this does not look like minutes');

  return {
    title,
    ...(weekText ? { week: Number(weekText) } : {}),
    date,
    attendees: readAttendees(sections.find((s) => sectionRole(s.title) === 'attendees')),
    sections,
    actions: sections.flatMap(readActions),
  };
}

/** Code fences hold examples (a template inside a doc), never minutes. */
function stripFences(lines: string[]): string[] {
  let inFence = false;
  return lines.filter((l) => {
    if (/^\s*(```|~~~)/.test(l)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** A malformed timebox in a heading is kept as part of the title: imports repair, not reject. */
function safeSplit(heading: string, fileName: string): { title: string; timeboxMin?: number } {
  try {
    return splitTimebox(heading, fileName);
  } catch {
    return { title: heading.trim() };
  }
}

function readAttendees(section: MinutesSection | undefined): MinutesAttendees {
  const out: MinutesAttendees = { members: [], observers: [], absent: [] };
  for (const { text } of section?.entries ?? []) {
    const m = /^([^:]+):\s*(.*)$/.exec(text);
    if (!m) continue;
    const label = (m[1] ?? '').trim().toLowerCase();
    const names = people(m[2] ?? '');
    if (/^(members?|present|sc members?)$/.test(label)) out.members.push(...names);
    // Observers are stored as typed: `@edef1c` stays a mention when the minutes are written
    // again (render-common personText), a plain name stays a name.
    else if (/^observers?$/.test(label)) out.observers.push(...names.map((n) => ((m[2] ?? '').includes(`@${n}`) ? `@${n}` : n)));
    else if (/^absent|^apologies/.test(label)) out.absent.push(...names);
    else if (/recorder|note-?taker|minutes/.test(label)) {
      if (names[0]) out.recorder = names[0];
      if (/chair/.test(label) && names[0]) out.chair = names[0];
    } else if (/chair/.test(label) && names[0]) out.chair = names[0];
  }
  return out;
}

/** Names in an attendee line: every `@handle`, or comma-separated plain names without notes in parentheses. */
function people(value: string): string[] {
  return value
    .split(',')
    .flatMap((part) => {
      const handles = [...part.matchAll(HANDLE)].map((h) => h[1] ?? '');
      if (handles.length) return handles;
      const plain = part.replace(/\([^)]*\)/g, '').trim();
      return plain && !/^(n\/a|none|-)$/i.test(plain) ? [plain] : [];
    })
    .filter((n) => n !== '');
}

function readActions(section: MinutesSection): MinutesAction[] {
  const isTasking = sectionRole(section.title) === 'actions';
  const out: MinutesAction[] = [];
  const consider = (text: string, topLevel: boolean) => {
    const box = CHECKBOX.exec(text);
    if (box) {
      out.push(toAction(box[2] ?? '', box[1] !== ' ', section.title));
      return;
    }
    const owner = OWNER.exec(text);
    if (isTasking && topLevel && owner?.[2] === ':') out.push(toAction(text, false, section.title));
  };
  for (const entry of section.entries) {
    consider(entry.text, true);
    entry.details.forEach((d) => consider(d, false));
  }
  return out;
}

function toAction(body: string, done: boolean, section: string): MinutesAction {
  const due = DUE.exec(body);
  const rest = due ? body.slice(0, due.index) : body;
  const owner = OWNER.exec(rest.trim());
  const plain = rest.trim();
  const text = owner ? (owner[3] ?? '').trim() : plain.toLowerCase().startsWith(NO_OWNER_PREFIX) ? plain.slice(NO_OWNER_PREFIX.length).trim() : plain;
  return { owner: owner?.[1] ?? '', text, done, section, ...(due?.[1] ? { due: due[1] } : {}) };
}
