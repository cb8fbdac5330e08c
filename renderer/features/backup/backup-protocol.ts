import type { BackupReason } from '../../../shared/backup/format';

/** What the backup worker is asked to make: the reason, the app version written into it, and the time it is taken. */
export type BackupJob = { reason: Exclude<BackupReason, 'manual'>; appVersion: string; at: string };
export type BackupJobResult = { kind: 'done'; fileName: string; text: string } | { kind: 'error'; message: string };
