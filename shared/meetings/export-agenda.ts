/**
 * Markdown agenda of one meeting (issue 6), in the layout of the SC's template so that it
 * reads the same in HedgeDoc/HackMD and on Discourse: title, Attendees, then one `##`
 * heading per template section with its timebox and one bullet per entry — an entry for an
 * ask links to its post and, when its title is a shortened label, quotes the whole ask
 * beneath it; an entry for a decision taken elsewhere reports it (`Decided: …`,
 * decision-report.ts). A public export replaces each confidential entry by one withheld
 * line; an internal one marks it. Only the internal agenda keeps attendee lines with nobody
 * on them (`- Observers:`), as slots to fill in during the meeting; both keep every
 * template section with its timebox, since the template plans that time.
 */
import { escapeInline } from '../export/escape';
import type { AgendaEntryRow, MeetingRow } from '../model/rows';
import { reportLine, reportedDecision } from './decision-report';
import { sectionEntries } from './order';
import {
  WITHHELD_LINE, askParts, attendeeLines, heading, isEntryConfidential, meetingHeadingText, personText, printableSections, sectionHeadingText,
  type ExportContext, type MeetingDocument,
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
export function meetingTitle(meeting: MeetingRow, doc: MeetingDocument = 'agenda'): string {
  const base = meetingHeadingText(meeting, doc);
  return meeting.teamIds.length && meeting.startsAt ? `${base} - ${escapeInline(meeting.title)}` : base;
}

/** One line under the title: when, how long, and for which teams. */
export function meetingInfoLine(meeting: MeetingRow, ctx: Pick<ExportContext, 'teams'>, viewerZone?: string): string {
  const when = meeting.startsAt ? formatMeetingTime(meeting.startsAt, meeting.timeZone, viewerZone ?? meeting.timeZone) : 'Date not set';
  const teams = meeting.teamIds.map((id) => escapeInline(ctx.teams?.find((t) => t.id === id)?.name ?? id));
  return [when, `${meeting.durationMin} min`, ...(teams.length ? [`Teams: ${teams.join(', ')}`] : [])].join(' · ');
}

/** An entry's bullet text: a decision taken elsewhere is reported with its outcome, anything else by its title. */
export function entryTitleText(entry: AgendaEntryRow, ctx: ExportContext & { meeting: MeetingRow }): string {
  const reported = reportedDecision(entry, ctx.decisions, ctx.meeting);
  return reported ? reportLine(reported, ctx.meetings) : escapeInline(entry.title) || '(untitled)';
}

/** One agenda bullet: title, presenter, timebox; confidential marked in an internal export; then its ask (askParts). */
function entryLines(entry: AgendaEntryRow, isConfidential: boolean, ctx: AgendaExportInput): string[] {
  const presenter = entry.presenter?.trim() ? ` — ${personText(entry.presenter)}` : '';
  const box = entry.timeboxMin === undefined ? '' : ` (${entry.timeboxMin} min)`;
  const mark = isConfidential ? ' _(confidential)_' : '';
  const ask = askParts(entry, ctx);
  return [`- ${entryTitleText(entry, ctx)}${ask.titleSuffix}${presenter}${box}${mark}`, ...ask.lines];
}

/** The agenda of one meeting as Markdown (layout in the module comment). */
export function exportAgenda(input: AgendaExportInput): string {
  const level = input.level ?? 1;
  const { meeting, entries } = input;
  const out: string[] = [heading(level, meetingTitle(meeting)), '', meetingInfoLine(meeting, input, input.viewerZone), ''];
  out.push(heading(level + 1, 'Attendees'), ...attendeeLines(meeting, input, { withAbsent: false, withEmpty: !input.public }), '');
  const sections = printableSections(input.template.sections, entries);
  for (const section of sections) {
    out.push(heading(level + 1, sectionHeadingText(section)));
    const lines = sectionEntries(entries, section.title).flatMap((e) => {
      const secret = isEntryConfidential(e, input);
      if (secret && input.public) return [`- ${WITHHELD_LINE}`];
      return entryLines(e, secret, input);
    });
    out.push(...lines, '');
  }
  const totals = timeboxTotals(entries, sections, meeting.durationMin);
  const verdict = totals.overrunMin > 0 ? `**over by ${totals.overrunMin} min**` : `${totals.remainingMin} min to spare`;
  out.push(`_Planned: ${totals.totalMin} of ${meeting.durationMin} min, ${verdict}._`, '');
  return out.join('\n');
}
