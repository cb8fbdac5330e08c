/**
 * Scheduled backups are made in a worker (backup.worker.ts) so the window stays usable;
 * where that worker fails, the backup is still made, in the window.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupStore } from '../../../../renderer/db/backup-store';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { saveAutomaticBackupInBackground } from '../../../../renderer/features/backup/actions';
import { platform } from '../../../../renderer/lib/platform';
import { backupFileName } from '../../../../shared/backup/file-name';
import { seedSampleWorkspace } from '../../support/seed';

const NOW = new Date('2026-11-26T12:00:00Z');

/** A worker that fails as soon as it is asked for anything. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  static created = 0;
  constructor() {
    BrokenWorker.created++;
  }
  postMessage(): void {
    queueMicrotask(() => this.onerror?.({ message: 'worker script could not load' }));
  }
  terminate(): void {}
}

beforeEach(async () => {
  await resetDatabaseForTests();
  await backupStore.backups.clear();
  await seedSampleWorkspace();
  BrokenWorker.created = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('saveAutomaticBackupInBackground', () => {
  it('still saves the backup, made in the window, when the worker fails', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = await saveAutomaticBackupInBackground('scheduled', NOW);
    expect(BrokenWorker.created).toBe(1);
    expect(name).toBe(backupFileName(NOW, 'scheduled'));
    const { text } = await platform.readBackup(name);
    expect(JSON.parse(text).counts.teams).toBe(8);
  });
});
