/**
 * Backup and restore of the whole workspace (issue 7).
 *
 * - A backup reads every table in one read transaction, so it is a consistent snapshot.
 * - A restore is: validate the whole file (`checkBackupText`, nothing written on refusal)
 *   → save a 'pre-restore' backup of the current data (before the write transaction: it
 *   is not Dexie work) → clear and refill every table in ONE transaction. A failure
 *   anywhere leaves the database as it was.
 * - Undoing a restore is restoring the pre-restore backup, which gives back exactly the
 *   previous rows (unknown fields from a newer version included).
 */
import { buildBackup, serializeBackup, type BackupFile, type BackupReason, type BackupTables } from '../../../shared/backup/format';
import { backupFileName } from '../../../shared/backup/file-name';
import { validateBackup, type BackupValidation } from '../../../shared/backup/validate';
import { MAX_SAVE_BYTES } from '../../../shared/ipc/channels';
import { flagTwins, secretTextsOf } from '../../../shared/import/merge-rows';
import { TABLE_NAMES, type ItemRow, type TableName } from '../../../shared/model';
import { db } from '../instance';
import { SCHEMA_VERSION } from '../migrations';
import { rawBackupFile, readRawDatabase, type SaveBackup } from '../pre-migration-backup';

export type { SaveBackup } from '../pre-migration-backup';

/** The largest backup file a restore reads (the same limit main applies to saves). */
export const MAX_BACKUP_BYTES = MAX_SAVE_BYTES;

/** A backup made from the current data, ready to save. */
export type MadeBackup = { fileName: string; text: string; backup: BackupFile };

const allTables = () => TABLE_NAMES.map((name) => db.domainTable(name));

/** Every row of every table, read in one transaction. */
export async function readAllTables(): Promise<BackupTables> {
  return db.transaction('r', allTables(), async () => {
    const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.domainTable(name).toArray()] as const));
    return Object.fromEntries(entries) as unknown as BackupTables;
  });
}

/** How many rows each table holds now (what a restore would replace). */
export async function currentCounts(): Promise<Record<TableName, number>> {
  const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.domainTable(name).count()] as const));
  return Object.fromEntries(entries) as Record<TableName, number>;
}

/** A backup of the whole workspace. */
export async function makeBackup(reason: BackupReason, appVersion: string, now = new Date()): Promise<MadeBackup> {
  const createdAt = now.toISOString();
  const backup = buildBackup(await readAllTables(), { appVersion, schemaVersion: SCHEMA_VERSION, createdAt, reason });
  return { fileName: backupFileName(createdAt, reason), text: serializeBackup(backup), backup };
}

/** Checks a backup file before anything is replaced (shared/backup/validate.ts). */
export function checkBackupText(text: string, fileName?: string): BackupValidation {
  return validateBackup(text, { maxBytes: MAX_BACKUP_BYTES, currentSchemaVersion: SCHEMA_VERSION, ...(fileName ? { fileName } : {}) });
}

/**
 * The backup's items with every copy of a confidential item flagged too (issue 14: no path
 * produces an unflagged twin; a backup written before copies followed their flag may hold
 * one). Only ever adds the flag.
 */
function itemsWithTwinsFlagged(items: readonly ItemRow[]): ItemRow[] {
  const out = [...items];
  flagTwins(out, secretTextsOf(out));
  return out;
}

/** Replaces every table with the backup's rows in one transaction. */
export async function replaceAllTables(tables: BackupTables): Promise<void> {
  await db.transaction('rw', allTables(), async () => {
    for (const name of TABLE_NAMES) {
      const table = db.domainTable(name);
      await table.clear();
      const rows = (name === 'items' ? itemsWithTwinsFlagged(tables.items as ItemRow[]) : tables[name]) as unknown as Record<string, unknown>[];
      if (rows.length > 0) await table.bulkAdd(rows);
    }
  });
}

/** What a restore did: the backup of the data it replaced, for "Undo restore". */
export type RestoreOutcome = { preRestore: MadeBackup };

/**
 * Restores a validated backup: saves a pre-restore backup through `save` first (no
 * restore without it), then replaces every table in one transaction.
 */
export async function restoreBackup(backup: BackupFile, opts: { appVersion: string; save: SaveBackup; now?: Date }): Promise<RestoreOutcome> {
  const preRestore = await makeBackup('pre-restore', opts.appVersion, opts.now);
  await opts.save(preRestore.fileName, preRestore.text);
  await replaceAllTables(backup.tables);
  return { preRestore };
}

/** Puts back the data a restore replaced (itself a restore, with its own safety copy). */
export async function undoRestore(outcome: RestoreOutcome, opts: { appVersion: string; save: SaveBackup; now?: Date }): Promise<RestoreOutcome> {
  return restoreBackup(outcome.preRestore.backup, opts);
}

/**
 * Restore for the recovery screen, when the database cannot be opened because its upgrade
 * fails: the stored data is saved as a 'pre-restore' backup with a raw read, then the
 * database is recreated at this build's schema and filled from the backup.
 */
export async function restoreIntoFreshDatabase(backup: BackupFile, opts: { appVersion: string; save: SaveBackup; now?: Date }): Promise<{ preRestoreFileName: string | null }> {
  const dump = await readRawDatabase(db.name);
  let preRestoreFileName: string | null = null;
  if (dump) {
    const file = rawBackupFile(dump, 'pre-restore', opts.appVersion, opts.now);
    await opts.save(file.fileName, file.text);
    preRestoreFileName = file.fileName;
  }
  db.close();
  await db.delete();
  await db.open();
  await replaceAllTables(backup.tables);
  return { preRestoreFileName };
}
