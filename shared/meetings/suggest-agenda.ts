/**
 * Agenda auto-suggest for a meeting (issue 6). It proposes, for the meeting's team(s):
 * open asks, unresolved blockers and budget requests, decisions still proposed, open
 * actions, and any item tagged for discussion (`needs-decision`, `discuss`, `agenda`).
 * Items whose status is decided, resolved or not-for-sc, and items gone from their post,
 * are skipped; an item covered by a proposed decision appears once, as the decision.
 * A team meeting also gets the decisions already taken on the team's asks that the team
 * has not heard at a meeting yet (taken async or at the SC's meeting, and on no held
 * agenda of the team), as `Decided: <title> (approved on <day>)`, so that the team
 * meeting reports them. For the SC's own meeting (no teams) only tagged items, proposed
 * decisions and open actions of no team are proposed, so that it is not flooded with
 * every team's asks.
 *
 * Entries land in the template section their kind names (Asks and decisions, Blockers,
 * Budget, Actions/Tasking, or Old/New topics in the SC template) and are ordered by
 * urgency: anything needing a decision first, then overdue or due-soon, then priority,
 * then age. Template default entries come first in their section. An item's kind follows
 * what the SC has to do with it, not only the heading it was found under: a budget request
 * is Budget; an ask for the SC's approval is an ask to decide, even when the team wrote it
 * under "Blockers" (the extractor types items by their section); a blocker that needs
 * access or help from others stays a blocker.
 *
 * An item's reason says when it was raised: the day of its post (`postedAt` of its update,
 * in UTC), never the day it was imported; without a dated post it says nothing of when.
 */
import type { ActionId, DecisionId, ItemId } from '../model/ids';
import type { ActionRow, AgendaEntryRow, DecisionRow, ItemRow, MeetingRow, TagRow, UpdateRow } from '../model/rows';
import { hasOutcome, isHeld, isTakenAt, outcomePhrase, wasTakenWithTeam } from './decision-report';
import { itemTitle } from './live-entry';
import type { MeetingTemplate, TemplateSection } from './templates';

/** A proposed agenda entry, not yet saved. */
export type DraftEntry = {
  section: string;
  title: string;
  itemId?: ItemId;
  decisionId?: DecisionId;
  actionId?: ActionId;
  timeboxMin?: number;
  /** Why it was proposed, shown next to the suggestion. */
  reason: string;
};

/** Input of {@link suggestAgenda}. */
export type SuggestInput = {
  meeting: MeetingRow;
  template: MeetingTemplate;
  items: readonly ItemRow[];
  decisions: readonly DecisionRow[];
  actions: readonly ActionRow[];
  tags: readonly TagRow[];
  /** `YYYY-MM-DD`. */
  today: string;
  /** Entries already on the agenda: their items, decisions and actions are not proposed again. */
  existing?: readonly AgendaEntryRow[];
  /** Every meeting and every agenda entry, to tell which decisions a team has heard already; optional. */
  meetings?: readonly MeetingRow[];
  agendaEntries?: readonly AgendaEntryRow[];
  /** The posts (updates) of the items, to say when each was raised; optional. */
  updates?: readonly Pick<UpdateRow, 'id' | 'postedAt'>[];
};

/** Tag names that put an item on the agenda; `needs-decision` also makes it urgent. */
export const DISCUSSION_TAGS = ['needs-decision', 'discuss', 'agenda'] as const;
const SKIPPED = new Set(['decided', 'resolved', 'not-for-sc']);
const PRIORITY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 } as const;
const DUE_SOON_DAYS = 7;

type Kind = 'decision' | 'reported' | 'ask' | 'blocker' | 'budget' | 'action' | 'discuss';
type Candidate = DraftEntry & { kind: Kind; needsDecision: boolean; due?: string; priority: number; createdAt: string; key: string; revisit: boolean; isAsync?: boolean };

/** Section title patterns per kind, most specific first. */
const SECTION_PREFS: Record<Kind, RegExp[]> = {
  decision: [/decision/i, /old topics/i, /new topics/i],
  reported: [/decision/i, /async updates/i, /old topics/i],
  ask: [/asks?\b/i, /new topics/i],
  blocker: [/blocker/i, /new topics/i],
  budget: [/budget/i, /new topics/i],
  action: [/^(tasking|actions?|action items)$/i, /old topics/i],
  discuss: [/asks?\b/i, /new topics/i],
};

