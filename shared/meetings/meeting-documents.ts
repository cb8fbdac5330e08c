/**
 * The Markdown documents of the Export panel (issue 6): agenda, minutes and team reply of
 * one meeting, and the agenda of a whole round, each public (confidential entries replaced
 * by the withheld line) or internal. Pure: it takes the rows, so a test can compare it with
 * the CLI's output for the same backup.
 */
import { exportAgenda } from './export-agenda';
import { exportMinutes } from './export-minutes';
import { exportRound } from './export-round';
import { teamReply } from './team-reply';
import { dayInZone } from './week';
import type {
  ActionRow, AgendaEntryRow, DecisionRow, ItemRow, MeetingRow, MemberRow, TeamRow, TemplateRow, ThreadRow,
} from '../model';
import type { PostRef, PostSources } from '../export/post-link';
import { withLiveTitles } from './live-entry';
import { templateOf } from './template-of';

/** The rows an export reads. */
export type MeetingExportRows = {
  meetings: readonly MeetingRow[];
  agendaEntries: readonly AgendaEntryRow[];
  templates: readonly TemplateRow[];
  members: readonly MemberRow[];
  teams: readonly TeamRow[];
  items: readonly ItemRow[];
  decisions: readonly DecisionRow[];
  actions: readonly ActionRow[];
  /** Threads and the posts of agenda asks, to link each ask to its post; optional. */
  threads?: readonly ThreadRow[];
  updates?: readonly PostRef[];
};

export const MEETING_DOC_KINDS = ['agenda', 'minutes', 'team-reply'] as const;
export type MeetingDocKind = (typeof MEETING_DOC_KINDS)[number];

/** Who the document is for, the day it is made on and the reader's zone. */
export type DocOptions = { isPublic: boolean; today: string; viewerZone?: string };

/** A document ready to copy or save. */
export type MeetingDoc = { fileName: string; markdown: string };

/** One meeting's agenda, minutes or team reply. */
export function meetingDocument(rows: MeetingExportRows, meeting: MeetingRow, kind: MeetingDocKind, opts: DocOptions): MeetingDoc {
  const base = {
    members: rows.members, teams: rows.teams, items: rows.items, decisions: rows.decisions, meetings: rows.meetings, public: opts.isPublic,
    today: opts.today, ...postSources(rows),
  };
  const entries = withLiveTitles(rows.agendaEntries.filter((e) => e.meetingId === meeting.id), rows);
  const template = templateOf(meeting, rows.templates);
  const name = `${kind}-${fileStem(meeting)}${opts.isPublic ? '' : '-internal'}.md`;
  if (kind === 'agenda') {
    return { fileName: name, markdown: exportAgenda({ ...base, meeting, entries, template, ...(opts.viewerZone ? { viewerZone: opts.viewerZone } : {}) }) };
  }
  if (kind === 'minutes') {
    const actions = rows.actions.filter((a) => a.meetingId === meeting.id || (a.origin.kind === 'meeting' && a.origin.meetingId === meeting.id));
    return { fileName: name, markdown: exportMinutes({ ...base, meeting, entries, template, actions }) };
  }
  // A reply goes to the team's public thread, so it is always the redacted text.
  const replies = meeting.teamIds
    .map((id) => rows.teams.find((t) => t.id === id))
    .filter((t): t is TeamRow => t !== undefined)
    .map((team) => teamReply({
      team, items: rows.items, decisions: rows.decisions, meeting, meetings: rows.meetings, entries: rows.agendaEntries, today: opts.today, members: rows.members,
    }));
  return { fileName: `reply-${fileStem(meeting)}.md`, markdown: replies.join('\n---\n\n') || 'This meeting has no team to reply to.\n' };
}

/** The first day of a round's meetings (`YYYY-MM-DD`, in the meeting's own zone), if any has a date. */
export function roundDay(meetings: readonly MeetingRow[]): string | undefined {
  const dated = meetings.filter((m) => m.startsAt).sort((a, b) => (a.startsAt! < b.startsAt! ? -1 : 1))[0];
  return dated?.startsAt ? dayInZone(dated.startsAt, dated.timeZone) : undefined;
}

/** The agendas of every meeting of a round, with the overview table; the file is named by the round's first day. */
export function roundDocument(rows: MeetingExportRows, roundId: string, opts: DocOptions & { title: string }): MeetingDoc {
  const meetings = rows.meetings.filter((m) => m.roundId === roundId);
  const markdown = exportRound({
    title: opts.title, meetings, entries: withLiveTitles(rows.agendaEntries, rows), templateOf: (m) => templateOf(m, rows.templates),
    members: rows.members, teams: rows.teams, items: rows.items, decisions: rows.decisions, public: opts.isPublic, today: opts.today,
    ...postSources(rows), ...(opts.viewerZone ? { viewerZone: opts.viewerZone } : {}),
  });
  const stem = roundDay(meetings) ?? roundId.replace(/[^\w-]+/g, '-');
  return { fileName: `round-${stem}${opts.isPublic ? '' : '-internal'}.md`, markdown };
}

function postSources(rows: MeetingExportRows): PostSources {
  return { ...(rows.threads ? { threads: rows.threads } : {}), ...(rows.updates ? { updates: rows.updates } : {}) };
}

/** `2026-04-29-xen-team-meeting`: day, then an ASCII slug of the title. */
function fileStem(meeting: MeetingRow): string {
  const day = meeting.startsAt ? dayInZone(meeting.startsAt, meeting.timeZone) : 'undated';
  const slug = meeting.title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50);
  return slug ? `${day}-${slug}` : day;
}
