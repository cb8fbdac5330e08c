// Row builders for the meetings tests: valid rows with overridable fields, named after
// the real SC members and the eight teams of the sample update thread.
import type { ActionId, AgendaEntryId, DecisionId, ItemId, MeetingId, MemberId, TeamId, ThreadId, UpdateId } from '../../../shared/model/ids';
import type { ActionRow, AgendaEntryRow, DecisionRow, ItemRow, MeetingRow, MemberRow, TagRow } from '../../../shared/model/rows';
import type { TagId } from '../../../shared/model/ids';

export const TEAMS = ['xen', 'rfcsc', 'formatting', 'moderation', 'stdenv', 'nix-community', 'marketing', 'documentation'] as const;
export const teamId = (name: string) => name as TeamId;
export const memberId = (handle: string) => `m-${handle}` as MemberId;
const T0 = '2026-04-01T10:00:00.000Z';

export const SC_HANDLES = ['tomberek', 'JulienMalka', 'philiptaron', 'roberth', 'Ericson2314', 'K900', 'cafkafk'] as const;

export function member(handle: string, over: Partial<MemberRow> = {}): MemberRow {
  return { id: memberId(handle), name: handle, handle, unavailable: [], conflictTeamIds: [], isActive: true, ...over };
}

export function meeting(over: Partial<MeetingRow> = {}): MeetingRow {
  return {
    id: 'meet-1' as MeetingId, title: 'Documentation team meeting', teamIds: [teamId('documentation')], seriesKey: 'team:documentation',
    startsAt: '2026-04-29T17:00:00.000Z', timeZone: 'UTC', durationMin: 30, memberIds: [], teamReps: [], observers: [],
    status: 'planned', attendance: {}, createdAt: T0, updatedAt: T0, ...over,
  };
}

export function item(id: string, over: Partial<ItemRow> = {}): ItemRow {
  return {
    id: id as ItemId, updateId: 'u1' as UpdateId, threadId: 't1' as ThreadId, teamId: teamId('documentation'), kind: 'request',
    text: `Ask ${id}`, isAsk: true, entities: { mentions: [], links: [], dates: [], amounts: [] }, status: 'triaged', priority: 'normal',
    tagIds: [], assigneeIds: [], seenBy: [], confidential: false, notes: [], decisionIds: [], createdAt: T0, updatedAt: T0, ...over,
  };
}

export function decision(id: string, over: Partial<DecisionRow> = {}): DecisionRow {
  return {
    id: id as DecisionId, number: 1, title: `Decision ${id}`, motion: 'Motion', options: [], status: 'proposed', venue: { kind: 'meeting' },
    votes: [], rationale: '', confidentiality: 'public', itemIds: [], teamIds: [teamId('documentation')], tagIds: [], createdAt: T0, updatedAt: T0, ...over,
  };
}

export function action(id: string, over: Partial<ActionRow> = {}): ActionRow {
  return {
    id: id as ActionId, text: `Action ${id}`, owner: { kind: 'member', memberId: memberId('tomberek') }, status: 'open', origin: { kind: 'none' },
    teamId: teamId('documentation'), createdAt: T0, updatedAt: T0, ...over,
  };
}

export function entry(id: string, over: Partial<AgendaEntryRow> = {}): AgendaEntryRow {
  return {
    id: id as AgendaEntryId, meetingId: 'meet-1' as MeetingId, section: 'Asks and decisions', order: 1, title: `Entry ${id}`,
    confidential: false, minutes: '', conclusion: '', isDone: false, ...over,
  };
}

export function tag(id: string, name: string): TagRow {
  return { id: id as TagId, name, color: '#336699' };
}