/** Propose agenda entries for a meeting (rules in the module comment). */
export function suggestAgenda(input: SuggestInput): DraftEntry[] {
  const { meeting, today } = input;
  const isTeamMeeting = meeting.teamIds.length > 0;
  const inScope = (teamId: string | null) => (isTeamMeeting ? teamId !== null && meeting.teamIds.some((t) => t === teamId) : teamId === null);
  const discussTagIds = new Set(input.tags.filter((t) => (DISCUSSION_TAGS as readonly string[]).includes(t.name.toLowerCase())).map((t) => t.id));
  const needsTagIds = new Set(input.tags.filter((t) => t.name.toLowerCase() === 'needs-decision').map((t) => t.id));
  const existing = input.existing ?? [];
  const taken = new Set(existing.flatMap((e) => [e.itemId, e.decisionId, e.actionId]).filter((x) => x !== undefined));
  const soon = addDays(today, DUE_SOON_DAYS);
  const postedOn = new Map((input.updates ?? []).flatMap((u) => (u.postedAt ? [[u.id as string, u.postedAt.slice(0, 10)] as const] : [])));
  const out: Candidate[] = [];

  const decisions = input.decisions.filter((d) => d.status === 'proposed' && (isTeamMeeting ? d.teamIds.some((t) => meeting.teamIds.includes(t)) : true));
  const reported = isTeamMeeting ? unreported(input).filter((d) => !taken.has(d.id)) : [];
  const coveredItems = new Set([...decisions, ...reported].flatMap((d) => d.itemIds));
  for (const d of reported) {
    const line = `Decided: ${d.title} (${outcomePhrase(d, input.meetings)})`;
    out.push({
      kind: 'reported', section: '', title: line, decisionId: d.id, reason: `Decision #${d.number} was taken without the team: report it.`,
      needsDecision: false, priority: 1, createdAt: d.createdAt, key: d.id, revisit: false,
    });
  }
  for (const d of decisions) {
    if (taken.has(d.id)) continue;
    out.push({
      kind: 'decision', section: '', title: d.title, decisionId: d.id, reason: `Decision #${d.number} is still proposed: vote or settle it.`,
      needsDecision: true, priority: 1, createdAt: d.createdAt, key: d.id, revisit: false, isAsync: d.venue.kind === 'async',
    });
  }
  for (const it of input.items) {
    if (taken.has(it.id) || coveredItems.has(it.id) || SKIPPED.has(it.status) || it.isGone) continue;
    const tagged = it.tagIds.some((t) => discussTagIds.has(t));
    const teamOk = isTeamMeeting ? it.teamId !== null && meeting.teamIds.includes(it.teamId) : true;
    const kind = kindOf(it, tagged);
    if (!kind || !teamOk || (!isTeamMeeting && !tagged)) continue;
    const needsDecision = it.tagIds.some((t) => needsTagIds.has(t)) || it.askType === 'approval';
    // The post's own day: `createdAt` is the day of the import, not of the post.
    const raised = postedOn.get(it.updateId);
    const why = [kindLabel(kind, it), ...(raised ? [`raised ${raised}`] : []), ...(tagged ? ['tagged for discussion'] : []), ...(needsDecision ? ['needs a decision'] : [])];
    out.push({
      kind, section: '', title: itemTitle(it.text), itemId: it.id, reason: `${capitalise(why.join(', '))}.`,
      needsDecision, priority: PRIORITY_RANK[it.priority], createdAt: it.createdAt, key: it.id, revisit: it.status === 'on-agenda' || it.status === 'deferred',
    });
  }
  for (const a of input.actions) {
    if (taken.has(a.id) || a.status !== 'open' || !inScope(a.teamId) || a.meetingId === meeting.id) continue;
    const overdue = a.dueOn !== undefined && a.dueOn < today;
    const dueNote = a.dueOn ? (overdue ? `, overdue since ${a.dueOn}` : `, due ${a.dueOn}`) : '';
    out.push({
      kind: 'action', section: '', title: a.text, actionId: a.id, reason: `Open action carried over${dueNote}.`,
      needsDecision: false, ...(a.dueOn ? { due: a.dueOn } : {}), priority: 2, createdAt: a.createdAt, key: a.id, revisit: true,
    });
  }

  const sections = input.template.sections.filter((s) => s.role !== 'attendees');
  for (const c of out) c.section = sectionFor(c, sections);
  const defaults: DraftEntry[] = sections.flatMap((s) =>
    s.defaults.filter((d) => !existing.some((e) => e.section === s.title && e.title === d)).map((d) => ({ section: s.title, title: d, reason: 'From the meeting template.' })),
  );
  const ranked = [...out].sort((a, b) => urgency(a, soon) - urgency(b, soon) || cmpDue(a, b) || a.priority - b.priority || cmp(a.createdAt, b.createdAt) || cmp(a.key, b.key));
  return sections.flatMap((s) => [...defaults.filter((d) => d.section === s.title), ...ranked.filter((c) => c.section === s.title).map(toDraft)]);
}

