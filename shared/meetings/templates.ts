/**
 * Meeting templates: the agenda sections a meeting starts from (issue 6).
 *
 * A template is an editable text body stored in `TemplateRow.body` (kind `meeting`), in a
 * Markdown-like line format so that it reads like the SC's own template document:
 *
 *     # Any title line (optional, ignored)
 *     ## Section title (5 min)      a section, with an optional timebox in minutes
 *     - Approve Previous Minutes    a default agenda entry of the section above
 *     > Anything relevant …         a hint shown to the chair, not an agenda entry
 *
 * Blank lines are ignored; any other line is a syntax error. Two section titles have a
 * role: `Attendees` (filled from the meeting, never holds agenda entries) and
 * `Tasking` / `Actions` (where the minutes list action items as a checklist).
 */
import { MeetingsError } from './errors';

/** What a section is for, beyond holding agenda entries. */
export type SectionRole = 'attendees' | 'actions';

/** One section of a meeting template. */
export type TemplateSection = {
  title: string;
  timeboxMin?: number;
  /** Entries every agenda made from this template starts with. */
  defaults: string[];
  /** Guidance for the chair; never exported as entries. */
  hints: string[];
  role?: SectionRole;
};

/** A parsed meeting template. */
export type MeetingTemplate = { sections: TemplateSection[] };

const SECTION_LINE = /^##\s+(.+?)\s*#*\s*$/;
const TIMEBOX = /\s*\(\s*([^()]*?)\s*min(?:ute)?s?\s*\)$/i;

/** The role a section title implies (see the module comment). */
export function sectionRole(title: string): SectionRole | undefined {
  const t = title.trim().toLowerCase();
  if (t === 'attendees') return 'attendees';
  if (t === 'tasking' || t === 'actions' || t === 'action items') return 'actions';
  return undefined;
}

/** Split `Old topics (20 min)` into its title and timebox; throws on a timebox that is not 0–1440 whole minutes. */
export function splitTimebox(heading: string, source: string, line?: number): { title: string; timeboxMin?: number } {
  const m = TIMEBOX.exec(heading);
  if (!m) return { title: heading.trim() };
  const raw = m[1] ?? '';
  const minutes = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(minutes) || minutes > 24 * 60) {
    throw new MeetingsError('template-timebox', source, `timebox "${m[0].trim()}" must be whole minutes between 0 and 1440`, line);
  }
  return { title: heading.slice(0, m.index).trim(), timeboxMin: minutes };
}

/**
 * Parse a template body (format in the module comment).
 * @param name used in error messages, e.g. the template's name.
 * @throws MeetingsError `template-empty`, `template-syntax`, `template-timebox`, `template-duplicate-section`.
 */
export function parseMeetingTemplate(body: string, name = 'meeting template'): MeetingTemplate {
  const sections: TemplateSection[] = [];
  const seen = new Set<string>();
  const lines = body.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.trim();
    const lineNo = i + 1;
    if (line === '' || /^#(\s|$)/.test(line)) return;
    const heading = SECTION_LINE.exec(line);
    if (heading) {
      const { title, timeboxMin } = splitTimebox(heading[1] ?? '', name, lineNo);
      if (title === '') throw new MeetingsError('template-syntax', name, 'a section heading has no title', lineNo);
      const key = title.toLowerCase();
      if (seen.has(key)) throw new MeetingsError('template-duplicate-section', name, `section "${title}" appears twice`, lineNo);
      seen.add(key);
      const role = sectionRole(title);
      sections.push({ title, defaults: [], hints: [], ...(timeboxMin === undefined ? {} : { timeboxMin }), ...(role ? { role } : {}) });
      return;
    }
    const entry = /^[-*]\s+(.*)$/.exec(line) ?? /^[-*]$/.exec(line);
    const hint = /^>\s?(.*)$/.exec(line);
    const current = sections.at(-1);
    if ((entry || hint) && !current) {
      throw new MeetingsError('template-syntax', name, 'an entry appears before the first "## Section" heading', lineNo);
    }
    if (entry && current) {
      const text = (entry[1] ?? '').trim();
      if (text) current.defaults.push(text);
      return;
    }
    if (hint && current) {
      const text = (hint[1] ?? '').trim();
      if (text) current.hints.push(text);
      return;
    }
    throw new MeetingsError('template-syntax', name, `expected "## Section (N min)", "- entry" or "> hint", found "${line.slice(0, 80)}"`, lineNo);
  });
  if (sections.length === 0) throw new MeetingsError('template-empty', name, 'the template has no "## Section" heading');
  return { sections };
}

/** Write a template back to its text body; `parseMeetingTemplate(serializeMeetingTemplate(t))` equals `t`. */
export function serializeMeetingTemplate(template: MeetingTemplate): string {
  const blocks = template.sections.map((s) => {
    const head = `## ${s.title}${s.timeboxMin === undefined ? '' : ` (${s.timeboxMin} min)`}`;
    return [head, ...s.hints.map((h) => `> ${h}`), ...s.defaults.map((d) => `- ${d}`)].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The NixOS SC's own meeting template, with the sections and timeboxes of its process
 * document (docs/process/meetings.md): Housekeeping untimed, then 5/5/20/20/5/5 minutes.
 */
export const NIXOS_SC_TEMPLATE = `# Meeting agenda W<N> - Wed YYYY-MM-DD

## Attendees
> Filled in from the meeting: members, observers, recorder, absent.

## Housekeeping
- Approve Previous Minutes
- Pick next chairperson

## Correspondence and Reports (5 min)
> Notifications of communication and correspondence
> Information gathered or tasked reports

## Async Updates (5 min)
> Clarifications from async activity
> Record actions and finalize votes

## Old topics (20 min)
> Address topics that were async, delayed, or tabled

## New topics (20 min)
> New motions and proposals

## Announcements (5 min)
> Anything relevant to communicate to the community

## Tasking (5 min)
> Ensure required tasks have been assigned to individuals
> Select chairperson for subsequent meeting.
`;

/** Default template of a 30-minute meeting between SC members and one team. */
export const TEAM_MEETING_TEMPLATE = `# Team meeting

## Attendees
> Filled in from the meeting: SC members, team representatives, observers, recorder.

## Status check (5 min)
> What changed since the team's update; anything the SC misread

## Asks and decisions (10 min)
> The team's open asks and the SC decisions still proposed

## Blockers (5 min)
> Unresolved blockers and who can unblock them

## Budget (5 min)
> Budget requests and expectations

## Actions (5 min)
> Open actions carried over; new actions with owners and due dates
`;

/** Stable ids of the built-in templates, so a re-seed updates instead of duplicating. */
export const BUILT_IN_TEMPLATE_IDS = { nixosSc: 'builtin-nixos-sc-meeting', team: 'builtin-team-meeting' } as const;

/**
 * Every body the built-in meeting templates have shipped with, oldest first; the last is the
 * current one. Append only: when a built-in body changes, its previous body stays here, so
 * that a stored copy holding it is known to be unedited and follows the new built-in
 * (shared/templates/built-in-copies.ts). Neither body has changed since it first shipped.
 */
export const SHIPPED_MEETING_BODIES: Readonly<Record<(typeof BUILT_IN_TEMPLATE_IDS)[keyof typeof BUILT_IN_TEMPLATE_IDS], readonly [string, ...string[]]>> = {
  [BUILT_IN_TEMPLATE_IDS.nixosSc]: [NIXOS_SC_TEMPLATE],
  [BUILT_IN_TEMPLATE_IDS.team]: [TEAM_MEETING_TEMPLATE],
};
