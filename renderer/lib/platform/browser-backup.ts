/**
 * Browser equivalents of the backup capabilities (issue 7).
 *
 * - Automatic backups live in a separate IndexedDB database, `steering-desk-backups`
 *   (renderer/db/backup-store.ts), with the same names and retention rule as the desktop
 *   app's backup folder. They survive a wipe or restore of the workspace database, but
 *   not the browser clearing the site's data: "Back up now…" downloads a real file.
 * - "Export everything as Markdown" writes a real folder where the File System Access
 *   API exists (`showDirectoryPicker`, Chromium browsers). Elsewhere it downloads ONE
 *   combined Markdown file holding every file of the export, each under a `File:` line,
 *   because a page cannot create folders and a burst of downloads is blocked.
 */
import type { SteeringApi } from '../../../shared/ipc/api';
import { parseBackupFileName } from '../../../shared/backup/file-name';
import { selectBackupsToKeep } from '../../../shared/backup/retention';
import { BACKUP_NAME_PATTERN, type SaveFolderResult } from '../../../shared/ipc/channels';
import { deleteStoredBackups, getStoredBackup, listStoredBackups, putStoredBackup } from '../../db/backup-store';
import { memberTimeZone } from '../format/dates';

/** The parts of the File System Access API used here (not in TypeScript's DOM lib). */
type DirectoryHandle = {
  name: string;
  getDirectoryHandle(name: string, opts?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, opts?: { create?: boolean }): Promise<{ createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }> }>;
};
type DirectoryPicker = (opts?: { mode?: 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

/** A backup name, never a path: the same rule the desktop app's IPC enforces. */
class BrowserBackupError extends Error {
  override readonly name = 'BrowserBackupError';
  constructor(
    readonly code: 'bad-name' | 'not-found',
    message: string,
  ) {
    super(message);
  }
}

function checkName(fileName: string): void {
  if (!BACKUP_NAME_PATTERN.test(fileName) || !parseBackupFileName(fileName)) {
    throw new BrowserBackupError('bad-name', `"${fileName.slice(0, 100)}" is not the name of a Steering Desk backup.`);
  }
}

/** Every file of an export in one Markdown document, for browsers that cannot write a folder. */
export function combineExportFiles(files: readonly { path: string; body: string }[]): string {
  const intro = `This browser cannot save a folder, so the ${files.length} files of the export follow one after another, each after a "File:" line.\n`;
  return [intro, ...files.map((f) => `---\n\nFile: \`${f.path.replace(/`/g, '')}\`\n\n${f.body.trimEnd()}\n`)].join('\n');
}

function download(name: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Writes the files under a new sub-folder of `root` (numbered when the name is taken). */
async function writeToDirectory(root: DirectoryHandle, name: string, files: readonly { path: string; body: string }[]): Promise<SaveFolderResult> {
  let folderName = name;
  for (let n = 2; await root.getDirectoryHandle(folderName).then(() => true, () => false); n++) folderName = `${name} (${n})`;
  const folder = await root.getDirectoryHandle(folderName, { create: true });
  for (const file of files) {
    const parts = file.path.split('/');
    // Paths come from the exporter; refuse anything that could climb out all the same.
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) throw new Error(`Refused to write "${file.path}" outside the export folder.`);
    let dir = folder;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const writable = await (await dir.getFileHandle(parts[parts.length - 1]!, { create: true })).createWritable();
    await writable.write(file.body);
    await writable.close();
  }
  return { status: 'saved', folderName, files: files.length };
}

export const browserBackupPlatform: Pick<SteeringApi, 'saveAutoBackup' | 'listBackups' | 'readBackup' | 'saveFolder'> = {
  async saveAutoBackup(fileName, body) {
    checkName(fileName);
    await putStoredBackup({ fileName, body, bytes: new TextEncoder().encode(body).length, savedAt: new Date().toISOString() });
    const entries = (await listStoredBackups()).flatMap((b) => {
      const parsed = parseBackupFileName(b.fileName);
      return parsed ? [{ name: b.fileName, createdAt: parsed.createdAt }] : [];
    });
    const removed = selectBackupsToKeep(entries, new Date(), undefined, { timeZone: memberTimeZone() }).remove.filter((n) => n !== fileName);
    await deleteStoredBackups(removed);
    return { saved: true, removed };
  },
  async listBackups() {
    const backups = (await listStoredBackups()).filter((b) => parseBackupFileName(b.fileName) !== null);
    backups.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
    return { backups, folder: 'this browser’s storage' };
  },
  async readBackup(fileName) {
    checkName(fileName);
    const stored = await getStoredBackup(fileName);
    if (!stored) throw new BrowserBackupError('not-found', `The backup ${fileName} is no longer kept in this browser.`);
    return { text: stored.body };
  },
  async saveFolder(suggestedName, files) {
    const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
    if (picker) {
      let root: DirectoryHandle;
      try {
        root = await picker({ mode: 'readwrite', id: 'steering-desk-export' });
      } catch {
        return { status: 'cancelled' };
      }
      return writeToDirectory(root, suggestedName, files);
    }
    download(`${suggestedName}.md`, combineExportFiles(files));
    return { status: 'saved', folderName: `${suggestedName}.md`, files: files.length };
  },
};
