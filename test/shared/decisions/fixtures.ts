// Row builders for decision, member and action tests: complete rows with overridable fields.
import type {
  ActionId, ActionRow, DecisionId, DecisionRow, ItemId, ItemRow, MeetingId, MeetingRow, MemberId, MemberRow, TeamId,
  TeamRow, ThreadId, UpdateId, VoteRecord,
} from '../../../shared/model';

const AT = '2026-01-05T10:00:00.000Z';

export const memberId = (s: string) => s as MemberId;
export const decisionId = (s: string) => s as DecisionId;
export const teamId = (s: string) => s as TeamId;
export const meetingId = (s: string) => s as MeetingId;
export const itemId = (s: string) => s as ItemId;

export function member(id: string, over: Partial<MemberRow> = {}): MemberRow {
  return { id: memberId(id), name: id, handle: id, unavailable: [], conflictTeamIds: [], isActive: true, ...over };
}

/** Seven active members, like the NixOS SC. */
export const SEVEN = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => member(x));

export function vote(id: string, v: VoteRecord['vote'], rationale?: string): VoteRecord {
  return rationale === undefined ? { memberId: memberId(id), vote: v } : { memberId: memberId(id), vote: v, rationale };
}

export function decision(over: Partial<DecisionRow> = {}): DecisionRow {
  return {
    id: decisionId('d1'),
    number: 1,
    title: 'A decision',
    motion: 'Do the thing.',
    options: [],
    status: 'proposed',
    venue: { kind: 'meeting' },
    votes: [],
    rationale: '',
    confidentiality: 'public',
    itemIds: [],
    teamIds: [],
    tagIds: [],
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

export function item(id: string, over: Partial<ItemRow> = {}): ItemRow {
  return {
    id: itemId(id),
    updateId: 'u1' as UpdateId,
    threadId: 't1' as ThreadId,
    teamId: null,
    kind: 'request',
    text: `Ask ${id}`,
    isAsk: true,
    entities: { mentions: [], links: [], dates: [], amounts: [] },
    status: 'on-agenda',
    priority: 'normal',
    tagIds: [],
    assigneeIds: [],
    seenBy: [],
    confidential: false,
    notes: [],
    decisionIds: [],
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

export function team(id: string, name: string): TeamRow {
  return { id: teamId(id), name, aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: AT };
}

export function meeting(id: string, over: Partial<MeetingRow> = {}): MeetingRow {
  return {
    id: meetingId(id),
    title: `Meeting ${id}`,
    teamIds: [],
    seriesKey: 'team:docs',
    timeZone: 'UTC',
    durationMin: 60,
    memberIds: [],
    teamReps: [],
    observers: [],
    status: 'planned',
    attendance: {},
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

export function action(id: string, over: Partial<ActionRow> = {}): ActionRow {
  return {
    id: id as ActionId,
    text: `Action ${id}`,
    owner: { kind: 'person', name: 'Someone' },
    status: 'open',
    origin: { kind: 'none' },
    teamId: null,
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}
