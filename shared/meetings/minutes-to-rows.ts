/**
 * Rows for a past meeting read by parseMinutes (issues 6 and 15): a held meeting with its
 * attendance, one agenda entry per topic (its notes kept as written), its action items and
 * the decisions its notes record, plus the meeting's own layout as a template.
 *
 * Ids are bounded by construction (issue 15: an id built from a long heading made every
 * later backup unrestorable): the meeting's is `minutes:<series>:<YYYY-MM-DD>` (a long
 * series key is hashed), every other id is the meeting's plus a kind and a number, so
 * importing the same minutes again updates the same rows instead of duplicating them.
 * The rows are checked against the restore schemas before anything is written
 * (minutes-import/check-rows.ts).
 */
import type { ActionId, AgendaEntryId, MeetingId } from '../model/ids';
import type { ActionRow, AgendaEntryRow, DecisionRow, MeetingRow, MemberRow, Owner } from '../model/rows';
import { ATTENDANCE_NOTES_SECTION, type MinutesTopic, type ParsedMinutes, type Uncertain } from './import-minutes';
import { decisionRows } from './minutes-import/decision-rows';
import { digest, layoutOf, MAX_SECTION_TITLE, type MinutesLayout } from './minutes-import/layout';
import { Roster } from './minutes-import/roster';
import { zonedToInstant } from './week';

/** Options of {@link minutesToRows}. */
export type MinutesToRowsOptions = {
  members: readonly MemberRow[];
  /** Instant for createdAt/updatedAt. */
  now: string;
  /** Series the meeting belongs to; default `sc` (the SC's own meetings). */
  seriesKey?: string;
  timeZone?: string;
  /** Start `HH:mm` when the minutes do not say; default 12:00, which keeps the day in almost every zone. */
  time?: string;
  durationMin?: number;
  /** Published minutes: entries not confidential, decisions public. Default true; false makes both SC-internal. */
  isPublic?: boolean;
};

/** Result of {@link minutesToRows}. */
export type MinutesRows = {
  meeting: MeetingRow;
  entries: AgendaEntryRow[];
  actions: ActionRow[];
  /** Numbered 1, 2, …; the write gives them the workspace's next numbers. */
  decisions: DecisionRow[];
  /** The meeting's own sections and timeboxes; undefined when its headings do not fit a template. */
  layout: MinutesLayout | undefined;
  /** People the minutes name who are not SC members, as written. */
  unknownHandles: string[];
  /** What the parser and the matching are not sure of, for the preview. */
  uncertain: Uncertain[];
};

const MAX_ENTRY_TITLE = 2000;
const MAX_NOTES = 100_000;
const MAX_CONCLUSION = 10_000;

/** The meeting id of minutes of `date` in `seriesKey`; bounded whatever the key. */
export function minutesMeetingId(seriesKey: string, date: string): MeetingId {
  const series = seriesKey.length <= 100 ? seriesKey : `h${digest(seriesKey)}`;
  return `minutes:${series}:${date}` as MeetingId;
}

/** Map parsed minutes to rows (layout and id rules in the module comment). */
export function minutesToRows(parsed: ParsedMinutes, opts: MinutesToRowsOptions): MinutesRows {
  const seriesKey = opts.seriesKey ?? 'sc';
  const timeZone = opts.timeZone ?? 'UTC';
  const isPublic = opts.isPublic ?? true;
  const meetingId = minutesMeetingId(seriesKey, parsed.date);
  const roster = new Roster(opts.members);
  const uncertain: Uncertain[] = [...parsed.uncertain];
  const meeting = meetingRowOf(parsed, roster, { ...opts, seriesKey, timeZone, meetingId });

  const sections = parsed.sections.filter((s) => s.role !== 'decisions').map((s) => ({ ...s, title: boundedSection(s.title, uncertain) }));
  const notes: { title: string; topics: MinutesTopic[] }[] = parsed.attendance.notes.length
    ? [{ title: ATTENDANCE_NOTES_SECTION, topics: parsed.attendance.notes.map((n) => ({ title: n, notes: '', line: 0 })) }]
    : [];
  const entries: AgendaEntryRow[] = [];
  for (const section of [...notes, ...sections]) {
    let order = 0;
    for (const topic of section.topics) {
      for (const part of entryParts(topic)) {
        order += 1;
        entries.push({
          id: `${meetingId}:entry:${entries.length + 1}` as AgendaEntryId, meetingId, section: section.title, order, title: part.title,
          confidential: !isPublic, minutes: part.minutes, conclusion: part.conclusion, isDone: true,
          ...(topic.timeboxMin !== undefined && part.isFirst ? { timeboxMin: topic.timeboxMin } : {}),
        });
      }
    }
  }
  const actions = parsed.actions.map((a, i): ActionRow => {
    const member = a.owner ? roster.find(a.owner) : undefined;
    const owner: Owner = member ? { kind: 'member', memberId: member.id } : { kind: 'person', name: a.owner || 'unassigned' };
    // Created one millisecond apart, so that the minutes list them in the order written.
    const at = new Date(Date.parse(opts.now) + i).toISOString();
    return {
      id: `${meetingId}:action:${i + 1}` as ActionId, text: a.text.slice(0, 10_000) || '(no text)', owner, ...(a.due ? { dueOn: a.due } : {}),
      status: a.done ? 'done' : 'open', origin: { kind: 'meeting', meetingId }, teamId: null, meetingId, createdAt: at, updatedAt: at,
    };
  });
  const decisions = decisionRows(parsed, { meetingId, roster, now: opts.now, isPublic });
  const layout = layoutOf([...(notes.length ? [{ title: ATTENDANCE_NOTES_SECTION }] : []), ...sections], parsed.title);
  if (!layout) uncertain.push({ what: 'the meeting’s sections', why: 'its headings do not fit a meeting template; the built-in template’s order and timeboxes are used' });
  if (layout) meeting.templateId = layout.id;
  uncertain.push(...roster.uncertain);
  const unknown = roster.unknownPeople();
  if (unknown.length) uncertain.push({ what: unknown.join(', '), why: 'not on the SC roster: not recorded as members (observers keep their names)' });
  return { meeting, entries, actions, decisions, layout, unknownHandles: unknown, uncertain };
}

