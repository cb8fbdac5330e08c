import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import { SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { backupBeforeMigration, readRawDatabase } from '../../../renderer/db/pre-migration-backup';
import { validateBackup } from '../../../shared/backup/validate';

const names: string[] = [];
const fresh = () => {
  const name = `pmb-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const team = { id: 'xen', name: 'Xen', aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z' };

async function seedV1(name: string) {
  const v1 = new SteeringDb(name, [m0001]);
  await v1.open();
  await v1.table('teams').add(team);
  await v1.table('settings').add({ key: 'me', value: { name: 'Ada' } });
  v1.close();
}

const nativeVersion = (name: string) =>
  new Promise<number>((resolve) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      resolve(req.result.version);
      req.result.close();
    };
  });

describe('backupBeforeMigration', () => {
  it('saves every table of an older database as a pre-migration backup, without upgrading it', async () => {
    const name = fresh();
    await seedV1(name);
    const save = vi.fn(async () => undefined);
    const fileName = await backupBeforeMigration({ dbName: name, appVersion: '0.2.0', save, now: new Date('2026-11-26T10:00:00Z') });
    expect(fileName).toBe('steering-desk-2026-11-26T10-00-00-000Z-pre-migration.json');
    expect(save).toHaveBeenCalledOnce();
    const [savedName, text] = save.mock.calls[0] as unknown as [string, string];
    expect(savedName).toBe(fileName);
    const checked = validateBackup(text, { maxBytes: 1e8, currentSchemaVersion: SCHEMA_VERSION });
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.backup).toMatchObject({ reason: 'pre-migration', schemaVersion: 1, appVersion: '0.2.0' });
    expect(checked.backup.tables.teams).toEqual([team]);
    expect(checked.backup.tables.history).toEqual([]);
    expect(await nativeVersion(name)).toBe(10);
  });

  it('does nothing for a database already at this version', async () => {
    const name = fresh();
    const current = new SteeringDb(name);
    await current.open();
    current.close();
    const save = vi.fn(async () => undefined);
    expect(await backupBeforeMigration({ dbName: name, appVersion: '0.2.0', save })).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('does nothing on a fresh install and does not create the database', async () => {
    const name = fresh();
    const save = vi.fn(async () => undefined);
    expect(await backupBeforeMigration({ dbName: name, appVersion: '0.2.0', save })).toBeNull();
    expect(save).not.toHaveBeenCalled();
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
  });

  it('lets the failure to save stop the start-up before the migration', async () => {
    const name = fresh();
    await seedV1(name);
    await expect(backupBeforeMigration({ dbName: name, appVersion: '0.2.0', save: async () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
    expect(await nativeVersion(name)).toBe(10);
  });
});

describe('readRawDatabase', () => {
  it('reads a database written by this version as it is', async () => {
    const name = fresh();
    const current = new SteeringDb(name);
    await current.open();
    await current.table('teams').add(team);
    current.close();
    const dump = await readRawDatabase(name);
    expect(dump?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(dump?.tables.teams).toEqual([team]);
  });
});
