/**
 * What main checks before it writes an automatic backup into the backup folder (issue 20).
 * `backup:save-auto` used to take any body under any backup-shaped name, and retention
 * trusts the date in the name, so a bug or a hostile page could write junk dated to push
 * every real backup out. Checks, in order, all before anything is written:
 * size (UTF-8 bytes) → it is a Steering Desk backup as this app writes it (the header
 * parses, carries the format marker and a format major this build reads, and the text ends
 * as a whole backup does) → its reason and creation time are the name's → that time is
 * sane: at most {@link MAX_CLOCK_SKEW_MS} ahead of the clock and at most
 * {@link MAX_AUTO_BACKUP_AGE_MS} behind it (an automatic backup is made just before it is saved).
 *
 * Decisions:
 * - Only the header is read. Parsing the whole body (up to 200 MB) would hold the main
 *   process — every window's IPC — for seconds (≈2 s for 80 MB); the header is the lines
 *   `serializeBackup` writes before `"tables"`, so the cost does not grow with the workspace.
 *   A test ties every text `serializeBackup` writes to this check.
 * - Rows are not checked here. Restore checks them (validate.ts); refusing a pre-restore
 *   copy because one current row is out of bounds would leave the member unable to restore
 *   the older, good backup that gets them out.
 */
import { isoInstant } from '../model/rows';
import { parseBackupFileName } from './file-name';
import { BACKUP_FORMAT, BACKUP_FORMAT_MAJOR, BACKUP_REASONS } from './format';
import { endsLikeWholeBackup, utf8Length } from './json-text';

/** How far ahead of the clock a backup's time may be: two clocks of one machine, read moments apart. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** How old an automatic backup may be when it is saved: one day (a laptop that slept mid-backup). */
export const MAX_AUTO_BACKUP_AGE_MS = 24 * 3_600_000;
/** The header is a few hundred bytes; anything without `"tables"` this early is not a backup the app wrote. */
const HEADER_SEARCH_CHARS = 64 * 1024;
const TABLES_LINE = '\n  "tables": {';

/** Why an automatic backup was not written. */
export type AutoBackupRefusal = { code: 'too-large' | 'not-backup' | 'bad-date'; message: string };

/** Options of {@link checkAutoBackup}. */
export interface AutoBackupCheckOptions {
  /** Largest body written, in UTF-8 bytes. */
  maxBytes: number;
  /** The clock, injected so tests (and a moved clock) are deterministic. */
  now: Date;
}

/**
 * Null when `body` may be written as the automatic backup `fileName`, else the reason in
 * words, ending with "nothing was written" (the caller writes nothing and removes nothing).
 */
export function checkAutoBackup(fileName: string, body: string, opts: AutoBackupCheckOptions): AutoBackupRefusal | null {
  const refuse = (code: AutoBackupRefusal['code'], why: string): AutoBackupRefusal => ({
    code,
    message: `Steering Desk did not save the automatic backup ${fileName.slice(0, 100)}: ${why} Nothing was written and no backup was removed.`,
  });
  const named = parseBackupFileName(fileName);
  if (!named) return refuse('not-backup', 'that is not the name of a Steering Desk backup.');
  const isTooLarge = body.length > opts.maxBytes || (body.length * 3 > opts.maxBytes && utf8Length(body, opts.maxBytes) > opts.maxBytes);
  if (isTooLarge) return refuse('too-large', `it is larger than the ${Math.round(opts.maxBytes / 1_000_000)} MB a backup may be.`);

  const header = readHeader(body);
  if (typeof header === 'string') return refuse('not-backup', header);
  if (!endsLikeWholeBackup(body.slice(-64))) return refuse('not-backup', 'the file is cut short (it does not end as a backup does).');
  if (header.reason !== named.reason) return refuse('not-backup', `its name says "${named.reason}" but the backup says "${header.reason}".`);
  const time = Date.parse(header.createdAt);
  if (time !== Date.parse(named.createdAt)) {
    return refuse('bad-date', `its name says it was made at ${named.createdAt} but the backup says ${header.createdAt.slice(0, 40)}.`);
  }
  const now = opts.now.getTime();
  if (time > now + MAX_CLOCK_SKEW_MS) return refuse('bad-date', `it is dated ${named.createdAt}, later than this computer's clock (${opts.now.toISOString()}).`);
  if (time < now - MAX_AUTO_BACKUP_AGE_MS) {
    return refuse('bad-date', `it is dated ${named.createdAt}, more than a day before this computer's clock (${opts.now.toISOString()}); an automatic backup is saved as soon as it is made.`);
  }
  return null;
}

/** The reason and creation time from the header lines, or what is wrong with them. */
function readHeader(body: string): { reason: string; createdAt: string } | string {
  const notOurs = 'the file is not a Steering Desk backup as the app writes it (its header is missing or unreadable).';
  const end = body.slice(0, HEADER_SEARCH_CHARS).indexOf(TABLES_LINE);
  if (!body.startsWith('{\n') || end < 0) return notOurs;
  let header: unknown;
  try {
    // JSON strings hold no raw line breaks, so the first "tables" line is the real one.
    header = JSON.parse(`${body.slice(0, end).replace(/,\s*$/, '')}\n}`);
  } catch {
    return notOurs;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return notOurs;
  const h = header as Record<string, unknown>;
  if (h.format !== BACKUP_FORMAT) return 'the file is not a Steering Desk backup (its "format" marker is missing).';
  const major = typeof h.formatVersion === 'string' ? /^(\d{1,6})\.\d{1,6}$/.exec(h.formatVersion)?.[1] : undefined;
  if (major === undefined || Number(major) !== BACKUP_FORMAT_MAJOR) return `its format version is not ${BACKUP_FORMAT_MAJOR}.x, the one this version writes.`;
  if (typeof h.appVersion !== 'string' || h.appVersion.length > 100) return 'it has no readable app version.';
  if (typeof h.schemaVersion !== 'number' || !Number.isInteger(h.schemaVersion) || h.schemaVersion < 0) return 'it has no readable schema version.';
  if (typeof h.createdAt !== 'string' || !isoInstant.safeParse(h.createdAt).success) return 'it has no readable creation time.';
  if (typeof h.reason !== 'string' || !(BACKUP_REASONS as readonly string[]).includes(h.reason)) return 'it has no readable reason.';
  const counts = h.counts;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts) || !Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0)) return 'it has no readable row counts.';
  if (typeof h.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(h.checksum)) return 'it has no readable checksum.';
  return { reason: h.reason, createdAt: h.createdAt };
}
