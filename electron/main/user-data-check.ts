/**
 * Can the app save in its data folder? Checked once at launch, before Chromium or the
 * single-instance lock touch the folder (SECURITY.md check 38). Electron does not tell:
 * with a read-only folder `requestSingleInstanceLock()` just returns false (the app would
 * quit without a word), and on a full disk IndexedDB fails later or not at all. So the
 * check creates the folder if missing, writes, fsyncs and deletes a small probe file, and
 * names what went wrong: no permission ('read-only'), no space ('full'), or anything else
 * in the way ('unusable'), with the folder and the system's own message.
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { StorageProblem, StorageStatus } from '../../shared/ipc/channels';

/** The file-system calls the probe makes; tests inject failures through it. */
export type ProbeFs = Pick<typeof nodeFs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'unlinkSync'>;

/**
 * One file-system block, not a single byte: a nearly full disk still creates an empty file
 * and may accept a byte into a block it already has, but not a new block.
 */
const PROBE_BYTES = 4096;

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** Which problem a file-system error means for the member (what they can do about it differs). */
export function classifyFsError(error: unknown): StorageProblem {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && READ_ONLY_CODES.has(code)) return 'read-only';
  if (typeof code === 'string' && FULL_CODES.has(code)) return 'full';
  return 'unusable';
}

/** The backup folder main uses for a data folder (electron/main/ipc/backup.ts). */
export function backupFolderOf(dataFolder: string): string {
  return join(dataFolder, 'backups');
}

/** Checks `dataFolder` by writing a probe file into it; never throws. */
export function checkDataFolder(dataFolder: string, fs: ProbeFs = nodeFs): StorageStatus {
  const backupFolder = backupFolderOf(dataFolder);
  try {
    writeProbe(dataFolder, fs);
    return { problem: null, dataFolder, backupFolder, detail: '' };
  } catch (error) {
    return { problem: classifyFsError(error), dataFolder, backupFolder, detail: error instanceof Error ? error.message : String(error) };
  }
}

function writeProbe(dir: string, fs: ProbeFs): void {
  fs.mkdirSync(dir, { recursive: true });
  // A fresh name each time ('wx' refuses to reuse one): never overwrite a file of the member's.
  const file = join(dir, `.steering-desk-write-check-${process.pid}-${Date.now()}`);
  const fd = fs.openSync(file, 'wx', 0o600);
  let failure: { error: unknown } | null = null;
  try {
    fs.writeSync(fd, Buffer.alloc(PROBE_BYTES, 0x2e));
    // A full disk can accept the write into the page cache and fail only when it is flushed.
    fs.fsyncSync(fd);
  } catch (error) {
    failure = { error };
  }
  // Clean up in every case, and report the first failure (a write error rather than the unlink after it).
  try {
    fs.closeSync(fd);
  } catch (error) {
    failure ??= { error };
  }
  try {
    fs.unlinkSync(file);
  } catch (error) {
    failure ??= { error };
  }
  if (failure) throw failure.error;
}
