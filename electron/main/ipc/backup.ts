/**
 * Backup and folder-export capabilities (issue 7): automatic backups in
 * `<userData>/backups` with the retention rule, listing and reading them by name, and
 * writing a folder of Markdown files where the member chooses. The renderer only ever
 * names a backup (the IPC schema enforces the backup name pattern) or a relative export
 * path; the folders themselves are chosen here or by the native dialog (check 17).
 * Automatic backups are checked before they are written (issue 20, backup-folder.ts).
 */
import { join } from 'node:path';
import type { IpcContract } from '../../../shared/ipc/contract';
import { createBackupFolder } from '../backups/backup-folder';
import { writeExportFolder } from '../backups/folder-export';
import type { HandlerDeps } from './handlers';

export function createBackupHandlers(deps: HandlerDeps) {
  // Created lazily: `userData` may be redirected (tests, portable mode) before first use.
  // Retention counts days in the member's time zone, so "today" is their day.
  const folder = () =>
    createBackupFolder(join(deps.app.getPath('userData'), 'backups'), { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, ...(deps.now ? { now: deps.now } : {}) });
  return {
    async 'backup:save-auto'(req: IpcContract['backup:save-auto']['req']): Promise<IpcContract['backup:save-auto']['res']> {
      return folder().save(req.fileName, req.body);
    },
    async 'backup:list'(): Promise<IpcContract['backup:list']['res']> {
      return folder().list();
    },
    async 'backup:read'(req: IpcContract['backup:read']['req']): Promise<IpcContract['backup:read']['res']> {
      return folder().read(req.fileName);
    },
    async 'export:save-folder'(req: IpcContract['export:save-folder']['req']): Promise<IpcContract['export:save-folder']['res']> {
      const win = deps.getWindow();
      const options = {
        title: 'Choose where to put the exported folder',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      const root = result.filePaths[0];
      if (result.canceled || !root) return { status: 'cancelled' };
      const written = await writeExportFolder(root, req.suggestedName, req.files);
      return { status: 'saved', ...written };
    },
  };
}
