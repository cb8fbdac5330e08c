/**
 * Markdown agenda of one meeting (issue 6), in the layout of the SC's template so that it
 * reads the same in HedgeDoc/HackMD and on Discourse: title, Attendees, then one `##`
 * heading per template section with its timebox and one bullet per entry. A public export
 * replaces each confidential entry by one withheld line; an internal one marks it.
 */
import { escapeInline } from '../export/escape';
import type { AgendaEntryRow, MeetingRow } from '../model/rows';
import { sectionEntries } from './order';
import {
  WITHHELD_LINE, attendeeLines, heading, isEntryConfidential, meetingHeadingText, personText, printableSections, sectionHeadingText,
  type ExportContext,
} from './render-common';
import type { MeetingTemplate } from './templates';
import { timeboxTotals } from './timebox';
import { formatMeetingTime } from './week';

/** Input of {@link exportAgenda}. */
export type AgendaExportInput = ExportContext & {
  meeting: MeetingRow;
  entries: readonly AgendaEntryRow[];
  template: MeetingTemplate;
  /** Also show the start in this zone (the exporting member's), e.g. `Europe/Berlin`. */
  viewerZone?: string;
  /** Level of the title heading; sections go one deeper. Default 1 (2 inside a round). */
  level?: number;
};

/** The title of a meeting's agenda or minutes: the SC layout, plus the meeting's title for team meetings. */
export function meetingTitle(meeting: MeetingRow): string {
  const base = meetingHeadingText(meeting);
  return meeting.teamIds.length && meeting.startsAt ? `${base} - ${escapeInline(meeting.title)}` : base;
}

/** One line under the title: when, how long, and for which teams. */
export function meetingInfoLine(meeting: MeetingRow, ctx: Pick<ExportContext, 'teams'>, viewerZone?: string): string {
  const when = meeting.startsAt ? formatMeetingTime(meeting.startsAt, meeting.timeZone, viewerZone ?? meeting.timeZone) : 'Date not set';
  const teams = meeting.teamIds.map((id) => escapeInline(ctx.teams?.find((t) => t.id === id)?.name ?? id));
  return [when, `${meeting.durationMin} min`, ...(teams.length ? [`Teams: ${teams.join(', ')}`] : [])].join(' · ');
}

/** One agenda bullet: title, presenter, timebox; confidential marked in an internal export. */
function entryLine(entry: AgendaEntryRow, isConfidential: boolean): string {
  const presenter = entry.presenter?.trim() ? ` — ${personText(entry.presenter)}` : '';
  const box = entry.timeboxMin === undefined ? '' : ` (${entry.timeboxMin} min)`;
  const mark = isConfidential ? ' _(confidential)_' : '';
  return `- ${escapeInline(entry.title) || '(untitled)'}${presenter}${box}${mark}`;
}

/** The agenda of one meeting as Markdown (layout in the module comment). */
export function exportAgenda(input: AgendaExportInput): string {
  const level = input.level ?? 1;
  const { meeting, entries } = input;
  const out: string[] = [heading(level, meetingTitle(meeting)), '', meetingInfoLine(meeting, input, input.viewerZone), ''];
  out.push(heading(level + 1, 'Attendees'), ...attendeeLines(meeting, input, false), '');
  const sections = printableSections(input.template.sections, entries);
  for (const section of sections) {
    out.push(heading(level + 1, sectionHeadingText(section)));
    const lines = sectionEntries(entries, section.title).map((e) => {
      const secret = isEntryConfidential(e, input);
      if (secret && input.public) return `- ${WITHHELD_LINE}`;
      return entryLine(e, secret);
    });
    out.push(...lines, '');
  }
  const totals = timeboxTotals(entries, sections, meeting.durationMin);
  const verdict = totals.overrunMin > 0 ? `**over by ${totals.overrunMin} min**` : `${totals.remainingMin} min to spare`;
  out.push(`_Planned: ${totals.totalMin} of ${meeting.durationMin} min, ${verdict}._`, '');
  return out.join('\n');
}
