import { backupFileName } from '../../../../shared/backup/file-name';
import { buildBackup, serializeBackup, type BackupReason, type BackupTables } from '../../../../shared/backup/format';
import { TABLE_NAMES } from '../../../../shared/model/tables';

/**
 * A backup file as the app writes it, made at `createdAt` for `reason`, with `padBytes` of
 * settings rows so that a test can give it a size. Main checks every automatic backup
 * before writing it (issue 20), so the tests save real ones.
 */
export function backupText(createdAt: string, reason: BackupReason = 'scheduled', padBytes = 0): string {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
  const value = 'a setting kept for the size of this backup. '.repeat(20);
  tables.settings = Array.from({ length: Math.ceil(padBytes / value.length) }, (_, i) => ({ key: `bulk.${i}`, value }));
  return serializeBackup(buildBackup(tables, { appVersion: '0.1.0', schemaVersion: 3, createdAt: new Date(createdAt).toISOString(), reason }));
}

/** A name and a matching body. */
export function backup(createdAt: string, reason: BackupReason = 'scheduled', padBytes = 0): { name: string; body: string } {
  return { name: backupFileName(createdAt, reason), body: backupText(createdAt, reason, padBytes) };
}
