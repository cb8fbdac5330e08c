/**
 * Pieces shared by the agenda, minutes and round exports: the title in the SC's layout
 * (`Meeting agenda W18 - Wed 2026-04-29`, `Meeting minutes …` for minutes), the Attendees
 * lines, which sections to print, and the confidentiality rule for one agenda entry. Every
 * piece of user text follows the one export rule of issue 13: text from a team post through
 * shared/export/team-text.ts, text an SC member typed through shared/export/member-text.ts
 * (issue 5, SECURITY.md check 29).
 */
import { escapeInline, mention } from '../export/escape';
import { memberInline } from '../export/member-text';
import { mentionsIn, type Pingable } from '../export/mentions';
import { pingableHandles } from '../export/pingable';
import { postLinkMd, postUrlOf, type PostSources } from '../export/post-link';
import { teamInline } from '../export/team-text';
import { isDecisionConfidential, isItemConfidential } from '../export/redact';
import type { ActionRow, AgendaEntryRow, DecisionRow, ItemRow, MeetingRow, MemberRow, Owner, TeamRow } from '../model/rows';
import { labelCoversText } from '../text/short-label';
import type { TemplateSection } from './templates';
import { dayInZone, isoWeekOfDay, weekdayOfDay } from './week';

/** What every meeting export may look up; `threads` and `updates` link asks to their posts. */
export type ExportContext = PostSources & {
  members: readonly MemberRow[];
  teams?: readonly TeamRow[];
  items?: readonly ItemRow[];
  decisions?: readonly DecisionRow[];
  /** Meetings, to date a decision taken at one (shared/decisions/decision-day.ts); optional. */
  meetings?: readonly MeetingRow[];
  /** `true` replaces confidential entries by {@link WITHHELD_LINE}. */
  public: boolean;
  /** `YYYY-MM-DD`, for decisions whose embargo ends on a day. */
  today: string;
};

/** The line that stands in for one confidential entry in a public export. */
export const WITHHELD_LINE = '_One item withheld (confidential)._';

/** Which document a title heads. */
export type MeetingDocument = 'agenda' | 'minutes';

/**
 * `Meeting agenda W18 - Wed 2026-04-29` in the meeting's zone; without a start, the escaped
 * title. Minutes say `Meeting minutes`: the SC's own minutes files keep the agenda's
 * heading, but minutes posted on Discourse under "agenda" read as a plan, not a record.
 */
export function meetingHeadingText(meeting: MeetingRow, doc: MeetingDocument = 'agenda'): string {
  const what = `Meeting ${doc}`;
  if (!meeting.startsAt) return `${what} - ${memberInline(meeting.title)} (date not set)`;
  const day = dayInZone(meeting.startsAt, meeting.timeZone);
  return `${what} W${isoWeekOfDay(day)} - ${weekdayOfDay(day)} ${day}`;
}

/** A Markdown ATX heading at `level` (clamped to 1–6). */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}

/**
 * Who a meeting's documents may ping (shared/export/pingable.ts): the SC members, the group
 * handles of the meeting's teams, and the team representatives and observers its Attendees
 * lines already mention.
 */
export function meetingPingable(meeting: MeetingRow, ctx: Pick<ExportContext, 'members' | 'teams'>): Pingable {
  const teams = (ctx.teams ?? []).filter((t) => meeting.teamIds.includes(t.id));
  const people = [...meeting.teamReps, ...meeting.observers].flatMap((name) => [name, ...mentionsIn(name).map((m) => m.handle)]);
  return pingableHandles({ members: ctx.members, teams, people });
}

/**
 * `@handle` of a member id; a member without a handle is written by name, never as a
 * mention made up from the name (`@RobertHensing` would ping whoever owns that account).
 */
export function memberMention(id: string, members: readonly MemberRow[]): string {
  const m = members.find((x) => x.id === id);
  if (m?.handle) return mention(m.handle) || escapeInline(m.name);
  return escapeInline(m?.name ?? id);
}

