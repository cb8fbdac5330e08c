import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import { m0002 } from '../../../renderer/db/migrations/0002-history-templates';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { isUpgradeError } from '../../../renderer/db/errors';
import type { TeamId } from '../../../shared/model';

const names: string[] = [];
const fresh = () => {
  const name = `mig-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** An item as schema v1 wrote it: before seenBy, notes, decisionIds and priority existed. */
const v1Item = {
  id: 'item-1',
  updateId: 'u1',
  threadId: 't1',
  teamId: 'xen',
  kind: 'request',
  text: 'An e-mail alias that ends in @nixos.org',
  isAsk: true,
  askType: 'access',
  entities: { mentions: [], links: [], dates: [], amounts: [] },
  status: 'new',
  tagIds: ['needs-decision'],
  assigneeIds: [],
  confidential: false,
  createdAt: '2024-11-25T10:00:00.000Z',
  updatedAt: '2024-11-25T10:00:00.000Z',
};

async function seedV1(name: string) {
  const v1 = new SteeringDb(name, [m0001]);
  await v1.open();
  await v1.table('items').add(v1Item);
  await v1.table('teams').add({ id: 'xen', name: 'Xen', aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z' });
  v1.close();
}

describe('migration 0002 (history and templates)', () => {
  it('adds the new tables and backfills item fields without losing data', async () => {
    const name = fresh();
    await seedV1(name);
    const db = new SteeringDb(name, [m0001, m0002]);
    await db.open();
    expect(db.verno).toBe(2);
    const item = await db.items.get('item-1');
    expect(item).toMatchObject({ ...v1Item, seenBy: [], notes: [], decisionIds: [], priority: 'normal' });
    expect(await db.teams.count()).toBe(1);
    expect(await db.history.count()).toBe(0);
    expect(await db.templates.count()).toBe(0);
    db.close();
  });

  it('is a no-op when run again', async () => {
    const name = fresh();
    await seedV1(name);
    const first = new SteeringDb(name);
    await first.open();
    await first.items.update('item-1', { priority: 'high', seenBy: ['m1'] });
    first.close();
    const second = new SteeringDb(name);
    await second.open();
    expect(await second.items.get('item-1')).toMatchObject({ priority: 'high', seenBy: ['m1'] });
    second.close();
  });
});

describe('a failing migration', () => {
  it('leaves the database at its old version with its data intact', async () => {
    const name = fresh();
    const current = new SteeringDb(name);
    await current.open();
    await current.teams.add({ id: 'xen' as TeamId, name: 'Xen', aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z' });
    current.close();

    const broken = new SteeringDb(name, [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        description: 'broken',
        stores: { teams: 'id, name, slug' },
        async upgrade(tx) {
          await tx.table('teams').toCollection().modify((t: { slug?: string }) => (t.slug = 'x'));
          throw new Error('upgrade exploded');
        },
      },
    ]);
    const failure = await broken.open().then(() => null, (e: unknown) => e);
    expect(isUpgradeError(failure)).toBe(true);
    expect(String(failure)).toContain('upgrade exploded');
    broken.close();

    const again = new SteeringDb(name);
    await again.open();
    expect(again.verno).toBe(SCHEMA_VERSION);
    expect(await again.teams.toArray()).toEqual([expect.objectContaining({ id: 'xen', name: 'Xen' })]);
    expect((await again.teams.get('xen')) as unknown as { slug?: string }).not.toHaveProperty('slug');
    again.close();
  });
});

describe('a database written by a newer version', () => {
  it('opens with the current code and keeps fields it does not know', async () => {
    const name = fresh();
    const newer = new SteeringDb(name, [...MIGRATIONS, { version: SCHEMA_VERSION + 1, description: 'future', stores: { items: 'id, updateId, teamId, *tagIds, futureIndex', futureTable: 'id' } }]);
    await newer.open();
    await newer.table('members').add({ id: 'm1', name: 'Ada', handle: 'ada', unavailable: [], conflictTeamIds: [], isActive: true, futureField: { keep: true } });
    newer.close();

    const current = new SteeringDb(name);
    await current.open();
    const member = await current.members.get('m1');
    await current.members.put({ ...member!, name: 'Ada L.' });
    expect(await current.members.get('m1')).toMatchObject({ name: 'Ada L.', futureField: { keep: true } });
    current.close();
  });
});
