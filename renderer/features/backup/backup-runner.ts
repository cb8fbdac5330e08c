/**
 * Runs backup.worker.ts for an automatic backup: the file name and text, or null where the
 * platform has no Web Worker (unit tests under jsdom), in which case the caller makes the
 * backup itself. A failure in the worker is thrown like a failure in the window would be.
 */
import type { BackupJob, BackupJobResult } from './backup-protocol';

export function makeBackupInWorker(job: BackupJob): Promise<{ fileName: string; text: string }> | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<{ fileName: string; text: string }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BackupJobResult>) => {
      const msg = event.data;
      if (msg.kind === 'done') resolve({ fileName: msg.fileName, text: msg.text });
      else reject(new Error(msg.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The backup could not be made.'));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
