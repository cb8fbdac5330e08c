/**
 * The backup taken before a migration holds rows in the previous version's shape; it must
 * still restore into the current version (the recovery screen offers exactly that file).
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import { rawBackupFile, readRawDatabase } from '../../../renderer/db/pre-migration-backup';
import { checkBackupText } from '../../../renderer/db/repos/backup-repo';

const NAME = `pre-migration-restore-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('a pre-migration backup of a v1 workspace', () => {
  it('validates for a restore, with items given the fields v2 added', async () => {
    const v1 = new SteeringDb(NAME, [m0001]);
    await v1.open();
    await v1.table('items').add({
      id: 'it:1', updateId: 'up:1', threadId: 'th:1', teamId: 'xen', kind: 'request', text: 'An e-mail alias that ends in @nixos.org', isAsk: true,
      entities: { mentions: [], links: [], dates: [], amounts: [] }, status: 'triaged', tagIds: ['t1'], assigneeIds: [], confidential: false,
      createdAt: '2024-11-25T10:00:00.000Z', updatedAt: '2024-11-25T10:00:00.000Z',
    });
    v1.close();

    const dump = await readRawDatabase(NAME);
    expect(dump?.schemaVersion).toBe(1);
    const { text } = rawBackupFile(dump!, 'pre-migration', '0.1.0');
    const checked = checkBackupText(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.backup.tables.items[0]).toMatchObject({ id: 'it:1', status: 'triaged', tagIds: ['t1'], priority: 'normal', seenBy: [], notes: [], decisionIds: [] });
  });
});
