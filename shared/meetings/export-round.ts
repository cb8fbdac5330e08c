/**
 * Markdown for a whole round of team meetings (issue 6): an overview table of team,
 * time and SC members, then each meeting's agenda one heading level down, so that the
 * round can be pasted as one HedgeDoc note or one Discourse post. The round's title is
 * member text (shared/export/member-text.ts); team names are written as inert text.
 */
import { memberInline } from '../export/member-text';
import { pingableHandles } from '../export/pingable';
import { teamInline } from '../export/team-text';
import type { AgendaEntryRow, MeetingRow } from '../model/rows';
import { exportAgenda } from './export-agenda';
import { heading, memberMention, type ExportContext } from './render-common';
import type { MeetingTemplate } from './templates';
import { formatMeetingTime } from './week';

/** Input of {@link exportRound}. */
export type RoundExportInput = ExportContext & {
  title: string;
  meetings: readonly MeetingRow[];
  entries: readonly AgendaEntryRow[];
  /** Template of each meeting, by meeting id. */
  templateOf: (meeting: MeetingRow) => MeetingTemplate;
  viewerZone?: string;
};

/** Meetings by start (undated last), then title. */
function byStart(a: MeetingRow, b: MeetingRow): number {
  const x = a.startsAt ?? '\uffff';
  const y = b.startsAt ?? '\uffff';
  return x < y ? -1 : x > y ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/** The round as Markdown (layout in the module comment). */
export function exportRound(input: RoundExportInput): string {
  const meetings = [...input.meetings].sort(byStart);
  const teamName = (m: MeetingRow) => m.teamIds.map((id) => input.teams?.find((t) => t.id === id)?.name ?? id).join(', ') || m.title;
  const title = memberInline(input.title, { pingable: pingableHandles({ members: input.members, teams: input.teams ?? [] }) });
  const out = [heading(1, title || 'Team meetings'), '', '| Team | Date | SC members |', '| --- | --- | --- |'];
  for (const m of meetings) {
    const when = m.startsAt ? formatMeetingTime(m.startsAt, m.timeZone, m.timeZone) : 'not set';
    const who = m.memberIds.map((id) => memberMention(id, input.members)).join(', ');
    // teamInline escapes `|` as well, so a name cannot split the row.
    out.push(`| ${teamInline(teamName(m))} | ${teamInline(when)} | ${who} |`);
  }
  out.push('');
  for (const m of meetings) {
    const entries = input.entries.filter((e) => e.meetingId === m.id);
    out.push(exportAgenda({ ...input, meeting: m, entries, template: input.templateOf(m), level: 2 }));
  }
  return out.join('\n');
}