/**
 * A person typed into a meeting (presenter, team representative, observer, owner): a
 * mention only when the member typed it as one (`@edef1c`) or it is a handle the workspace
 * knows (an SC member's, or a Discourse username listed on a team); any other name
 * ("Yaroslav") stays a name, so that a document pings only whom it means to.
 */
export function personText(name: string, known: KnownHandles = []): string {
  const trimmed = name.trim();
  const isHandle = /^@?[\p{L}\p{N}_.\-/]+$/u.test(trimmed);
  const bare = trimmed.replace(/^@/, '').toLowerCase();
  return isHandle && (trimmed.startsWith('@') || known.some((h) => h.replace(/^@/, '').toLowerCase() === bare)) ? mention(trimmed) : escapeInline(trimmed);
}

/** Handles {@link personText} may write as mentions without an `@` typed. */
export type KnownHandles = readonly string[];

/** The SC members' handles and the usernames listed on the teams of the context. */
export function knownHandles(ctx: Pick<ExportContext, 'members' | 'teams'>): KnownHandles {
  return [...ctx.members.map((m) => m.handle), ...(ctx.teams ?? []).flatMap((t) => t.members)].filter(Boolean);
}

/** How an action nobody owns yet is written: no `@`, so that posting it pings nobody. */
export const NO_OWNER_TEXT = '(no owner yet)';

// Names that stand for "nobody yet": the minutes import stores `unassigned`, the meeting's
// action form `someone`; written as `@unassigned` they would ping whoever has that account.
const PLACEHOLDER_OWNER = /^@?(unassigned|someone|nobody|no ?one|no owner( yet)?|tbd|n\/a|\?+|-+)$/i;

/** Whether an owner is a stand-in for nobody (see {@link NO_OWNER_TEXT}). */
export function isNoOwner(owner: Owner): boolean {
  return owner.kind === 'person' && PLACEHOLDER_OWNER.test(owner.name.trim());
}

/** How an action's owner is written: `@handle`, a team name, a person, or {@link NO_OWNER_TEXT}. */
export function ownerText(owner: Owner, ctx: Pick<ExportContext, 'members' | 'teams'>): string {
  if (owner.kind === 'member') return memberMention(owner.memberId, ctx.members);
  if (owner.kind === 'team') return teamInline(ctx.teams?.find((t) => t.id === owner.teamId)?.name ?? owner.teamId);
  return isNoOwner(owner) ? NO_OWNER_TEXT : personText(owner.name, knownHandles(ctx));
}

/** Sections to print: the template's (without Attendees), then any section only entries name. */
export function printableSections(sections: readonly TemplateSection[], entries: readonly Pick<AgendaEntryRow, 'section'>[]): TemplateSection[] {
  const own = sections.filter((s) => s.role !== 'attendees');
  const known = new Set(own.map((s) => s.title));
  const extra = [...new Set(entries.map((e) => e.section))].filter((t) => !known.has(t));
  return [...own, ...extra.map((title) => ({ title, defaults: [], hints: [] }))];
}

