/**
 * Runs backup.worker.ts for an automatic backup: the file made (for the window to save) or
 * saved, or null where the platform has no Web Worker (unit tests under jsdom), in which
 * case the caller makes the backup itself. A failure in the worker is thrown.
 */
import type { BackupJob, BackupJobResult } from './backup-protocol';

export type WorkerBackup = Exclude<BackupJobResult, { kind: 'error' }>;

export function makeBackupInWorker(job: BackupJob): Promise<WorkerBackup> | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<WorkerBackup>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BackupJobResult>) => {
      const msg = event.data;
      if (msg.kind === 'error') reject(new Error(msg.message));
      else resolve(msg);
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The backup could not be made.'));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
