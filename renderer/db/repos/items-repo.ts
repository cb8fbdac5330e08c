/**
 * Triage edits of items (issue 4). Every edit a member makes goes through changeRecords,
 * so the item and its history row are written together and the last change can be undone.
 * The rules (which status may follow which, tag edits, notes) live in shared/triage.
 */
import {
  itemRow, type ItemId, type ItemRow, type ItemStatus, type MemberId, type Priority, type TagId,
} from '../../../shared/model';
import { normalizeForKey } from '../../../shared/parse/hash';
import { makeNote } from '../../../shared/triage/notes';
import { STATUS_LABELS, itemStatusPatch } from '../../../shared/triage/status-rules';
import { editedTagIds } from '../../../shared/triage/tags';
import { db } from '../instance';
import { changeRecord, changeRecords, currentActor, type Change } from './history-repo';

type ItemPatch = (item: ItemRow) => Partial<ItemRow> | null;

function itemChange(id: ItemId, patch: ItemPatch, summary: (item: ItemRow, patch: Partial<ItemRow>) => string): Change<ItemRow> {
  return {
    table: 'items',
    id,
    patch: (item) => {
      const p = patch(item);
      return p === null ? null : { ...p, updatedAt: new Date().toISOString() };
    },
    summary,
    validate: (row) => itemRow.parse(row),
  };
}

async function changeItems(ids: readonly ItemId[], patch: ItemPatch, summary: (item: ItemRow, patch: Partial<ItemRow>) => string): Promise<number> {
  return changeRecords(ids.map((id) => itemChange(id, patch, summary)));
}

/** Every item (the Items view filters and searches in memory; see PERFORMANCE-FLOORS §4). */
export async function listItems(): Promise<ItemRow[]> {
  return db.items.toArray();
}

/** Moves items to `status` (a reason is required for "not for SC"); returns how many changed. */
export async function setItemStatus(ids: readonly ItemId[], status: ItemStatus, reason?: string): Promise<number> {
  return changeItems(
    ids,
    (item) => itemStatusPatch(item, status, reason),
    (item, p) => `status: ${STATUS_LABELS[item.status]} → ${STATUS_LABELS[p.status ?? item.status]}${p.statusReason ? ` (${p.statusReason})` : ''}`,
  );
}

/** Sets the priority of items. */
export async function setItemPriority(ids: readonly ItemId[], priority: Priority): Promise<number> {
  return changeItems(ids, (item) => (item.priority === priority ? null : { priority }), (item) => `priority: ${item.priority} → ${priority}`);
}

/** Adds and removes tags on items; `names` resolves tag ids for the history summary. */
export async function editItemTags(ids: readonly ItemId[], edit: { add?: readonly TagId[]; remove?: readonly TagId[] }): Promise<number> {
  const add = edit.add ?? [];
  const remove = edit.remove ?? [];
  const tags = new Map((await db.tags.bulkGet([...add, ...remove])).filter((t) => t !== undefined).map((t) => [t.id, t.name]));
  const name = (id: TagId) => tags.get(id) ?? 'a deleted tag';
  return changeItems(
    ids,
    (item) => {
      const tagIds = editedTagIds(item.tagIds, add, remove);
      return tagIds === null ? null : { tagIds };
    },
    (item) => {
      const added = add.filter((id) => !item.tagIds.includes(id)).map(name);
      const removed = remove.filter((id) => item.tagIds.includes(id)).map(name);
      return ['tags:', added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join(' ');
    },
  );
}

/** Assigns (`on`) or unassigns an SC member on items. */
export async function setItemAssignee(ids: readonly ItemId[], memberId: MemberId, on: boolean): Promise<number> {
  const member = await db.members.get(memberId);
  const who = member?.name ?? 'a former member';
  return changeItems(
    ids,
    (item) => {
      const has = item.assigneeIds.includes(memberId);
      if (has === on) return null;
      return { assigneeIds: on ? [...item.assigneeIds, memberId] : item.assigneeIds.filter((m) => m !== memberId) };
    },
    () => (on ? `assigned to ${who}` : `unassigned ${who}`),
  );
}

/**
 * Items with the same words as `ids` that are not among them: copies of the same ask in a
 * post the member kept apart from its stored twin at import (issue 14), or a team repeating
 * it in another thread. One scan of the items table, as the import's `flagTwins` does.
 */
async function twinsOf(ids: readonly ItemId[]): Promise<ItemId[]> {
  const texts = new Set((await db.items.bulkGet([...ids])).flatMap((i) => (i ? [normalizeForKey(i.text)] : [])).filter((t) => t !== ''));
  if (texts.size === 0) return [];
  const chosen = new Set<string>(ids);
  return (await db.items.filter((i) => !chosen.has(i.id) && texts.has(normalizeForKey(i.text))).primaryKeys()) as ItemId[];
}

/**
 * Marks items confidential (security embargoes, moderation cases) or not; exports leave
 * confidential items out. Copies with the same words follow, so a copy can never publish
 * what its twin holds back, nor hold back what the member chose to publish.
 */
export async function setItemConfidential(ids: readonly ItemId[], confidential: boolean): Promise<number> {
  const twins = await twinsOf(ids);
  const patch: ItemPatch = (item) => (item.confidential === confidential ? null : { confidential });
  return changeRecords([
    ...ids.map((id) => itemChange(id, patch, () => (confidential ? 'marked confidential' : 'no longer confidential'))),
    ...twins.map((id) => itemChange(id, patch, () => (confidential ? 'marked confidential with its copy in another post' : 'no longer confidential, like its copy in another post'))),
  ]);
}

/** Adds a note (SC-internal unless `shareable`). */
export async function addItemNote(id: ItemId, input: { text: string; shareable: boolean }): Promise<void> {
  const note = makeNote(input, await currentActor(), new Date().toISOString());
  await changeRecord(itemChange(id, (item) => ({ notes: [...item.notes, note] }), () => `note added (${note.shareable ? 'shareable with the team' : 'SC-internal'})`));
}

/** Switches a note between SC-internal and shareable with the team. */
export async function setNoteShareable(id: ItemId, noteId: string, shareable: boolean): Promise<void> {
  await changeRecord(
    itemChange(
      id,
      (item) => (item.notes.some((n) => n.id === noteId && n.shareable !== shareable) ? { notes: item.notes.map((n) => (n.id === noteId ? { ...n, shareable } : n)) } : null),
      () => (shareable ? 'note made shareable with the team' : 'note made SC-internal'),
    ),
  );
}

/** Deletes a note. */
export async function removeItemNote(id: ItemId, noteId: string): Promise<void> {
  await changeRecord(itemChange(id, (item) => (item.notes.some((n) => n.id === noteId) ? { notes: item.notes.filter((n) => n.id !== noteId) } : null), () => 'note deleted'));
}

/**
 * Records that `memberId` has (or has not) read the item, for the "my items" queue. Not a
 * triage change: it is not kept in the history and not undone with the member's edits.
 */
export async function setItemSeen(id: ItemId, memberId: MemberId, seen: boolean): Promise<void> {
  await db.transaction('rw', db.items, async () => {
    const item = await db.items.get(id);
    if (!item || item.seenBy.includes(memberId) === seen) return;
    await db.items.update(id, { seenBy: seen ? [...item.seenBy, memberId] : item.seenBy.filter((m) => m !== memberId) });
  });
}
