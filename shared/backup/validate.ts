/**
 * Validation of a backup file before a restore (issue 7, SECURITY.md check 43). The whole
 * file is checked before anything is written, so a refused file leaves the database
 * untouched. Checks, in order: size limit, empty, JSON (a cut-off file is told apart from
 * one that is not JSON), format marker, major version, header fields, table names, row
 * shapes, unique primary keys, checksum, counts.
 *
 * Decisions:
 * - Unknown tables are refused: this version could not restore them and would lose them.
 * - Missing tables are accepted as empty (a backup from an older schema predates them);
 *   the summary lists them, since the restore empties them.
 * - A newer `schemaVersion` within the same format major is accepted (its rows still pass
 *   this version's loose schemas, unknown fields kept); the summary flags it.
 */
import { TABLE_NAMES, type TableName } from '../model/tables';
import { isoInstant } from '../model/rows';
import { previewOf } from '../errors/zod-words';
import { checksumOf } from './canonical-json';
import { checkRows, findDuplicateKeys, MAX_LISTED, type DuplicateKey, type RowProblem } from './check-rows';
import { BACKUP_FORMAT, BACKUP_FORMAT_MAJOR, BACKUP_REASONS, type BackupFile, type BackupReason, type BackupTables } from './format';
import { looksTruncated, utf8Length } from './json-text';

/** Every way a backup file can be refused. */
export type BackupErrorCode =
  | 'too-large'
  | 'empty'
  | 'truncated'
  | 'not-json'
  | 'not-backup'
  | 'newer-version'
  | 'bad-header'
  | 'unknown-table'
  | 'bad-rows'
  | 'duplicate-ids'
  | 'checksum-mismatch'
  | 'counts-mismatch'
  | 'unsafe-content';

/** Why a file was refused: a stable code and a message an SC member understands. */
export interface BackupValidationError {
  code: BackupErrorCode;
  message: string;
  /** The first few bad rows, for `bad-rows`. */
  problems?: RowProblem[];
  /** The first few repeated ids, for `duplicate-ids`. */
  duplicates?: DuplicateKey[];
}

/** What the restore dialog shows before anything is replaced. */
export interface BackupSummary {
  counts: Record<TableName, number>;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  formatVersion: string;
  reason: BackupReason;
  /** Tables absent from the file; a restore leaves them empty. */
  missingTables: TableName[];
  /** The rows come from a newer database schema than this version's. */
  isFromNewerSchema: boolean;
}

export type BackupValidation = { ok: true; backup: BackupFile; summary: BackupSummary } | { ok: false; error: BackupValidationError };

/** Options of {@link validateBackup}. */
export interface ValidateBackupOptions {
  /** Largest file accepted, in UTF-8 bytes. */
  maxBytes: number;
  /** The Dexie schema version of this build. */
  currentSchemaVersion: number;
  /** File name, to name the file in messages. */
  fileName?: string;
}

/**
 * Check a whole backup file. On success the returned backup holds every table (missing
 * ones empty) with rows parsed by the model's schemas and unknown fields preserved.
 */
