/**
 * Start-up: open the database with its guards, then ask for persistent storage once.
 * The outcome goes to the UI store, which decides which screen the shell shows.
 */
import { db } from '../db/instance';
import { openDatabase, requestPersistentStorage } from '../db/open-db';
import { describeError, isUpgradeError } from '../db/errors';
import { useUi } from '../store';

export async function startApp(): Promise<void> {
  const { setDbStatus } = useUi.getState();
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
  const granted = await requestPersistentStorage(db, navigator.storage).catch(() => null);
  console.info(`[steering-desk] persistent storage: ${granted === null ? 'unavailable' : granted ? 'granted' : 'not granted'}`);
}