/** What the SC has to do with an item (rule in the module comment); undefined: nothing to put on an agenda. */
function kindOf(it: ItemRow, tagged: boolean): Kind | undefined {
  if (it.kind === 'budget' || it.askType === 'budget') return 'budget';
  if (it.isAsk && it.askType === 'approval') return 'ask';
  if (it.kind === 'blocker') return 'blocker';
  if (it.isAsk) return 'ask';
  return tagged ? 'discuss' : undefined;
}

/**
 * Decisions with an outcome on the meeting's teams (or their asks) that the team has not
 * heard at a meeting: not taken at a meeting of the team, and on no held agenda of the team.
 */
function unreported(input: SuggestInput): DecisionRow[] {
  const { meeting } = input;
  const meetings = input.meetings ?? [];
  const teamItems = new Set(input.items.filter((i) => i.teamId !== null && meeting.teamIds.includes(i.teamId)).map((i) => i.id));
  const heldWithTeam = new Set(
    meetings.filter((m) => m.id !== meeting.id && isHeld(m) && m.teamIds.some((t) => meeting.teamIds.includes(t))).map((m) => m.id),
  );
  const heard = new Set((input.agendaEntries ?? []).filter((e) => heldWithTeam.has(e.meetingId)).map((e) => e.decisionId));
  return input.decisions.filter(
    (d) =>
      hasOutcome(d) &&
      (d.teamIds.some((t) => meeting.teamIds.includes(t)) || d.itemIds.some((id) => teamItems.has(id))) &&
      !isTakenAt(d, meeting) &&
      !wasTakenWithTeam(d, meeting, meetings) &&
      !heard.has(d.id),
  );
}

function sectionFor(c: Candidate, sections: readonly TemplateSection[]): string {
  // Topics seen before go to "Old topics"; votes held async are finalised under "Async Updates".
  const first = c.isAsync ? [/async updates/i] : c.revisit && c.kind !== 'action' ? [/old topics/i] : [];
  const ordered = [...first, ...SECTION_PREFS[c.kind]];
  for (const p of ordered) {
    const hit = sections.find((s) => p.test(s.title));
    if (hit) return hit.title;
  }
  return (sections.find((s) => !s.role) ?? sections[0])?.title ?? 'Agenda';
}

/** 0 needs a decision, 1 overdue or due within a week, 2 the rest. */
function urgency(c: Candidate, soon: string): number {
  if (c.needsDecision) return 0;
  return c.due !== undefined && c.due <= soon ? 1 : 2;
}

function cmpDue(a: Candidate, b: Candidate): number {
  if (a.due === b.due) return 0;
  if (a.due === undefined) return 1;
  if (b.due === undefined) return -1;
  return cmp(a.due, b.due);
}

function toDraft(c: Candidate): DraftEntry {
  const { section, title, itemId, decisionId, actionId, timeboxMin, reason } = c;
  return { section, title, reason, ...(itemId ? { itemId } : {}), ...(decisionId ? { decisionId } : {}), ...(actionId ? { actionId } : {}), ...(timeboxMin === undefined ? {} : { timeboxMin }) };
}

function kindLabel(kind: Kind, it: ItemRow): string {
  if (kind === 'ask') return `open ask${it.askType ? ` (${it.askType})` : ''}`;
  if (kind === 'blocker') return 'unresolved blocker';
  if (kind === 'budget') return 'budget request';
  return 'item';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `YYYY-MM-DD` plus n days, in plain calendar arithmetic (no time zone involved). */
function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n);
  return new Date(t).toISOString().slice(0, 10);
}