export function validateBackup(text: string, opts: ValidateBackupOptions): BackupValidation {
  const fail = (code: BackupErrorCode, message: string, extra: Partial<BackupValidationError> = {}): BackupValidation => ({
    ok: false,
    error: { code, message: opts.fileName ? `${opts.fileName}: ${message}` : message, ...extra },
  });

  // UTF-8 takes 1–3 bytes per UTF-16 unit, so the exact count is needed only near the limit.
  const isTooLarge = text.length > opts.maxBytes || (text.length * 3 > opts.maxBytes && utf8Length(text, opts.maxBytes) > opts.maxBytes);
  if (isTooLarge) {
    return fail('too-large', `The backup file is larger than the ${formatBytes(opts.maxBytes)} limit, so it was not opened.`);
  }
  if (text.trim() === '') return fail('empty', 'The backup file is empty.');
  // A key that would set an object's prototype has no place in a backup (prototype pollution).
  if (/"__proto__"\s*:/.test(text)) return fail('unsafe-content', 'The backup file contains a field named "__proto__", which Steering Desk refuses.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (looksTruncated(text)) return fail('truncated', 'The backup file is incomplete (it ends too early); it was probably cut off while being copied or saved. Nothing was restored.');
    return fail('not-json', 'The file is not a Steering Desk backup (it is not valid JSON).');
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return fail('not-backup', 'The file is not a Steering Desk backup (its "format" marker is missing).');

  const version = typeof json.formatVersion === 'string' ? /^(\d{1,6})\.(\d{1,6})$/.exec(json.formatVersion) : null;
  if (!version) return fail('bad-header', 'The backup file has no readable format version.');
  if (Number(version[1]) > BACKUP_FORMAT_MAJOR) {
    return fail('newer-version', `This backup was made by a newer Steering Desk${typeof json.appVersion === 'string' ? ` (${previewOf(json.appVersion)})` : ''} in backup format ${previewOf(String(json.formatVersion))}; this version reads format ${BACKUP_FORMAT_MAJOR}.x only. Update Steering Desk to restore it.`);
  }
  if (Number(version[1]) < BACKUP_FORMAT_MAJOR) return fail('bad-header', `Backup format ${previewOf(String(json.formatVersion))} is not one Steering Desk ever wrote.`);

  const header = readHeader(json);
  if (typeof header === 'string') return fail('bad-header', header);

  if (!isRecord(json.tables)) return fail('bad-header', 'The backup file has no "tables".');
  const unknown = Object.keys(json.tables).filter((name) => !(TABLE_NAMES as string[]).includes(name));
  if (unknown.length > 0) {
    return fail('unknown-table', `The backup holds tables this version does not know (${previewOf(unknown.slice(0, MAX_LISTED).join(', '))}); it may come from a newer Steering Desk. Nothing was restored.`);
  }
  const rawTables: Partial<Record<TableName, unknown[]>> = {};
  for (const [name, rows] of Object.entries(json.tables)) {
    if (!Array.isArray(rows)) return fail('bad-header', `The table “${previewOf(name)}” in the backup is not a list of rows.`);
    rawTables[name as TableName] = rows;
  }

  const rows = checkRows(rawTables);
  if (!rows.ok) {
    const first = rows.problems[0];
    const where = first ? `${first.table} row ${first.index + 1}${first.label ? ` (“${first.label}”)` : ''}: ${first.message}` : '';
    const rest = rows.badCount > 1 ? ` (and ${rows.badCount - 1} more)` : '';
    return fail('bad-rows', `${rows.badCount} row${rows.badCount === 1 ? '' : 's'} in the backup ${rows.badCount === 1 ? 'does' : 'do'} not match what Steering Desk expects: ${where}${rest}. Nothing was restored.`, { problems: rows.problems });
  }
  const duplicates = findDuplicateKeys(rawTables);
  if (duplicates.length > 0) {
    return fail('duplicate-ids', `The backup holds the same id twice: ${duplicates.map((d) => `${d.table} “${previewOf(d.key)}”`).join(', ')}. Nothing was restored.`, { duplicates });
  }
  if (checksumOf(rawTables) !== header.checksum) {
    return fail('checksum-mismatch', 'The backup file was changed or damaged after it was written (its checksum does not match). Nothing was restored.');
  }
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, rawTables[name]?.length ?? 0])) as Record<TableName, number>;
  const wrongCount = countMismatch(header.counts, counts);
  if (wrongCount) return fail('counts-mismatch', wrongCount);

  const missingTables = TABLE_NAMES.filter((name) => !(name in rawTables));
  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, rows.rows[name] ?? []])) as BackupTables;
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: header.formatVersion,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
    createdAt: header.createdAt,
    reason: header.reason,
    counts,
    // Filling in missing tables changes the canonical text, so the checksum follows it.
    checksum: missingTables.length > 0 ? checksumOf(tables) : header.checksum,
    tables,
  };
  const { checksum: _checksum, tables: _tables, format: _format, ...rest } = backup;
  return { ok: true, backup, summary: { ...rest, missingTables, isFromNewerSchema: header.schemaVersion > opts.currentSchemaVersion } };
}

interface Header {
  formatVersion: string;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  reason: BackupReason;
  counts: Record<string, number>;
  checksum: string;
}

/** The header fields, or a message saying which one is wrong. */
function readHeader(json: Record<string, unknown>): Header | string {
  const { formatVersion, appVersion, schemaVersion, createdAt, reason, counts, checksum } = json;
  if (typeof appVersion !== 'string' || appVersion.length > 100) return 'The backup file has no readable app version.';
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return 'The backup file has no readable schema version.';
  if (typeof createdAt !== 'string' || !isoInstant.safeParse(createdAt).success) return 'The backup file has no readable creation time.';
  if (typeof reason !== 'string' || !(BACKUP_REASONS as readonly string[]).includes(reason)) return 'The backup file has no readable reason.';
  if (!isRecord(counts) || !Object.values(counts).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
    return 'The backup file has no readable row counts.';
  }
  if (typeof checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(checksum)) return 'The backup file has no readable checksum.';
  return { formatVersion: String(formatVersion), appVersion, schemaVersion, createdAt, reason: reason as BackupReason, counts: counts as Record<string, number>, checksum };
}

/** A message when the header's counts disagree with the rows, else null. */
function countMismatch(declared: Record<string, number>, actual: Record<TableName, number>): string | null {
  for (const [name, n] of Object.entries(declared)) {
    if (!(TABLE_NAMES as string[]).includes(name)) return `The backup counts rows of a table it does not hold (“${previewOf(name)}”).`;
    const held = actual[name as TableName];
    if (held !== n) return `The backup says it holds ${n} rows of "${name}" but holds ${held}.`;
  }
  const uncounted = TABLE_NAMES.find((name) => actual[name] > 0 && !Object.hasOwn(declared, name));
  return uncounted ? `The backup holds ${actual[uncounted]} rows of "${uncounted}" but does not count them.` : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 1_000_000)} MB` : `${Math.round(bytes / 1000)} kB`;
}
