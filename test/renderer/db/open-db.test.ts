import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { openDatabase, requestPersistentStorage } from '../../../renderer/db/open-db';
import type { MemberId } from '../../../shared/model';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

describe('openDatabase', () => {
  it('closes the old connection and reports when a newer schema asks to upgrade', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    names.push(name);
    const old = new SteeringDb(name);
    const onVersionChange = vi.fn();
    await openDatabase(old, { onVersionChange, onBlocked: vi.fn() });
    const newer = new SteeringDb(name, [...MIGRATIONS, { version: SCHEMA_VERSION + 1, description: 'next', stores: { members: 'id, name, handle' } }]);
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(old.isOpen()).toBe(false);
    await expect(old.members.add({ id: 'm' as MemberId, name: 'x', handle: '', unavailable: [], conflictTeamIds: [], isActive: true })).rejects.toThrow();
    newer.close();
  });
});

describe('requestPersistentStorage', () => {
  it('asks once and keeps the answer', async () => {
    const name = `ps-${crypto.randomUUID()}`;
    names.push(name);
    const db = new SteeringDb(name);
    await db.open();
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(db, storage)).toBe(true);
    expect(await requestPersistentStorage(db, storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
    expect((await db.settings.get('storage.persisted'))?.value).toMatchObject({ granted: true });
    db.close();
  });

  it('records a refusal without failing', async () => {
    const name = `ps-${crypto.randomUUID()}`;
    names.push(name);
    const db = new SteeringDb(name);
    await db.open();
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => Promise.reject(new Error('no'))) };
    expect(await requestPersistentStorage(db, storage)).toBe(false);
    db.close();
  });
});
