/**
 * The folder of automatic backups, `<userData>/backups` (issue 7). Files are named by
 * `backupFileName` (creation time + reason), so listing and retention work from names
 * alone. Before a save, the body is checked (shared/backup/auto-backup-check.ts, issue 20):
 * a Steering Desk backup, within the size limit, dated as its name says and not in the
 * future, so junk cannot push real backups out; a refusal writes and removes nothing.
 * Every write is atomic (temp file + rename, SECURITY.md check 44): an interrupted
 * write leaves a `.…tmp` file, which the list never offers because its name does not parse.
 * After each save the retention rule (`selectBackupsToKeep`) removes the backups it no
 * longer keeps; files it cannot read (other names) are never touched. A file with a backup's
 * name that was cut short anyway (copied in half-written, a damaged disk) is listed as
 * incomplete, so the restore list never offers it as a backup.
 */
/* eslint-disable security/detect-non-literal-fs-filename -- every path is `<userData>/backups/<checked backup name>` */
import { mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { checkAutoBackup } from '../../../shared/backup/auto-backup-check';
import { parseBackupFileName } from '../../../shared/backup/file-name';
import { endsLikeWholeBackup } from '../../../shared/backup/json-text';
import { selectBackupsToKeep, DEFAULT_RETENTION_POLICY, type RetentionPolicy } from '../../../shared/backup/retention';
import { BACKUP_NAME_PATTERN, MAX_SAVE_BYTES, type BackupListing } from '../../../shared/ipc/channels';
import { writeFileAtomic } from '../atomic-write';

/** Why a backup folder request was refused. */
export class BackupFolderError extends Error {
  override readonly name = 'BackupFolderError';
  constructor(
    readonly code: 'bad-name' | 'not-found' | 'too-large' | 'not-backup' | 'bad-date',
    message: string,
  ) {
    super(message);
  }
}

export type BackupFolderOptions = {
  policy?: RetentionPolicy;
  /** The member's time zone, so "today" in the retention rule is their day. */
  timeZone?: string;
  now?: () => Date;
};

/** A name the app wrote: it parses back and passes the IPC pattern (no path parts). */
function checkName(fileName: string): void {
  if (!BACKUP_NAME_PATTERN.test(fileName) || parseBackupFileName(fileName) === null) {
    throw new BackupFolderError('bad-name', `"${fileName.slice(0, 100)}" is not the name of a Steering Desk backup.`);
  }
}

/** Reads only the last bytes of the file: enough to tell a whole backup from a cut-short one. */
async function looksComplete(path: string, size: number): Promise<boolean> {
  if (size === 0) return false;
  const handle = await open(path, 'r');
  try {
    const length = Math.min(size, 64);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, size - length);
    return endsLikeWholeBackup(buffer.subarray(0, bytesRead).toString('latin1'));
  } finally {
    await handle.close();
  }
}

export function createBackupFolder(dir: string, opts: BackupFolderOptions = {}) {
  const now = opts.now ?? (() => new Date());

  async function names(): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((n) => parseBackupFileName(n) !== null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  return {
    dir,

    /** Writes one backup atomically, then removes the backups retention no longer keeps. */
    async save(fileName: string, body: string): Promise<{ saved: boolean; removed: string[] }> {
      checkName(fileName);
      const refusal = checkAutoBackup(fileName, body, { maxBytes: MAX_SAVE_BYTES, now: now() });
      if (refusal) throw new BackupFolderError(refusal.code, refusal.message);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(join(dir, fileName), body);
      const entries = (await names()).map((name) => ({ name, ...parseBackupFileName(name)! }));
      const { remove } = selectBackupsToKeep(entries, now(), opts.policy ?? DEFAULT_RETENTION_POLICY, opts.timeZone ? { timeZone: opts.timeZone } : {});
      const removed: string[] = [];
      for (const name of remove) {
        // The file just written is never removed, even by a clock that went backwards.
        if (name === fileName) continue;
        await unlink(join(dir, name)).then(() => removed.push(name), () => undefined);
      }
      return { saved: true, removed };
    },

    /** The backups in the folder, newest first, with their sizes; cut-short files are marked. */
    async list(): Promise<BackupListing> {
      const backups: BackupListing['backups'] = [];
      for (const fileName of await names()) {
        const path = join(dir, fileName);
        const info = await stat(path).catch(() => null);
        if (!info?.isFile()) continue;
        const complete = await looksComplete(path, info.size).catch(() => false);
        backups.push(complete ? { fileName, bytes: info.size } : { fileName, bytes: info.size, incomplete: true });
      }
      backups.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
      return { backups, folder: dir };
    },

    /** The text of one backup, by name. */
    async read(fileName: string): Promise<{ text: string }> {
      checkName(fileName);
      const path = join(dir, fileName);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) throw new BackupFolderError('not-found', `The backup ${fileName} is no longer in the backup folder.`);
      if (info.size > MAX_SAVE_BYTES) throw new BackupFolderError('too-large', `The backup ${fileName} is too large to open.`);
      return { text: await readFile(path, 'utf8') };
    },
  };
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;