/** `Old topics (20 min)`: the template's title (member text) and its timebox. */
export function sectionHeadingText(section: Pick<TemplateSection, 'title' | 'timeboxMin'>): string {
  return `${memberInline(section.title)}${section.timeboxMin === undefined ? '' : ` (${section.timeboxMin} min)`}`;
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

/**
 * `- [ ] @owner: text (due 2026-05-01)`; done actions are ticked. The text is member text;
 * without `pingable` it may ping the SC members and the group handles of the action's team.
 */
export function actionLine(action: ActionRow, ctx: Pick<ExportContext, 'members' | 'teams'>, pingable?: Pingable): string {
  const due = action.dueOn ? ` (due ${action.dueOn})` : '';
  const who = pingable ?? pingableHandles({ members: ctx.members, teams: (ctx.teams ?? []).filter((t) => t.id === action.teamId) });
  return `- [${action.status === 'done' ? 'x' : ' '}] ${ownerText(action.owner, ctx)}: ${memberInline(action.text, { pingable: who })}${due}`;
}

/** What {@link attendeeLines} prints besides who was invited. */
export type AttendeeOptions = {
  /** Minutes: present members only, late joiners marked, then `Absent:`. */
  withAbsent: boolean;
  /** Keep lines with nobody on them (`- Observers:`) as slots to fill in; off for anything published. */
  withEmpty: boolean;
};

/** Attendees lines in the reference layout (members, team, observers, chair, recorder, absent). */
export function attendeeLines(meeting: MeetingRow, ctx: Pick<ExportContext, 'members' | 'teams'>, opts: AttendeeOptions): string[] {
  const { withAbsent } = opts;
  const status = (id: string) => {
    const m = ctx.members.find((x) => x.id === id);
    return meeting.attendance[id] ?? (m ? meeting.attendance[m.handle] : undefined);
  };
  const listed = meeting.memberIds.filter((id) => !withAbsent || status(id) !== 'absent');
  const members = listed.map((id) => `${memberMention(id, ctx.members)}${withAbsent && status(id) === 'late' ? ' (joined late)' : ''}`);
  const lines = [`- Members: ${members.join(', ')}`];
  const known = knownHandles(ctx);
  const person = (name: string) => personText(name, known);
  // Team representatives have attendance too (keyed by the name as typed): minutes list
  // the ones who came under Team and the others under Absent, like SC members.
  const reps = meeting.teamReps.filter((r) => !withAbsent || meeting.attendance[r] !== 'absent');
  if (reps.length) lines.push(`- Team: ${reps.map((r) => `${person(r)}${withAbsent && meeting.attendance[r] === 'late' ? ' (joined late)' : ''}`).join(', ')}`);
  lines.push(`- Observers: ${meeting.observers.map(person).join(', ')}`);
  const chair = meeting.chairId ? memberMention(meeting.chairId, ctx.members) : '';
  const recorder = meeting.recorderId ? memberMention(meeting.recorderId, ctx.members) : '';
  if (chair && chair === recorder) lines.push(`- Recorder/Chair: ${recorder}`);
  else {
    if (chair) lines.push(`- Chair: ${chair}`);
    lines.push(`- Recorder: ${recorder}`);
  }
  const absent = [
    ...meeting.memberIds.filter((id) => status(id) === 'absent').map((id) => memberMention(id, ctx.members)),
    ...meeting.teamReps.filter((r) => meeting.attendance[r] === 'absent').map((r) => `${person(r)} (team)`),
  ];
  if (withAbsent && absent.length) lines.push(`- Absent: ${absent.join(', ')}`);
  const trimmed = lines.map((l) => l.trimEnd());
  return opts.withEmpty ? trimmed : trimmed.filter((l) => !/^- [^:]+:$/.test(l));
}

/** What an entry linked to an ask adds to its bullet: a link after the title, or lines beneath it. */
export type AskParts = { titleSuffix: string; lines: string[] };

/**
 * The ask behind an entry, as exports print it: never cut. When the entry's title says the
 * whole ask, the title gets the link to the ask's post; when the title is a shortened label
 * (shared/text/short-label.ts), the whole ask follows as a quote beneath it, with the link.
 */
export function askParts(entry: AgendaEntryRow, ctx: Pick<ExportContext, 'items' | 'threads' | 'updates'>, indent = '  '): AskParts {
  const item = entry.itemId ? ctx.items?.find((i) => i.id === entry.itemId) : undefined;
  if (!item) return { titleSuffix: '', lines: [] };
  const link = postLinkMd(postUrlOf(item, ctx));
  if (labelCoversText(entry.title, item.text)) return { titleSuffix: link ? ` (${link})` : '', lines: [] };
  return { titleSuffix: '', lines: [`${indent}> ${teamInline(item.text)}${link ? ` (${link})` : ''}`] };
}
