/**
 * Markdown agenda of one meeting (issue 6), in the layout of the SC's template so that it
 * reads the same in HedgeDoc/HackMD and on Discourse: title, Attendees, then one `##`
 * heading per template section with its timebox and one bullet per entry — an entry for an
 * ask links to its post and, when its title is a shortened label, quotes the whole ask
 * beneath it; an entry for a decision taken elsewhere reports it (`Decided: …`,
 * decision-report.ts). A public export replaces each confidential entry by one withheld
 * line; an internal one marks it. Only the internal agenda keeps attendee lines with nobody
 * on them (`- Observers:`), as slots to fill in during the meeting, and every template
 * section with its timebox, since the template plans that time; the public agenda prints
 * only sections with entries (or says no topics are on it yet). Only the internal
 * agenda ends with the planning note (`_Planned: 30 of 30 min, 0 min to spare._`): it is
 * the SC's own bookkeeping, not something a team needs to read.
 *
 * Text (issue 13): an entry for an ask is titled by the team's words (team text); every
 * other title — a decision's, an action's, one typed on the agenda — and the meeting's title
 * are member text, which may ping the SC and the meeting's teams (meetingPingable).
 */
import { memberInline } from '../export/member-text';
import type { Pingable } from '../export/mentions';
import { teamInline } from '../export/team-text';
import type { AgendaEntryRow, MeetingRow } from '../model/rows';
import { reportLine, reportedDecision } from './decision-report';
import { sectionEntries } from './order';
import {
  WITHHELD_LINE, askParts, attendeeLines, heading, isEntryConfidential, knownHandles, meetingHeadingText, meetingPingable, personText, printableSections,
  sectionHeadingText, type ExportContext, type MeetingDocument,
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
  return meeting.teamIds.length && meeting.startsAt ? `${base} - ${memberInline(meeting.title)}` : base;
}

/** One line under the title: when, how long, and for which teams. */
export function meetingInfoLine(meeting: MeetingRow, ctx: Pick<ExportContext, 'teams'>, viewerZone?: string): string {
  const when = meeting.startsAt ? formatMeetingTime(meeting.startsAt, meeting.timeZone, viewerZone ?? meeting.timeZone) : 'Date not set';
  const teams = meeting.teamIds.map((id) => teamInline(ctx.teams?.find((t) => t.id === id)?.name ?? id));
  return [when, `${meeting.durationMin} min`, ...(teams.length ? [`Teams: ${teams.join(', ')}`] : [])].join(' · ');
}

/**
 * An entry's bullet text: a decision taken elsewhere is reported with its outcome, an ask
 * by the team's words, anything else by its title as the SC typed it.
 */
export function entryTitleText(entry: AgendaEntryRow, ctx: ExportContext & { meeting: MeetingRow }, pingable: Pingable = meetingPingable(ctx.meeting, ctx)): string {
  const reported = reportedDecision(entry, ctx.decisions, ctx.meeting);
  if (reported) return reportLine(reported, ctx.meetings, pingable);
  // An ask's entry is titled by its ask (live-entry.ts): the team's words, not the SC's.
  const title = entry.itemId ? teamInline(entry.title) : memberInline(entry.title, { pingable });
  return title || '(untitled)';
}

/** One agenda bullet: title, presenter, timebox; confidential marked in an internal export; then its ask (askParts). */
function entryLines(entry: AgendaEntryRow, isConfidential: boolean, ctx: AgendaExportInput, pingable: Pingable): string[] {
  const presenter = entry.presenter?.trim() ? ` — ${personText(entry.presenter, knownHandles(ctx))}` : '';
  const box = entry.timeboxMin === undefined ? '' : ` (${entry.timeboxMin} min)`;
  const mark = isConfidential ? ' _(confidential)_' : '';
  const ask = askParts(entry, ctx);
  return [`- ${entryTitleText(entry, ctx, pingable)}${ask.titleSuffix}${presenter}${box}${mark}`, ...ask.lines];
}

/** What a published agenda says when nothing is on it yet. */
export const NO_TOPICS_LINE = '_No topics on the agenda yet._';

/** The agenda of one meeting as Markdown (layout in the module comment). */
export function exportAgenda(input: AgendaExportInput): string {
  const level = input.level ?? 1;
  const { meeting, entries } = input;
  const pingable = meetingPingable(meeting, input);
  const out: string[] = [heading(level, meetingTitle(meeting)), '', meetingInfoLine(meeting, input, input.viewerZone), ''];
  out.push(heading(level + 1, 'Attendees'), ...attendeeLines(meeting, input, { withAbsent: false, withEmpty: !input.public }), '');
  const sections = printableSections(input.template.sections, entries);
  let printed = 0;
  for (const section of sections) {
    const lines = sectionEntries(entries, section.title).flatMap((e) => {
      const secret = isEntryConfidential(e, input);
      if (secret && input.public) return [`- ${WITHHELD_LINE}`];
      return entryLines(e, secret, input, pingable);
    });
    // The SC-internal agenda keeps every timed slot to plan in; what is published shows
    // only the sections that have something on them (no empty scaffolding).
    if (input.public && lines.length === 0) continue;
    printed += 1;
    out.push(heading(level + 1, sectionHeadingText(section)), ...lines, '');
  }
  if (input.public && printed === 0) out.push(NO_TOPICS_LINE, '');
  if (!input.public) {
    const totals = timeboxTotals(entries, sections, meeting.durationMin);
    const verdict = totals.overrunMin > 0 ? `**over by ${totals.overrunMin} min**` : `${totals.remainingMin} min to spare`;
    out.push(`_Planned: ${totals.totalMin} of ${meeting.durationMin} min, ${verdict}._`, '');
  }
  return out.join('\n');
}
