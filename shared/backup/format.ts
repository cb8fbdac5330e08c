/**
 * The Steering Desk backup file (issue 7): every table in one versioned JSON file.
 *
 * ```json
 * {
 *   "format": "steering-desk-backup",
 *   "formatVersion": "1.0",
 *   "appVersion": "0.1.0",
 *   "schemaVersion": 3,
 *   "createdAt": "2026-11-26T10:15:00.000Z",
 *   "reason": "manual",
 *   "counts": { "sources": 2, … },
 *   "checksum": "sha256:…",
 *   "tables": { "sources": [ {…}, … ], … }
 * }
 * ```
 *
 * Versioning: `formatVersion` is `MAJOR.MINOR`. A newer MINOR only adds optional top-level
 * fields, so this version reads it; a newer MAJOR (new table, new reason, changed meaning)
 * is refused with a message naming the version. `schemaVersion` is the Dexie schema the
 * rows were read from. `checksum` is sha256 over the canonical JSON of `tables`
 * (canonical-json.ts), so it does not depend on key order or white space.
 * The file is written with one row per line: readable, and diff-friendly between backups.
 * See shared/backup/README.md for the full description.
 */
import { TABLE_NAMES, type RowOf, type TableName } from '../model/tables';
import { canonicalJson, checksumOf } from './canonical-json';

/** Marker of a backup file. */
export const BACKUP_FORMAT = 'steering-desk-backup';
/** The format version this build writes. */
export const BACKUP_FORMAT_VERSION = '1.0';
/** The major format version this build reads. */
export const BACKUP_FORMAT_MAJOR = 1;

/** Why a backup was made: by the member, on the schedule, or automatically before a migration or a restore. */
export const BACKUP_REASONS = ['manual', 'scheduled', 'pre-migration', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The rows of every table. */
export type BackupTables = { [T in TableName]: RowOf<T>[] };

/** A whole backup file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: string;
  appVersion: string;
  /** The Dexie schema version the rows were read from. */
  schemaVersion: number;
  /** ISO-8601 instant (UTC). */
  createdAt: string;
  reason: BackupReason;
  counts: Record<TableName, number>;
  /** `sha256:<64 hex>` over the canonical JSON of `tables`. */
  checksum: string;
  tables: BackupTables;
}

/** What {@link buildBackup} needs besides the rows. */
export interface BackupMeta {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  reason: BackupReason;
}

/**
 * A backup of `tables`. Every table must be given (an empty array for an empty table),
 * so a table added to the model cannot be forgotten by the code that reads the database.
 */
export function buildBackup(tables: { readonly [T in TableName]: readonly RowOf<T>[] }, meta: BackupMeta): BackupFile {
  const copy = Object.fromEntries(TABLE_NAMES.map((name) => [name, [...tables[name]]])) as BackupTables;
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, copy[name].length])) as Record<TableName, number>;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    reason: meta.reason,
    counts,
    checksum: checksumOf(copy),
    tables: copy,
  };
}

/**
 * The file text of a backup: header fields in a fixed order, tables in model order, one
 * canonical row per line. The same backup always gives the same text.
 */
export function serializeBackup(backup: BackupFile): string {
  const header = (['format', 'formatVersion', 'appVersion', 'schemaVersion', 'createdAt', 'reason', 'counts', 'checksum'] as const)
    .map((key) => `  ${JSON.stringify(key)}: ${key === 'counts' ? countsText(backup.counts) : JSON.stringify(backup[key])},`)
    .join('\n');
  const tables = TABLE_NAMES
    .map((name, i) => {
      const rows: readonly unknown[] = backup.tables[name];
      const comma = i < TABLE_NAMES.length - 1 ? ',' : '';
      if (rows.length === 0) return `    ${JSON.stringify(name)}: []${comma}`;
      return `    ${JSON.stringify(name)}: [\n${rows.map((row) => `      ${canonicalJson(row)}`).join(',\n')}\n    ]${comma}`;
    })
    .join('\n');
  return `{\n${header}\n  "tables": {\n${tables}\n  }\n}\n`;
}

function countsText(counts: Record<TableName, number>): string {
  return `{ ${TABLE_NAMES.map((name) => `${JSON.stringify(name)}: ${counts[name]}`).join(', ')} }`;
}
