/**
 * Markdown minutes of one meeting in the layout of the SC's published minutes (issue 6):
 *
 *     # Meeting minutes W18 - Wed 2026-04-29
 *     Wed 2026-04-29 17:00 UTC · 60 min          when the meeting was, in its own zone
 *     ## Attendees            Members present (late joiners marked), Team, Observers,
 *                             Chair, Recorder, Absent — lines with nobody on them left out
 *     ## Old topics (20 min)  per entry a bullet (an ask's entry: the ask quoted whole when
 *                             its title is shortened, and a link to its post); its minutes,
 *                             `Conclusion: …` and any decision with its votes (`+1: @a, @b`)
 *                             as sub-bullets; a decision taken elsewhere is reported as
 *                             `Decided: <title> (approved on <day>)`
 *     ## Tasking (5 min)      entries of the section, then `- [ ] @owner: text (due …)`
 *
 * Minutes are a record, not a plan: a section nothing was recorded in is left out, and
 * there is no planned-time note. Decisions taken in the meeting but not linked to an entry
 * get a `## Decisions` section before Tasking. `parseMinutes` reads this output back.
 *
 * Text (issue 13): what the recorder typed — notes, conclusions — and decision titles and
 * action texts are member text, kept as Markdown (minutes-notes.ts); an ask is quoted as
 * team text (render-common.ts askParts). Mentions ping only the SC, the meeting's teams and
 * the people its Attendees lines name (meetingPingable).
 */
import { listItem } from '../export/md-layout';
import { memberInline, memberMarkdown } from '../export/member-text';
import type { Pingable } from '../export/mentions';
import { isDecisionConfidential } from '../export/redact';
import type { ActionRow, AgendaEntryRow, DecisionRow, MeetingRow } from '../model/rows';
import { reportedDecision } from './decision-report';
import { entryTitleText, meetingInfoLine, meetingTitle } from './export-agenda';
import { sectionEntries } from './order';
import {
  WITHHELD_LINE, actionLine, askParts, attendeeLines, heading, isActionConfidential, isEntryConfidential, meetingPingable, memberMention,
  printableSections, sectionHeadingText, type ExportContext,
} from './render-common';
import { minutesNoteLines } from './minutes-notes';
import type { MeetingTemplate, TemplateSection } from './templates';

/** Input of {@link exportMinutes}. */
export type MinutesExportInput = ExportContext & {
  meeting: MeetingRow;
  entries: readonly AgendaEntryRow[];
  template: MeetingTemplate;
  /** Actions of the meeting: those tracked in it or created by it. */
  actions: readonly ActionRow[];
  level?: number;
};

const VOTE_LABELS = [['+1', '+1'], ['-1', '-1'], ['abstain', 'abstain']] as const;

/** Sub-bullets for a decision: title and status, then one line per vote kind. */
function decisionLines(decision: DecisionRow, ctx: MinutesExportInput, indent: string, pingable: Pingable): string[] {
  const lines = [`${indent}- Decision: ${memberInline(decision.title, { pingable })} (${decision.status})`];
  for (const [vote, label] of VOTE_LABELS) {
    const who = decision.votes.filter((v) => v.vote === vote).map((v) => memberMention(v.memberId, ctx.members));
    if (who.length) lines.push(`${indent}  - ${label}: ${who.join(', ')}`);
  }
  return lines;
}

