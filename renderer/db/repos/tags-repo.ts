/**
 * Tags (issue 4): create, rename, recolour, merge and delete. Renames and recolours are
 * kept in the tag's history (and can be undone); merging rewrites every item that carries a
 * merged tag, each with its own history row, in one transaction with the tag deletions.
 */
import { newId, tagRow, type ItemRow, type TagId, type TagRow } from '../../../shared/model';
import { checkTagColor, checkTagName, mergedTagIds, paletteColor } from '../../../shared/triage/tags';
import { TriageError } from '../../../shared/triage/errors';
import { db } from '../instance';
import { changeRecord, changeRecords, currentActor, recordCreation, type Change } from './history-repo';

/** All tags by name. */
export async function listTags(): Promise<TagRow[]> {
  return db.tags.orderBy('name').toArray();
}

/** How many items carry each tag. */
export async function tagUsage(): Promise<Map<TagId, number>> {
  const counts = new Map<TagId, number>();
  await db.items.each((item) => {
    for (const id of item.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

/** How many items carry one tag (asked before deleting it). */
export async function countItemsWithTag(id: TagId): Promise<number> {
  return db.items.where('tagIds').equals(id).count();
}

/** Creates a tag; the name must be new (case-insensitive). A colour from the palette is picked when none is given. */
export async function createTag(input: { name: string; color?: string }): Promise<TagRow> {
  const row = await db.transaction('rw', db.tags, async () => {
    const existing = await db.tags.toArray();
    const tag = tagRow.parse({
      id: newId<TagId>(),
      name: checkTagName(input.name, existing),
      color: checkTagColor(input.color ?? paletteColor(existing.length)),
    });
    await db.tags.add(tag);
    return tag;
  });
  await recordCreation('tags', row.id, `tag created: ${row.name}`);
  return row;
}

/** The tag called `name` (case-insensitive), created if there is none yet. */
export async function findOrCreateTag(name: string): Promise<TagRow> {
  const key = name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  const found = await db.tags.filter((t) => t.name.toLocaleLowerCase() === key).first();
  return found ?? createTag({ name });
}

/** Renames a tag. */
export async function renameTag(id: TagId, name: string): Promise<void> {
  const others = await db.tags.toArray();
  const clean = checkTagName(name, others, id);
  await changeRecord<TagRow>({
    table: 'tags',
    id,
    patch: (tag) => (tag.name === clean ? null : { name: clean }),
    summary: (tag) => `renamed: ${tag.name} → ${clean}`,
    validate: (row) => tagRow.parse(row),
  });
}

/** Changes a tag's colour. */
export async function recolorTag(id: TagId, color: string): Promise<void> {
  const clean = checkTagColor(color);
  await changeRecord<TagRow>({
    table: 'tags',
    id,
    patch: (tag) => (tag.color === clean ? null : { color: clean }),
    summary: (tag) => `colour: ${tag.color} → ${clean}`,
    validate: (row) => tagRow.parse(row),
  });
}

/**
 * Merges the `from` tags into `into`: items carrying any of them carry `into` instead, and
 * the `from` tags are deleted. Returns how many items changed.
 */
export async function mergeTags(from: readonly TagId[], into: TagId): Promise<number> {
  if (from.includes(into)) throw new TriageError('merge-into-itself', 'A tag cannot be merged into itself.');
  // Read outside: the settings table is not part of the transaction below.
  const by = await currentActor();
  return db.transaction('rw', [db.items, db.tags, db.history], async () => {
    const target = await db.tags.get(into);
    if (!target) throw new TriageError('merge-into-itself', 'The tag to merge into no longer exists.');
    const sources = (await db.tags.bulkGet([...from])).filter((t) => t !== undefined);
    const names = sources.map((t) => t.name).join(', ');
    const carriers = await db.items.where('tagIds').anyOf([...from]).primaryKeys();
    const changes: Change<ItemRow>[] = [...new Set(carriers)].map((id) => ({
      table: 'items',
      id,
      patch: (item) => {
        const tagIds = mergedTagIds(item.tagIds, from, into);
        return tagIds === null ? null : { tagIds, updatedAt: new Date().toISOString() };
      },
      summary: () => `tags: ${names} merged into ${target.name}`,
    }));
    const changed = await changeRecords(changes, by);
    await db.tags.bulkDelete([...from]);
    for (const t of sources) await recordCreation('tags', t.id, `tag merged into ${target.name}`, by);
    return changed;
  });
}

/**
 * Deletes a tag and takes it off every item (each item's history records it). The view
 * asks first when `countItemsWithTag` is not zero.
 */
export async function deleteTag(id: TagId): Promise<number> {
  const by = await currentActor();
  return db.transaction('rw', [db.items, db.tags, db.history], async () => {
    const tag = await db.tags.get(id);
    if (!tag) return 0;
    const carriers = await db.items.where('tagIds').equals(id).primaryKeys();
    const changed = await changeRecords<ItemRow>(
      carriers.map((itemId) => ({
        table: 'items',
        id: itemId,
        patch: (item) => ({ tagIds: item.tagIds.filter((t) => t !== id), updatedAt: new Date().toISOString() }),
        summary: () => `tags: removed ${tag.name} (tag deleted)`,
      })),
      by,
    );
    await db.tags.delete(id);
    await recordCreation('tags', id, `tag deleted: ${tag.name}`, by);
    return changed;
  });
}
