/**
 * Start-up: make sure the platform can save at all, open the database with its guards,
 * then ask for persistent storage once. The outcome goes to the UI store, which decides
 * which screen the shell shows. Any failure before the database is open ends on a screen
 * that says so: never on an empty workspace (SECURITY.md check 38).
 */
import { db } from '../db/instance';
import { openDatabase, requestPersistentStorage } from '../db/open-db';
import { describeError, isQuotaError, isUpgradeError } from '../db/errors';
import { useUi } from '../store';
import { backupBeforeMigration } from '../db/pre-migration-backup';
import { currentAppVersion } from '../features/backup/actions';
import { startBackupSchedule } from '../features/backup/schedule';
import { platform } from '../lib/platform';
import { readStorageStatus, storageHelp } from './storage-help';

export async function startApp(): Promise<void> {
  const { setDbStatus } = useUi.getState();
  // The desktop app checked its data folder at launch; with a problem it runs on a throwaway
  // profile, where a database must not even be created.
  const storage = await readStorageStatus();
  if (storage.problem !== null) {
    setDbStatus({ kind: 'storage-unusable', help: await storageHelp(storage) });
    return;
  }
  const openFailed = async (error: unknown) =>
    setDbStatus({ kind: 'open-failed', message: describeError(error), isFull: isQuotaError(error), help: await storageHelp(storage) });
  let savingBackup = false;
  try {
    // Before Dexie upgrades an older database, keep a copy of it (issue 7); no copy, no upgrade.
    await backupBeforeMigration({
      appVersion: await currentAppVersion(),
      save: (name, text) => {
        savingBackup = true;
        return platform.saveAutoBackup(name, text);
      },
    });
  } catch (error) {
    // Reading the stored database comes first: when that fails, storage itself could not be opened.
    if (savingBackup) setDbStatus({ kind: 'upgrade-failed', message: `The backup taken before upgrading could not be saved, so the workspace was not upgraded: ${describeError(error)}` });
    else await openFailed(error);
    return;
  }
  try {
    await openDatabase(db, {
      onVersionChange: () => setDbStatus({ kind: 'version-changed' }),
      onBlocked: () => setDbStatus({ kind: 'blocked' }),
    });
  } catch (error) {
    if (isUpgradeError(error)) setDbStatus({ kind: 'upgrade-failed', message: describeError(error) });
    else await openFailed(error);
    return;
  }
  setDbStatus({ kind: 'ready' });
  startBackupSchedule();
  const granted = await requestPersistentStorage(db, navigator.storage).catch(() => null);
  console.info(`[steering-desk] persistent storage: ${granted === null ? 'unavailable' : granted ? 'granted' : 'not granted'}`);
}
