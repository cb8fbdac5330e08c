/// <reference lib="webworker" />
/**
 * Makes an automatic backup away from the window's thread. Reading every table, the
 * checksum and the JSON text of a large workspace held the window for seconds — 13 s for
 * ~200 MB, right after start-up (SECURITY.md check 49, bench/load-cold-start.ts). The
 * worker opens the same database with its own connection and reads it in one read
 * transaction, exactly as the window would. In the browser build it also saves the file
 * (handing 200 MB back to the window to store cost it seconds more); the desktop app's
 * window sends the text to main.
 */
import { makeBackup } from '../../db/repos/backup-repo';
import { browserBackupPlatform } from '../../lib/platform/browser-backup';
import type { BackupJob, BackupJobResult } from './backup-protocol';

const post = (message: BackupJobResult) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<BackupJob>) => {
  const { reason, appVersion, at, saveInWorker } = event.data;
  try {
    const made = await makeBackup(reason, appVersion, new Date(at));
    if (!saveInWorker) return post({ kind: 'made', fileName: made.fileName, text: made.text });
    await browserBackupPlatform.saveAutoBackup(made.fileName, made.text);
    post({ kind: 'saved', fileName: made.fileName });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
