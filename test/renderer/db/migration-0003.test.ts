/**
 * Migration 0003 (issue 12): the items' status and threadId indexes go, from databases that
 * the release created (0001 as shipped) and from those a build with the edited 0001 created
 * (commit 5ade8bc: no such indexes, same version 2). Both end with the same lean table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import { m0002 } from '../../../renderer/db/migrations/0002-history-templates';
import { m0003 } from '../../../renderer/db/migrations/0003-lean-item-indexes';
import type { Migration } from '../../../renderer/db/migrations/types';

const names: string[] = [];
const fresh = () => {
  const name = `mig3-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** An item as schema v2 wrote it. */
const v2Item = {
  id: 'item-1', updateId: 'u1', threadId: 't1', teamId: 'xen', kind: 'request', text: 'An e-mail alias that ends in @nixos.org',
  isAsk: true, askType: 'access', entities: { mentions: [], links: [], dates: [], amounts: [] }, status: 'accepted', priority: 'high',
  tagIds: ['needs-decision'], assigneeIds: [], seenBy: ['m1'], confidential: false, notes: [], decisionIds: [],
  createdAt: '2024-11-25T10:00:00.000Z', updatedAt: '2024-11-26T10:00:00.000Z',
};

const shippedV2: Migration[] = [m0001, m0002];
/** The app's steps up to this one (later steps have tests of their own). */
const upToV3: Migration[] = [m0001, m0002, m0003];
/** What a build from commit 5ade8bc installed: 0001 with the two indexes taken out. */
const editedV2: Migration[] = [{ ...m0001, stores: { ...m0001.stores, items: 'id, updateId, teamId, *tagIds' } }, m0002];

async function seed(name: string, migrations: Migration[]) {
  const v2 = new SteeringDb(name, migrations);
  await v2.open();
  await v2.table('items').add(v2Item);
  v2.close();
}

/** The item indexes IndexedDB really holds (not what Dexie was told). */
const storedItemIndexes = (name: string) =>
  new Promise<string[]>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      const idb = req.result;
      const indexes = [...idb.transaction('items').objectStore('items').indexNames].sort();
      idb.close();
      resolve(indexes);
    };
    req.onerror = () => reject(req.error);
  });

describe('why 0003 exists', () => {
  it('the edited 0001 alone never removed the indexes from a released database', async () => {
    const name = fresh();
    await seed(name, shippedV2);
    const edited = new SteeringDb(name, editedV2);
    await edited.open();
    expect(edited.verno).toBe(2);
    edited.close();
    expect(await storedItemIndexes(name)).toEqual(['status', 'tagIds', 'teamId', 'threadId', 'updateId']);
  });
});

describe('migration 0003 (lean item indexes)', () => {
  it('drops the two indexes a released database has and keeps its items', async () => {
    const name = fresh();
    await seed(name, shippedV2);
    expect(await storedItemIndexes(name)).toEqual(['status', 'tagIds', 'teamId', 'threadId', 'updateId']);
    const db = new SteeringDb(name, upToV3);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.items.get('item-1')).toEqual(v2Item);
    expect(await db.items.where('teamId').equals('xen').primaryKeys()).toEqual(['item-1']);
    db.close();
    expect(await storedItemIndexes(name)).toEqual(['tagIds', 'teamId', 'updateId']);
  });

  it('leaves a database from the edited 0001 with the same lean table', async () => {
    const name = fresh();
    await seed(name, editedV2);
    expect(await storedItemIndexes(name)).toEqual(['tagIds', 'teamId', 'updateId']);
    const db = new SteeringDb(name, upToV3);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.items.get('item-1')).toEqual(v2Item);
    db.close();
    expect(await storedItemIndexes(name)).toEqual(['tagIds', 'teamId', 'updateId']);
  });

  it('is a no-op when opened again', async () => {
    const name = fresh();
    await seed(name, shippedV2);
    const first = new SteeringDb(name, upToV3);
    await first.open();
    await first.items.update('item-1', { priority: 'low' });
    first.close();
    const second = new SteeringDb(name, upToV3);
    await second.open();
    expect(second.verno).toBe(3);
    expect(await second.items.get('item-1')).toMatchObject({ ...v2Item, priority: 'low' });
    second.close();
    expect(await storedItemIndexes(name)).toEqual(['tagIds', 'teamId', 'updateId']);
  });
});
