/**
 * Start-up: open the database with its guards, then ask for persistent storage once.
 * The outcome goes to the UI store, which decides which screen the shell shows.
 */
import { db } from '../db/instance';
import { openDatabase, requestPersistentStorage } from '../db/open-db';
import { describeError, isUpgradeError } from '../db/errors';
import { useUi } from '../store';
import { backupBeforeMigration } from '../db/pre-migration-backup';
import { currentAppVersion } from '../features/backup/actions';
import { startBackupSchedule } from '../features/backup/schedule';
import { platform } from '../lib/platform';

export async function startApp(): Promise<void> {
  const { setDbStatus } = useUi.getState();
  try {
    // Before Dexie upgrades an older database, keep a copy of it (issue 7); no copy, no upgrade.
    await backupBeforeMigration({ appVersion: await currentAppVersion(), save: (name, text) => platform.saveAutoBackup(name, text) });
  } catch (error) {
    setDbStatus({ kind: 'upgrade-failed', message: `The backup taken before upgrading could not be saved, so the workspace was not upgraded: ${describeError(error)}` });
    return;
  }
  try {
    await openDatabase(db, {
      onVersionChange: () => setDbStatus({ kind: 'version-changed' }),
      onBlocked: () => setDbStatus({ kind: 'blocked' }),
    });
  } catch (error) {
    setDbStatus(isUpgradeError(error) ? { kind: 'upgrade-failed', message: describeError(error) } : { kind: 'open-failed', message: describeError(error) });
    return;
  }
  setDbStatus({ kind: 'ready' });
  startBackupSchedule();
  const granted = await requestPersistentStorage(db, navigator.storage).catch(() => null);
  console.info(`[steering-desk] persistent storage: ${granted === null ? 'unavailable' : granted ? 'granted' : 'not granted'}`);
}
