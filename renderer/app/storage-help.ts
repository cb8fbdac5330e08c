/**
 * What the start-up screens need to know about storage (SECURITY.md check 38): whether the
 * platform can save at all, where the data and the backups are, and "Try again".
 */
import type { StorageStatus } from '../../shared/ipc/channels';
import { platform } from '../lib/platform';
import { useUi } from '../store';
import type { StorageHelp } from '../store/slices/status-slice';

/** Said when the platform cannot tell (an older main process, a failed call): opening the database finds out. */
const UNKNOWN: StorageStatus = { problem: null, dataFolder: '', backupFolder: '', detail: '' };

/** The data-folder check main made at launch (the browser's own check on the web). */
export async function readStorageStatus(): Promise<StorageStatus> {
  try {
    return (await platform.getAppInfo()).storage ?? UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

/** How long the backup list may take: in a browser whose IndexedDB hangs it would never answer. */
const LIST_TIMEOUT_MS = 3000;

/** The newest whole automatic backup's file name, or null when there is none or the list cannot be read. */
export async function findLatestBackup(timeoutMs = LIST_TIMEOUT_MS): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const listing = await Promise.race([platform.listBackups(), timeout]);
    return listing?.backups.find((b) => !b.incomplete)?.fileName ?? null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export async function storageHelp(storage: StorageStatus): Promise<StorageHelp> {
  return { storage, latestBackup: await findLatestBackup() };
}

/** What "Try again" on the data-folder screen led to. */
export type RetryOutcome = 'restarting' | 'reloading' | 'still-unusable';

/**
 * Checks the data folder again. Usable now: the desktop app restarts on it (this run's
 * profile is a throwaway one) and the browser reloads. Still not: the screen is refreshed
 * with what the check found this time.
 */
export async function retryStorage(reload: () => void = () => location.reload()): Promise<RetryOutcome> {
  const { storage, relaunching } = await platform.recheckStorage();
  if (relaunching) return 'restarting';
  if (storage.problem === null) {
    reload();
    return 'reloading';
  }
  useUi.getState().setDbStatus({ kind: 'storage-unusable', help: await storageHelp(storage) });
  return 'still-unusable';
}
