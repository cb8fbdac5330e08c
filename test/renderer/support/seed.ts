/**
 * A small workspace shaped like the imported sample thread, for renderer unit tests.
 * End-to-end tests import the real sample through the UI instead.
 */
import { db } from '../../../renderer/db/instance';
import type { ItemId, ItemRow, MemberId, MemberRow, TagId, TagRow, TeamId, TeamRow, ThreadId, UpdateId, UpdateRow } from '../../../shared/model';

export const T0 = '2024-11-25T10:00:00.000Z';
export const THREAD = 'thread-56458' as ThreadId;

export const team = (id: string, name: string, extra: Partial<TeamRow> = {}): TeamRow => ({
  id: id as TeamId, name, aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: T0, ...extra,
});

export const member = (id: string, name: string, handle = ''): MemberRow => ({
  id: id as MemberId, name, handle, unavailable: [], conflictTeamIds: [], isActive: true,
});

export const update = (id: string, teamId: string, raw: string, extra: Partial<UpdateRow> = {}): UpdateRow => ({
  id: id as UpdateId, threadId: THREAD, teamId: teamId as TeamId, author: 'someone', raw, isTeamUpdate: true, sections: [], revisions: [], postedAt: T0, ...extra,
});

export const item = (id: string, updateId: string, teamId: string, text: string, extra: Partial<ItemRow> = {}): ItemRow => ({
  id: id as ItemId, updateId: updateId as UpdateId, threadId: THREAD, teamId: teamId as TeamId, kind: 'request', text, isAsk: false,
  entities: { mentions: [], links: [], dates: [], amounts: [] }, status: 'new', priority: 'normal', tagIds: [], assigneeIds: [], seenBy: [],
  confidential: false, notes: [], decisionIds: [], createdAt: T0, updatedAt: T0, ...extra,
});

export const tag = (id: string, name: string, color = '#3558d4'): TagRow => ({ id: id as TagId, name, color });

/** Eight teams, their updates and the asks an SC member expects from the sample thread. */
export async function seedSampleWorkspace(): Promise<void> {
  const teams = [
    team('xen', 'Xen'), team('rfcsc', 'RFC Steering Committee', { aliases: ['RFCSC'] }), team('formatting', 'Formatting'),
    team('moderation', 'Moderation'), team('stdenv', 'stdenv'), team('nix-community', 'nix-community'),
    team('marketing', 'Marketing'), team('documentation', 'Documentation', { groupHandles: ['@NixOS/documentation-team'] }),
  ];
  await db.teams.bulkAdd(teams);
  await db.threads.add({ id: THREAD, title: 'Community Team Updates', topicId: 56458, url: 'https://discourse.nixos.org/t/community-team-updates/56458', importedAt: T0 });
  await db.updates.bulkAdd(teams.map((t) => update(`u-${t.id}`, t.id, `Update of the ${t.name} team.`)));
  await db.items.bulkAdd([
    item('xen-alias', 'u-xen', 'xen', 'An e-mail alias that ends in @nixos.org', { isAsk: true, askType: 'access', kind: 'blocker' }),
    item('xen-approval', 'u-xen', 'xen', 'Approval from the Steering Committee to apply to Xen’s security pre-disclosure list', { isAsk: true, askType: 'approval', kind: 'blocker' }),
    item('rfcsc-rotation', 'u-rfcsc', 'rfcsc', 'Input on the selection of the new RFCSC before the rotation on 2024-12-09', { isAsk: true, askType: 'information', entities: { mentions: [], links: [], dates: ['2024-12-09'], amounts: [] } }),
    item('mod-escalation', 'u-moderation', 'moderation', 'Formalize escalation channels, possibly confidential', { isAsk: true, askType: 'process' }),
    item('stdenv-machine', 'u-stdenv', 'stdenv', 'Machine time to run staging cycles', { kind: 'blocker' }),
    item('mkt-funding', 'u-marketing', 'marketing', 'Fund 1-1.5 persons for the marketing team', { isAsk: true, askType: 'budget', kind: 'budget' }),
    item('mkt-matrix', 'u-marketing', 'marketing', 'Can we get a private matrix room for the marketing team?', { isAsk: true, askType: 'access', kind: 'other' }),
    item('docs-people', 'u-documentation', 'documentation', 'New people interested in rebooting the team are welcome', { isAsk: true, askType: 'people', kind: 'people' }),
    item('nixc-status', 'u-nix-community', 'nix-community', 'Continuous integration for x86_64 and aarch64', { kind: 'status' }),
  ]);
  await db.members.bulkAdd([member('m-tom', 'Tom Bereknyei', 'tomberek'), member('m-julien', 'Julien Malka', 'JulienMalka'), member('m-philip', 'Philip Taron', 'philiptaron'), member('m-robert', 'Robert Hensing', 'roberth'), member('m-john', 'John Ericson', 'Ericson2314')]);
  await db.tags.bulkAdd([tag('t-needs-decision', 'needs-decision', '#b3261e'), tag('t-budget', 'budget', '#1f7a3d')]);
}
