/**
 * Automatic backups while the app runs (issue 7): one at start when the newest backup is
 * older than `staleAfterHours` (or there is none), then one every `everyHours`. An empty
 * workspace is not backed up (nothing to lose, and it would push real backups out of the
 * retention window). Backups before a restore and before a migration are taken by the
 * restore and start-up code themselves.
 */
import { parseBackupFileName } from '../../../shared/backup/file-name';
import { TABLE_NAMES } from '../../../shared/model';
import { currentCounts } from '../../db/repos/backup-repo';
import { platform } from '../../lib/platform';
import { saveAutomaticBackupInBackground } from './actions';

export type ScheduleOptions = {
  everyHours?: number;
  staleAfterHours?: number;
  now?: () => Date;
  /** Injected for tests; the real ones by default. */
  timers?: { setInterval: (fn: () => void, ms: number) => unknown; clearInterval: (id: unknown) => void };
  onError?: (error: unknown) => void;
};

const HOUR = 3_600_000;

/** The newest backup's creation time, or null when there is none. */
export async function newestBackupTime(): Promise<number | null> {
  const { backups } = await platform.listBackups();
  const times = backups.map((b) => parseBackupFileName(b.fileName)?.createdAt).filter((t): t is string => t !== undefined).map(Date.parse);
  return times.length ? Math.max(...times) : null;
}

/** Makes a scheduled backup if the workspace holds anything; returns its name or null. */
export async function backupIfWorthIt(now: Date): Promise<string | null> {
  const counts = await currentCounts();
  if (TABLE_NAMES.every((t) => t === 'settings' || counts[t] === 0)) return null;
  return saveAutomaticBackupInBackground('scheduled', now);
}

/** Starts the schedule; `started` settles after the start-up check, `stop` ends it. */
export function startBackupSchedule(opts: ScheduleOptions = {}): { stop: () => void; started: Promise<void> } {
  const everyHours = opts.everyHours ?? 4;
  const staleAfterHours = opts.staleAfterHours ?? 12;
  const now = opts.now ?? (() => new Date());
  const timers = opts.timers ?? { setInterval: (fn, ms) => globalThis.setInterval(fn, ms), clearInterval: (id) => globalThis.clearInterval(id as number) };
  const onError = opts.onError ?? ((error) => console.warn('[steering-desk] automatic backup failed', error));
  const run = (check: boolean) => async () => {
    try {
      const at = now();
      if (check) {
        const newest = await newestBackupTime();
        if (newest !== null && at.getTime() - newest < staleAfterHours * HOUR) return;
      }
      await backupIfWorthIt(at);
    } catch (error) {
      onError(error);
    }
  };
  const started = run(true)();
  const id = timers.setInterval(() => void run(false)(), everyHours * HOUR);
  return { stop: () => timers.clearInterval(id), started };
}
