import type { BackupReason } from '../../../shared/backup/format';

/**
 * What the backup worker is asked to make: the reason, the app version written into it,
 * the time it is taken, and whether it saves the file itself (the browser build keeps
 * backups in IndexedDB, which a worker reaches; the desktop app saves through the window).
 */
export type BackupJob = { reason: Exclude<BackupReason, 'manual'>; appVersion: string; at: string; saveInWorker: boolean };
export type BackupJobResult =
  | { kind: 'made'; fileName: string; text: string }
  | { kind: 'saved'; fileName: string }
  | { kind: 'error'; message: string };
