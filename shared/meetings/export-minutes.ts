/**
 * Markdown minutes of one meeting in the layout of the SC's published minutes (issue 6):
 *
 *     # Meeting agenda W18 - Wed 2026-04-29
 *     ## Attendees            Members (late joiners marked), Observers, Recorder, Absent
 *     ## Old topics (20 min)  per entry a bullet; its minutes, `Conclusion: …` and any
 *                             decision with its votes (`+1: @a, @b`) as sub-bullets
 *     ## Tasking (5 min)      entries of the section, then `- [ ] @owner: text (due …)`
 *
 * Decisions taken in the meeting but not linked to an entry get a `## Decisions` section
 * before Tasking. `parseMinutes` reads this output back.
 */
import { escapeInline } from '../export/escape';
import { isDecisionConfidential } from '../export/redact';
import type { ActionRow, AgendaEntryRow, DecisionRow, MeetingRow } from '../model/rows';
import { meetingTitle } from './export-agenda';
import { sectionEntries } from './order';
import {
  WITHHELD_LINE, actionLine, attendeeLines, heading, isActionConfidential, isEntryConfidential, memberMention, printableSections,
  sectionHeadingText, type ExportContext,
} from './render-common';
import type { MeetingTemplate } from './templates';

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
function decisionLines(decision: DecisionRow, ctx: MinutesExportInput, indent: string): string[] {
  const lines = [`${indent}- Decision: ${escapeInline(decision.title)} (${decision.status})`];
  for (const [vote, label] of VOTE_LABELS) {
    const who = decision.votes.filter((v) => v.vote === vote).map((v) => memberMention(v.memberId, ctx.members));
    if (who.length) lines.push(`${indent}  - ${label}: ${who.join(', ')}`);
  }
  return lines;
}

/** A bullet for one entry with its minutes, conclusion and decision as sub-bullets. */
function entryBlock(entry: AgendaEntryRow, ctx: MinutesExportInput, isConfidential: boolean): string[] {
  const mark = isConfidential ? ' _(confidential)_' : '';
  const lines = [`- ${escapeInline(entry.title) || '(untitled)'}${mark}`];
  for (const raw of entry.minutes.split(/\r\n?|\n/)) {
    // People type their own bullets into the minutes box; the export adds its own.
    const text = escapeInline(raw.replace(/^\s*[-*+]\s+/, ''));
    if (text) lines.push(`  - ${text}`);
  }
  if (entry.conclusion.trim()) lines.push(`  - Conclusion: ${escapeInline(entry.conclusion)}`);
  const decision = entry.decisionId ? ctx.decisions?.find((d) => d.id === entry.decisionId) : undefined;
  if (decision) lines.push(...decisionLines(decision, ctx, '  '));
  return lines;
}

/** The minutes of one meeting as Markdown (layout in the module comment). */
export function exportMinutes(input: MinutesExportInput): string {
  const level = input.level ?? 1;
  const { meeting, entries } = input;
  const out: string[] = [heading(level, meetingTitle(meeting)), ''];
  out.push(heading(level + 1, 'Attendees'), ...attendeeLines(meeting, input, true), '');

  let sections = printableSections(input.template.sections, entries);
  if (!sections.some((s) => s.role === 'actions')) sections = [...sections, { title: 'Tasking', defaults: [], hints: [], role: 'actions' }];
  const linked = new Set(entries.map((e) => e.decisionId).filter((id) => id !== undefined));
  const loose = (input.decisions ?? []).filter((d) => isOfMeeting(d, meeting) && !linked.has(d.id));

  for (const section of sections) {
    if (section.role === 'actions' && loose.length) out.push(...decisionsSection(loose, input, level));
    out.push(heading(level + 1, sectionHeadingText(section)));
    for (const e of sectionEntries(entries, section.title)) {
      const secret = isEntryConfidential(e, input);
      out.push(...(secret && input.public ? [`- ${WITHHELD_LINE}`] : entryBlock(e, input, secret)));
    }
    if (section.role === 'actions') out.push(...actionLines(input));
    out.push('');
  }
  return out.join('\n');
}

function isOfMeeting(d: DecisionRow, meeting: MeetingRow): boolean {
  return d.meetingId === meeting.id || (d.venue.kind === 'meeting' && d.venue.meetingId === meeting.id);
}

function decisionsSection(decisions: readonly DecisionRow[], ctx: MinutesExportInput, level: number): string[] {
  const lines = [heading(level + 1, 'Decisions')];
  for (const d of [...decisions].sort((a, b) => a.number - b.number)) {
    lines.push(...(ctx.public && isDecisionConfidential(d, ctx.today) ? [`- ${WITHHELD_LINE}`] : decisionLines(d, ctx, '')));
  }
  return [...lines, ''];
}

function actionLines(ctx: MinutesExportInput): string[] {
  const mine = ctx.actions
    .filter((a) => a.status !== 'dropped')
    .filter((a) => a.meetingId === ctx.meeting.id || (a.origin.kind === 'meeting' && a.origin.meetingId === ctx.meeting.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return mine.map((a) => (ctx.public && isActionConfidential(a, ctx) ? `- ${WITHHELD_LINE}` : actionLine(a, ctx)));
}
