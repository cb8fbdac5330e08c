/**
 * Where Chromium keeps its profile for this run, decided at launch from the data-folder
 * check (SECURITY.md check 38):
 * - a usable data folder: the profile stays there, guarded by the single-instance lock
 *   (check 13);
 * - an unusable one: a throwaway profile in the temp folder, so that neither Chromium's
 *   profile nor its singleton lock (whose failure makes Electron quit without a word) is
 *   attempted in the broken folder. The window then explains the problem; the renderer never
 *   opens a workspace in the throwaway profile (that would be an empty workspace that looks
 *   real), and the profile is deleted on quit;
 * - not even a temp folder: nothing can be shown in a window, so a native error box says it.
 */
import type { StorageRecheck, StorageStatus } from '../../shared/ipc/channels';

export type ProfileChoice =
  | { kind: 'data-folder' }
  | { kind: 'throwaway'; dir: string }
  | { kind: 'none'; reason: string };

/** Picks the profile for `storage` (the launch check); `makeTempDir` creates a fresh temp folder. */
export function chooseProfile(storage: StorageStatus, makeTempDir: () => string): ProfileChoice {
  if (storage.problem === null) return { kind: 'data-folder' };
  try {
    return { kind: 'throwaway', dir: makeTempDir() };
  } catch (error) {
    return { kind: 'none', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** What the renderer can ask about the data folder (app:get-info, app:recheck-storage). */
export type StorageGuard = {
  /**
   * The launch check. It stays the answer for the whole run even when the folder is fixed
   * meanwhile: this run's profile is the throwaway one, and a workspace opened there would
   * be lost on quit. Only a restart moves to the data folder.
   */
  atLaunch: StorageStatus;
  /** Checks the folder again; when a throwaway run finds it usable now, restarts the app on it (once). */
  recheck: () => StorageRecheck;
};

export function createStorageGuard(opts: { atLaunch: StorageStatus; profile: ProfileChoice; check: () => StorageStatus; relaunch: () => void }): StorageGuard {
  let relaunching = false;
  return {
    atLaunch: opts.atLaunch,
    recheck() {
      const storage = opts.check();
      if (opts.profile.kind === 'throwaway' && storage.problem === null && !relaunching) {
        relaunching = true;
        opts.relaunch();
      }
      return { storage, relaunching };
    },
  };
}

const REASONS: Record<NonNullable<StorageStatus['problem']>, string> = {
  'read-only': 'the folder is read-only',
  full: 'the disk is full',
  unusable: 'the folder cannot be used',
};

/** The native error box's text, for the rare launch where not even a temporary profile can be made. */
export function errorBoxText(storage: StorageStatus, tempFailure: string): string {
  const reason = storage.problem ? REASONS[storage.problem] : 'it cannot be used';
  return [
    `Steering Desk cannot save in its data folder ${storage.dataFolder}: ${reason} (${storage.detail}).`,
    `It could not create a temporary folder either (${tempFailure}), so it cannot open its window.`,
    'Nothing was changed or lost. Make the folder writable or free some disk space, then open Steering Desk again.',
    `Your automatic backups are in ${storage.backupFolder}.`,
  ].join('\n\n');
}
