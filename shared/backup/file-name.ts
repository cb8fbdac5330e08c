/**
 * Backup file names: `steering-desk-2026-11-26T10-15-00-123Z-manual.json`. The name carries
 * the UTC creation time (colons replaced, since Windows forbids them) and the reason, so the
 * backup list and the retention rule work from a folder listing without opening files.
 * Names sort chronologically as plain strings. The milliseconds keep two backups for the
 * same reason within one second (a restore undone at once) from overwriting each other;
 * names without them, written by earlier versions, still read back.
 */
import { BACKUP_REASONS, type BackupReason } from './format';

/** A creation time that cannot name a backup. */
export class BackupNameError extends Error {
  override readonly name = 'BackupNameError';
  readonly code = 'bad-date' as const;

  constructor(value: string) {
    super(`Cannot name a backup after "${value.slice(0, 100)}": it is not a date and time.`);
  }
}

const PREFIX = 'steering-desk-';
const NAME = /^steering-desk-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(-\d{3}|)Z-([a-z-]+)\.json$/;

/** The file name of a backup made at `createdAt` (any ISO-8601 instant or a Date) for `reason`. */
export function backupFileName(createdAt: string | Date, reason: BackupReason): string {
  const time = typeof createdAt === 'string' ? Date.parse(createdAt) : createdAt.getTime();
  if (Number.isNaN(time)) throw new BackupNameError(String(createdAt));
  const iso = new Date(time).toISOString(); // 2026-11-26T10:15:00.000Z
  return `${PREFIX}${iso.slice(0, 19).replace(/:/g, '-')}-${iso.slice(20, 23)}Z-${reason}.json`;
}

/** A backup file name read back. */
export interface ParsedBackupName {
  /** ISO-8601 instant, e.g. `2026-11-26T10:15:00.000Z`. */
  createdAt: string;
  reason: BackupReason;
}

/**
 * Read a name written by {@link backupFileName}; null for any other file (temporary
 * files of an interrupted write, files the member put there), which the backup list
 * and the retention rule then leave alone.
 */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, dashMs, reason] = m;
  const ms = dashMs ? dashMs.slice(1) : '000';
  if (!(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return null;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  const time = Date.parse(createdAt);
  // Date.parse rolls 2026-02-30 over to March; a name that does not round-trip is not ours.
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null;
  return { createdAt, reason: reason as BackupReason };
}