/**
 * The meeting's length when the member gives none: the hour the SC's meetings take, or the
 * sum of the timeboxes the minutes wrote when they plan longer (an imported meeting showed
 * "over by 5 min" against an hour it never had).
 */
function plannedLength(parsed: ParsedMinutes): number {
  const planned = parsed.sections.reduce((sum, s) => sum + (s.timeboxMin ?? s.topics.reduce((t, topic) => t + (topic.timeboxMin ?? 0), 0)), 0);
  return Math.min(24 * 60, Math.max(60, planned));
}

type MeetingInput = MinutesToRowsOptions & { seriesKey: string; timeZone: string; meetingId: MeetingId };

function meetingRowOf(parsed: ParsedMinutes, roster: Roster, opts: MeetingInput): MeetingRow {
  const a = parsed.attendance;
  const attendance: MeetingRow['attendance'] = {};
  const observers = [...a.observers];
  const mark = (people: readonly string[], status: 'present' | 'late' | 'absent') => {
    for (const person of people) {
      const m = roster.find(person);
      if (m && !attendance[m.id]) attendance[m.id] = status;
      // Someone at the meeting who is not an SC member attended as an observer.
      if (!m && status !== 'absent' && person.startsWith('@') && !observers.includes(person)) observers.push(person);
    }
  };
  mark(a.late, 'late');
  mark(a.present, 'present');
  mark(a.absent, 'absent');
  const recorder = a.recorder ? roster.find(a.recorder) : undefined;
  const chair = a.chair ? roster.find(a.chair) : undefined;
  return {
    id: opts.meetingId, title: parsed.title.slice(0, 1000), teamIds: [], seriesKey: opts.seriesKey,
    startsAt: zonedToInstant(parsed.date, opts.time ?? '12:00', opts.timeZone), timeZone: opts.timeZone, durationMin: opts.durationMin ?? plannedLength(parsed),
    memberIds: Object.keys(attendance) as MeetingRow['memberIds'], teamReps: [], observers: observers.map((o) => o.slice(0, 300)),
    ...(chair ? { chairId: chair.id } : {}), ...(recorder ? { recorderId: recorder.id } : {}), status: 'minutes-published', attendance,
    createdAt: opts.now, updatedAt: opts.now,
  };
}

function boundedSection(title: string, uncertain: Uncertain[]): string {
  if (title.length <= MAX_SECTION_TITLE) return title;
  uncertain.push({ what: `section “${title.slice(0, 60)}…”`, why: `its heading is longer than ${MAX_SECTION_TITLE} characters and was shortened` });
  return `${title.slice(0, MAX_SECTION_TITLE - 1)}…`;
}

/** One topic as one entry, or several when its notes are longer than an entry holds. */
function entryParts(topic: MinutesTopic): { title: string; minutes: string; conclusion: string; isFirst: boolean }[] {
  let title = topic.title;
  let notes = topic.notes;
  if (title.length > MAX_ENTRY_TITLE) {
    notes = [title, notes].filter(Boolean).join('\n\n');
    title = '(note)';
  }
  let conclusion = topic.conclusion ?? '';
  if (conclusion.length > MAX_CONCLUSION) {
    notes = [notes, `Conclusion: ${conclusion}`].filter(Boolean).join('\n');
    conclusion = '';
  }
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of notes.split('\n')) {
    for (let at = 0; at < Math.max(1, line.length); at += MAX_NOTES) {
      const piece = line.slice(at, at + MAX_NOTES);
      if (size + piece.length + 1 > MAX_NOTES && current.length) {
        chunks.push(current.join('\n'));
        current = [];
        size = 0;
      }
      current.push(piece);
      size += piece.length + 1;
    }
  }
  chunks.push(current.join('\n'));
  return chunks.map((minutes, i) => ({
    title: i === 0 ? title : `${title.slice(0, MAX_ENTRY_TITLE - 12)} (continued)`, minutes, conclusion: i === chunks.length - 1 ? conclusion : '', isFirst: i === 0,
  }));
}
