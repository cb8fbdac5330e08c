/**
 * Where the browser build keeps its automatic backups (issue 7): a separate IndexedDB
 * database, `steering-desk-backups`, so that a failed migration, a restore or a wipe of
 * the workspace database never touches them. One row per backup file, keyed by its name.
 * (Browsers may still evict both databases together under storage pressure; the panel
 * says so and offers "Back up now…" to a real file.)
 */
import Dexie, { type Table } from 'dexie';
import { endsLikeWholeBackup } from '../../shared/backup/json-text';

export const BACKUP_DB_NAME = 'steering-desk-backups';

export type StoredBackup = { fileName: string; body: string; bytes: number; savedAt: string };

class BackupStore extends Dexie {
  backups!: Table<StoredBackup, string>;
  constructor() {
    super(BACKUP_DB_NAME);
    this.version(1).stores({ backups: 'fileName' });
  }
}

export const backupStore = new BackupStore();

export async function putStoredBackup(backup: StoredBackup): Promise<void> {
  await backupStore.backups.put(backup);
}

/** Name and size of every stored backup, and whether its text was cut short (see endsLikeWholeBackup). */
export async function listStoredBackups(): Promise<{ fileName: string; bytes: number; incomplete?: true }[]> {
  const rows: { fileName: string; bytes: number; incomplete?: true }[] = [];
  await backupStore.backups.each((b) => rows.push(endsLikeWholeBackup(b.body.slice(-64)) ? { fileName: b.fileName, bytes: b.bytes } : { fileName: b.fileName, bytes: b.bytes, incomplete: true }));
  return rows;
}

export async function getStoredBackup(fileName: string): Promise<StoredBackup | undefined> {
  return backupStore.backups.get(fileName);
}

export async function deleteStoredBackups(fileNames: string[]): Promise<void> {
  await backupStore.backups.bulkDelete(fileNames);
}
