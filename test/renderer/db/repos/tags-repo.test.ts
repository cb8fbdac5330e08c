import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { historyOf, undoLastChange } from '../../../../renderer/db/repos/history-repo';
import { editItemTags } from '../../../../renderer/db/repos/items-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { countItemsWithTag, createTag, deleteTag, findOrCreateTag, mergeTags, recolorTag, renameTag, tagUsage } from '../../../../renderer/db/repos/tags-repo';
import type { ItemId, TagId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

const needsDecision = 't-needs-decision' as TagId;
const budget = 't-budget' as TagId;
const ids = (...s: string[]) => s as ItemId[];

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await setMe('Julien Malka');
});

describe('tags', () => {
  it('creates a tag with a palette colour and records its creation', async () => {
    const tag = await createTag({ name: ' security ' });
    expect(tag.name).toBe('security');
    expect(tag.color).toMatch(/^#[0-9a-f]{6}$/);
    expect((await historyOf('tags', tag.id))[0]).toMatchObject({ by: 'Julien Malka', summary: 'tag created: security' });
  });

  it('refuses a second tag with the same name in another case', async () => {
    await expect(createTag({ name: 'Budget' })).rejects.toThrow('A tag named “budget” already exists.');
  });

  it('finds an existing tag by name instead of creating a twin', async () => {
    expect((await findOrCreateTag('Needs-Decision')).id).toBe(needsDecision);
    expect(await db.tags.count()).toBe(2);
  });

  it('recolours a tag', async () => {
    await recolorTag(budget, '#123456');
    expect((await db.tags.get(budget))?.color).toBe('#123456');
  });

  it('renames a tag, and the rename can be undone', async () => {
    await renameTag(budget, 'money');
    expect((await db.tags.get(budget))?.name).toBe('money');
    await undoLastChange();
    expect((await db.tags.get(budget))?.name).toBe('budget');
  });

  it('counts the items that carry each tag', async () => {
    await editItemTags(ids('xen-alias', 'xen-approval'), { add: [needsDecision] });
    expect(await countItemsWithTag(needsDecision)).toBe(2);
    expect((await tagUsage()).get(needsDecision)).toBe(2);
  });

  it('merges tags: items carry the target once and the merged tag is gone', async () => {
    await editItemTags(ids('mkt-funding'), { add: [budget, needsDecision] });
    await editItemTags(ids('xen-alias'), { add: [budget] });
    expect(await mergeTags([budget], needsDecision)).toBe(2);
    expect((await db.items.bulkGet(ids('mkt-funding', 'xen-alias'))).map((i) => i?.tagIds)).toEqual([[needsDecision], [needsDecision]]);
    expect(await db.tags.get(budget)).toBeUndefined();
    expect((await historyOf('items', 'xen-alias'))[0]?.summary).toBe('tags: budget merged into needs-decision');
  });

  it('refuses to merge a tag into itself', async () => {
    await expect(mergeTags([budget], budget)).rejects.toMatchObject({ code: 'merge-into-itself' });
  });

  it('deletes a tag and takes it off every item', async () => {
    await editItemTags(ids('xen-alias', 'mkt-funding'), { add: [budget] });
    expect(await deleteTag(budget)).toBe(2);
    expect(await db.tags.get(budget)).toBeUndefined();
    expect(await countItemsWithTag(budget)).toBe(0);
  });
});
