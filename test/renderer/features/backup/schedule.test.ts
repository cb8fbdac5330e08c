import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackupSchedule } from '../../../../renderer/features/backup/schedule';
import { backupStore } from '../../../../renderer/db/backup-store';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { platform } from '../../../../renderer/lib/platform';
import { backupFileName } from '../../../../shared/backup/file-name';
import { seedSampleWorkspace } from '../../support/seed';

const NOW = new Date('2026-11-26T12:00:00Z');
let ticks: (() => void)[] = [];
const timers = { setInterval: (fn: () => void) => ticks.push(fn), clearInterval: () => (ticks = []) };
const names = async () => (await platform.listBackups()).backups.map((b) => b.fileName);

beforeEach(async () => {
  await resetDatabaseForTests();
  await backupStore.backups.clear();
  ticks = [];
});
afterEach(() => {
  ticks = [];
});

describe('the backup schedule', () => {
  it('backs up at start when there is no backup yet', async () => {
    await seedSampleWorkspace();
    const { started, stop } = startBackupSchedule({ now: () => NOW, timers });
    await started;
    stop();
    expect(await names()).toEqual([backupFileName(NOW, 'scheduled')]);
  });

  it('does not back up at start when a recent backup exists', async () => {
    await seedSampleWorkspace();
    const recent = backupFileName(new Date(NOW.getTime() - 3_600_000), 'manual');
    await platform.saveAutoBackup(recent, '{}');
    const { started } = startBackupSchedule({ now: () => NOW, timers, staleAfterHours: 12 });
    await started;
    expect(await names()).toEqual([recent]);
  });

  it('backs up at start when the newest backup is older than the limit', async () => {
    await seedSampleWorkspace();
    await platform.saveAutoBackup(backupFileName(new Date(NOW.getTime() - 13 * 3_600_000), 'scheduled'), '{}');
    const { started } = startBackupSchedule({ now: () => NOW, timers, staleAfterHours: 12 });
    await started;
    expect(await names()).toContain(backupFileName(NOW, 'scheduled'));
  });

  it('does not back up an empty workspace', async () => {
    const { started } = startBackupSchedule({ now: () => NOW, timers });
    await started;
    expect(await names()).toEqual([]);
  });

  it('backs up again on every interval', async () => {
    await seedSampleWorkspace();
    let now = NOW;
    const { started } = startBackupSchedule({ now: () => now, timers, everyHours: 4 });
    await started;
    now = new Date(NOW.getTime() + 4 * 3_600_000);
    ticks[0]!();
    await new Promise((r) => setTimeout(r, 200));
    expect(await names()).toContain(backupFileName(now, 'scheduled'));
  });

  it('reports a failure instead of throwing', async () => {
    await seedSampleWorkspace();
    const errors: unknown[] = [];
    const original = platform.saveAutoBackup;
    platform.saveAutoBackup = async () => Promise.reject(new Error('disk full'));
    try {
      const { started } = startBackupSchedule({ now: () => NOW, timers, onError: (e) => errors.push(e) });
      await started;
    } finally {
      platform.saveAutoBackup = original;
    }
    expect(String(errors[0])).toContain('disk full');
  });
});