/** A bullet for one entry with its minutes, conclusion and decision as sub-bullets. */
function entryBlock(entry: AgendaEntryRow, ctx: MinutesExportInput, isConfidential: boolean, pingable: Pingable): string[] {
  const mark = isConfidential ? ' _(confidential)_' : '';
  const ask = askParts(entry, ctx);
  const lines = [`- ${entryTitleText(entry, ctx, pingable)}${ask.titleSuffix}${mark}`, ...ask.lines];
  // People type their own bullets into the minutes box; the export adds its own.
  lines.push(...minutesNoteLines(entry.minutes, pingable));
  const conclusion = memberMarkdown(entry.conclusion, { pingable });
  if (conclusion) lines.push(...listItem(conclusion, { indent: '  ', label: 'Conclusion: ' }));
  // A decision reported from elsewhere has its votes in the minutes of the meeting that took it.
  const decision = entry.decisionId && !reportedDecision(entry, ctx.decisions, ctx.meeting) ? ctx.decisions?.find((d) => d.id === entry.decisionId) : undefined;
  if (decision) lines.push(...decisionLines(decision, ctx, '  ', pingable));
  return lines;
}

/** The minutes of one meeting as Markdown (layout in the module comment). */
export function exportMinutes(input: MinutesExportInput): string {
  const level = input.level ?? 1;
  const { meeting, entries } = input;
  const pingable = meetingPingable(meeting, input);
  const out: string[] = [heading(level, meetingTitle(meeting, 'minutes')), '', meetingInfoLine(meeting, input), ''];
  out.push(heading(level + 1, 'Attendees'), ...attendeeLines(meeting, input, { withAbsent: true, withEmpty: false }), '');

  let sections = printableSections(input.template.sections, entries);
  if (!sections.some((s) => s.role === 'actions')) sections = [...sections, { title: 'Tasking', defaults: [], hints: [], role: 'actions' }];
  const linked = new Set(entries.map((e) => e.decisionId).filter((id) => id !== undefined));
  const loose = (input.decisions ?? []).filter((d) => isOfMeeting(d, meeting) && !linked.has(d.id));
  const actions = actionLines(input, pingable);
  const bodies = sections
    .map((section) => ({ section, lines: [...sectionLines(section, input, pingable), ...(section.role === 'actions' ? actions : [])] }))
    .filter((b) => b.lines.length > 0);
  // Loose decisions go just before Tasking, or last when nothing was tasked.
  const tasking = bodies.findIndex((b) => b.section.role === 'actions');
  bodies.forEach((b, i) => {
    if (i === tasking && loose.length) out.push(...decisionsSection(loose, input, level, pingable));
    out.push(heading(level + 1, sectionHeadingText(b.section)), ...b.lines, '');
  });
  if (tasking === -1 && loose.length) out.push(...decisionsSection(loose, input, level, pingable));
  return out.join('\n');
}

/** The bullets of one section's entries; a confidential one is withheld in the public version. */
function sectionLines(section: TemplateSection, input: MinutesExportInput, pingable: Pingable): string[] {
  return sectionEntries(input.entries, section.title).flatMap((e) => {
    const secret = isEntryConfidential(e, input);
    return secret && input.public ? [`- ${WITHHELD_LINE}`] : entryBlock(e, input, secret, pingable);
  });
}

function isOfMeeting(d: DecisionRow, meeting: MeetingRow): boolean {
  return d.meetingId === meeting.id || (d.venue.kind === 'meeting' && d.venue.meetingId === meeting.id);
}

function decisionsSection(decisions: readonly DecisionRow[], ctx: MinutesExportInput, level: number, pingable: Pingable): string[] {
  const lines = [heading(level + 1, 'Decisions')];
  for (const d of [...decisions].sort((a, b) => a.number - b.number)) {
    lines.push(...(ctx.public && isDecisionConfidential(d, ctx.today) ? [`- ${WITHHELD_LINE}`] : decisionLines(d, ctx, '', pingable)));
  }
  return [...lines, ''];
}

function actionLines(ctx: MinutesExportInput, pingable: Pingable): string[] {
  const mine = ctx.actions
    .filter((a) => a.status !== 'dropped')
    .filter((a) => a.meetingId === ctx.meeting.id || (a.origin.kind === 'meeting' && a.origin.meetingId === ctx.meeting.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return mine.map((a) => (ctx.public && isActionConfidential(a, ctx) ? `- ${WITHHELD_LINE}` : actionLine(a, ctx, pingable)));
}
