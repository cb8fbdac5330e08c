/**
 * Start-up cost of the pre-migration check (SECURITY.md check 49): a database already at
 * this build's schema is not read at all — only its version is — so a large workspace
 * opens without first reading every row; an older one is still dumped (see
 * pre-migration-backup.test.ts for the dump itself).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SteeringDb } from '../../../renderer/db/db';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import { backupBeforeMigration } from '../../../renderer/db/pre-migration-backup';

const names: string[] = [];
const fresh = () => {
  const name = `pms-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const team = { id: 'xen', name: 'Xen', aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z' };

describe('backupBeforeMigration at start-up', () => {
  it('reads no row of a database already at this schema', async () => {
    const name = fresh();
    const current = new SteeringDb(name);
    await current.open();
    await current.table('teams').add(team);
    current.close();
    const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const save = vi.fn(async () => undefined);
    expect(await backupBeforeMigration({ appVersion: '0.1.0', save, dbName: name })).toBeNull();
    expect(reads).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });

  it('still reads and saves an older database', async () => {
    const name = fresh();
    const v1 = new SteeringDb(name, [m0001]);
    await v1.open();
    await v1.table('teams').add(team);
    v1.close();
    const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const save = vi.fn(async () => undefined);
    expect(await backupBeforeMigration({ appVersion: '0.1.0', save, dbName: name })).toMatch(/pre-migration/);
    expect(reads).toHaveBeenCalled();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
