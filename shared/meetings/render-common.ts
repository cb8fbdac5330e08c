/**
 * Pieces shared by the agenda, minutes and round exports: the title in the SC's layout
 * (`Meeting agenda W18 - Wed 2026-04-29`), the Attendees lines, which sections to print,
 * and the confidentiality rule for one agenda entry. Every piece of user text goes
 * through shared/export/escape.ts (issue 5, SECURITY.md check 29).
 */
import { escapeInline, mention } from '../export/escape';
import { isDecisionConfidential, isItemConfidential } from '../export/redact';
import type { ActionRow, AgendaEntryRow, DecisionRow, ItemRow, MeetingRow, MemberRow, Owner, TeamRow } from '../model/rows';
import type { TemplateSection } from './templates';
import { dayInZone, isoWeekOfDay, weekdayOfDay } from './week';

/** What every meeting export may look up. */
export type ExportContext = {
  members: readonly MemberRow[];
  teams?: readonly TeamRow[];
  items?: readonly ItemRow[];
  decisions?: readonly DecisionRow[];
  /** `true` replaces confidential entries by {@link WITHHELD_LINE}. */
  public: boolean;
  /** `YYYY-MM-DD`, for decisions whose embargo ends on a day. */
  today: string;
};

/** The line that stands in for one confidential entry in a public export. */
export const WITHHELD_LINE = '_One item withheld (confidential)._';

/** `Meeting agenda W18 - Wed 2026-04-29` in the meeting's zone; without a start, the escaped title. */
export function meetingHeadingText(meeting: MeetingRow): string {
  if (!meeting.startsAt) return `Meeting agenda - ${escapeInline(meeting.title)} (date not set)`;
  const day = dayInZone(meeting.startsAt, meeting.timeZone);
  return `Meeting agenda W${isoWeekOfDay(day)} - ${weekdayOfDay(day)} ${day}`;
}

/** A Markdown ATX heading at `level` (clamped to 1–6). */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}

/** `@handle` of a member id, falling back to the id itself. */
export function memberMention(id: string, members: readonly MemberRow[]): string {
  const m = members.find((x) => x.id === id);
  return mention(m?.handle || m?.name || id) || escapeInline(m?.name ?? id);
}

/** A name typed by a person: a mention when it looks like a handle, else escaped text. */
export function personText(name: string): string {
  const trimmed = name.trim();
  return /^@?[\p{L}\p{N}_.\-/]+$/u.test(trimmed) ? mention(trimmed) : escapeInline(trimmed);
}

/** How an action's owner is written: `@handle`, a team name, or a person. */
export function ownerText(owner: Owner, ctx: Pick<ExportContext, 'members' | 'teams'>): string {
  if (owner.kind === 'member') return memberMention(owner.memberId, ctx.members);
  if (owner.kind === 'team') return escapeInline(ctx.teams?.find((t) => t.id === owner.teamId)?.name ?? owner.teamId);
  return personText(owner.name);
}

/** Sections to print: the template's (without Attendees), then any section only entries name. */
export function printableSections(sections: readonly TemplateSection[], entries: readonly Pick<AgendaEntryRow, 'section'>[]): TemplateSection[] {
  const own = sections.filter((s) => s.role !== 'attendees');
  const known = new Set(own.map((s) => s.title));
  const extra = [...new Set(entries.map((e) => e.section))].filter((t) => !known.has(t));
  return [...own, ...extra.map((title) => ({ title, defaults: [], hints: [] }))];
}

/** `Old topics (20 min)`, escaped. */
export function sectionHeadingText(section: Pick<TemplateSection, 'title' | 'timeboxMin'>): string {
  return `${escapeInline(section.title)}${section.timeboxMin === undefined ? '' : ` (${section.timeboxMin} min)`}`;
}

/** Whether an entry must be withheld from a public export: its own flag, its item's, or its decision's. */
export function isEntryConfidential(entry: AgendaEntryRow, ctx: Pick<ExportContext, 'items' | 'decisions' | 'today'>): boolean {
  if (entry.confidential) return true;
  const item = entry.itemId ? ctx.items?.find((i) => i.id === entry.itemId) : undefined;
  if (item && isItemConfidential(item)) return true;
  const decision = entry.decisionId ? ctx.decisions?.find((d) => d.id === entry.decisionId) : undefined;
  return decision ? isDecisionConfidential(decision, ctx.today) : false;
}

/** Whether an action comes from a confidential item or decision. */
export function isActionConfidential(action: ActionRow, ctx: Pick<ExportContext, 'items' | 'decisions' | 'today'>): boolean {
  const { origin } = action;
  if (origin.kind === 'item') return ctx.items?.find((i) => i.id === origin.itemId)?.confidential ?? false;
  if (origin.kind === 'decision') {
    const d = ctx.decisions?.find((x) => x.id === origin.decisionId);
    return d ? isDecisionConfidential(d, ctx.today) : false;
  }
  return false;
}

/** `- [ ] @owner: text (due 2026-05-01)`; done actions are ticked. */
export function actionLine(action: ActionRow, ctx: Pick<ExportContext, 'members' | 'teams'>): string {
  const due = action.dueOn ? ` (due ${action.dueOn})` : '';
  return `- [${action.status === 'done' ? 'x' : ' '}] ${ownerText(action.owner, ctx)}: ${escapeInline(action.text)}${due}`;
}

/** Attendees lines in the reference layout; `withAbsent` adds attendance from the minutes. */
export function attendeeLines(meeting: MeetingRow, ctx: Pick<ExportContext, 'members'>, withAbsent: boolean): string[] {
  const status = (id: string) => {
    const m = ctx.members.find((x) => x.id === id);
    return meeting.attendance[id] ?? (m ? meeting.attendance[m.handle] : undefined);
  };
  const listed = meeting.memberIds.filter((id) => !withAbsent || status(id) !== 'absent');
  const members = listed.map((id) => `${memberMention(id, ctx.members)}${withAbsent && status(id) === 'late' ? ' (joined late)' : ''}`);
  const lines = [`- Members: ${members.join(', ')}`];
  if (meeting.teamReps.length) lines.push(`- Team: ${meeting.teamReps.map(personText).join(', ')}`);
  lines.push(`- Observers: ${meeting.observers.map(personText).join(', ')}`);
  const chair = meeting.chairId ? memberMention(meeting.chairId, ctx.members) : '';
  const recorder = meeting.recorderId ? memberMention(meeting.recorderId, ctx.members) : '';
  if (chair && chair === recorder) lines.push(`- Recorder/Chair: ${recorder}`);
  else {
    if (chair) lines.push(`- Chair: ${chair}`);
    lines.push(`- Recorder: ${recorder}`);
  }
  const absent = meeting.memberIds.filter((id) => status(id) === 'absent').map((id) => memberMention(id, ctx.members));
  if (withAbsent && absent.length) lines.push(`- Absent: ${absent.join(', ')}`);
  return lines.map((l) => l.trimEnd());
}
