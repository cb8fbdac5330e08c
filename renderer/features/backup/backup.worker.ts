/// <reference lib="webworker" />
/**
 * Makes an automatic backup away from the window's thread. Reading every table, the
 * checksum and the JSON text of a large workspace held the window for seconds — 13 s for
 * ~200 MB, right after start-up (SECURITY.md check 49, bench/load-cold-start.ts). The
 * worker opens the same database with its own connection and reads it in one read
 * transaction, exactly as the window would; the window only saves the text.
 */
import { makeBackup } from '../../db/repos/backup-repo';
import type { BackupJob, BackupJobResult } from './backup-protocol';

const post = (message: BackupJobResult) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<BackupJob>) => {
  const { reason, appVersion, at } = event.data;
  try {
    const made = await makeBackup(reason, appVersion, new Date(at));
    post({ kind: 'done', fileName: made.fileName, text: made.text });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
