import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { historyOf, undoLastChange } from '../../../../renderer/db/repos/history-repo';
import {
  addItemNote, editItemTags, setItemAssignee, setItemConfidential, setItemPriority, setItemSeen, setItemStatus, setNoteShareable,
} from '../../../../renderer/db/repos/items-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import type { ItemId, MemberId, TagId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

const xenAlias = 'xen-alias' as ItemId;
const xenApproval = 'xen-approval' as ItemId;
const tom = 'm-tom' as MemberId;
const needsDecision = 't-needs-decision' as TagId;

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await setMe('Tom Bereknyei');
});

describe('item status', () => {
  it('changes the status and records who changed it from what to what', async () => {
    await setItemStatus([xenAlias], 'triaged');
    expect((await db.items.get(xenAlias))?.status).toBe('triaged');
    const [entry] = await historyOf('items', xenAlias);
    expect(entry).toMatchObject({ by: 'Tom Bereknyei', summary: 'status: New → Triaged', before: { status: 'new' } });
  });

  it('refuses "not for SC" without a reason and saves nothing', async () => {
    await expect(setItemStatus([xenAlias, xenApproval], 'not-for-sc', '')).rejects.toMatchObject({ name: 'ValidationError', code: 'missing-reason' });
    expect((await db.items.bulkGet([xenAlias, xenApproval])).map((i) => i?.status)).toEqual(['new', 'new']);
    expect(await historyOf('items', xenAlias)).toEqual([]);
  });

  it('keeps the reason an item is not for the SC', async () => {
    await setItemStatus([xenAlias], 'not-for-sc', 'belongs to the infrastructure team');
    expect(await db.items.get(xenAlias)).toMatchObject({ status: 'not-for-sc', statusReason: 'belongs to the infrastructure team' });
  });

  it('undoes a status change', async () => {
    await setItemStatus([xenAlias], 'resolved');
    expect(await undoLastChange()).toBe('status: New → Resolved');
    expect((await db.items.get(xenAlias))?.status).toBe('new');
  });
});

describe('tags on items', () => {
  it('adds a tag to several items at once, each with its own history', async () => {
    expect(await editItemTags([xenAlias, xenApproval], { add: [needsDecision] })).toBe(2);
    expect((await db.items.bulkGet([xenAlias, xenApproval])).map((i) => i?.tagIds)).toEqual([[needsDecision], [needsDecision]]);
    expect((await historyOf('items', xenApproval))[0]?.summary).toBe('tags: added needs-decision');
  });

  it('skips items that already carry the tag', async () => {
    await editItemTags([xenAlias], { add: [needsDecision] });
    expect(await editItemTags([xenAlias, xenApproval], { add: [needsDecision] })).toBe(1);
  });

  it('removes a tag', async () => {
    await editItemTags([xenAlias], { add: [needsDecision] });
    await editItemTags([xenAlias], { remove: [needsDecision] });
    expect((await db.items.get(xenAlias))?.tagIds).toEqual([]);
  });
});

describe('assignment, priority, confidentiality and notes', () => {
  it('assigns and unassigns an SC member', async () => {
    await setItemAssignee([xenAlias], tom, true);
    expect((await db.items.get(xenAlias))?.assigneeIds).toEqual([tom]);
    await setItemAssignee([xenAlias], tom, false);
    expect((await db.items.get(xenAlias))?.assigneeIds).toEqual([]);
    expect((await historyOf('items', xenAlias)).map((h) => h.summary).sort()).toEqual(['assigned to Tom Bereknyei', 'unassigned Tom Bereknyei']);
  });

  it('sets the priority', async () => {
    await setItemPriority([xenAlias], 'urgent');
    expect((await db.items.get(xenAlias))?.priority).toBe('urgent');
  });

  it('marks an item confidential', async () => {
    await setItemConfidential([xenApproval], true);
    expect((await db.items.get(xenApproval))?.confidential).toBe(true);
  });

  it('flags and unflags the copies of an item with it, each with its own history line', async () => {
    const original = (await db.items.get(xenApproval))!;
    const copy = { ...original, id: 'xen-approval-copy' as ItemId, text: `  ${original.text.toUpperCase()} ` };
    await db.items.add(copy);
    expect(await setItemConfidential([xenApproval], true)).toBe(2);
    expect((await db.items.get(copy.id))?.confidential).toBe(true);
    expect((await historyOf('items', copy.id))[0]?.summary).toBe('marked confidential with its copy in another post');
    await setItemConfidential([xenApproval], false);
    expect((await db.items.get(xenApproval))?.confidential).toBe(false);
    expect((await db.items.get(copy.id))?.confidential).toBe(false);
    expect((await db.items.get(xenAlias))?.confidential).toBe(false);
  });

  it('adds an SC-internal note under the member’s name and can make it shareable', async () => {
    await addItemNote(xenAlias, { text: 'Ask the infra team', shareable: false });
    const [note] = (await db.items.get(xenAlias))!.notes;
    expect(note).toMatchObject({ text: 'Ask the infra team', by: 'Tom Bereknyei', shareable: false });
    await setNoteShareable(xenAlias, note!.id, true);
    expect((await db.items.get(xenAlias))!.notes[0]?.shareable).toBe(true);
  });

  it('refuses an empty note', async () => {
    await expect(addItemNote(xenAlias, { text: '  ', shareable: false })).rejects.toThrow('Write the note before adding it.');
  });
});

describe('seen and unseen', () => {
  it('records that a member has read an item without adding to its history', async () => {
    await setItemSeen(xenAlias, tom, true);
    expect((await db.items.get(xenAlias))?.seenBy).toEqual([tom]);
    await setItemSeen(xenAlias, tom, false);
    expect((await db.items.get(xenAlias))?.seenBy).toEqual([]);
    expect(await historyOf('items', xenAlias)).toEqual([]);
  });
});
