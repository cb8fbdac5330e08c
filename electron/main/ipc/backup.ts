/**
 * Backup and folder-export capabilities (issue 7): automatic backups in
 * `<userData>/backups` with the retention rule, listing and reading them by name, and
 * writing a folder of Markdown files where the member chooses.
 * OWNER: the backups helper replaces these placeholders.
 */
import type { IpcContract } from '../../../shared/ipc/contract';
import type { HandlerDeps } from './handlers';

const pending = (what: string) => new Error(`${what} is not available yet in this build.`);

export function createBackupHandlers(_deps: HandlerDeps) {
  return {
    async 'backup:save-auto'(_req: IpcContract['backup:save-auto']['req']): Promise<IpcContract['backup:save-auto']['res']> {
      throw pending('Automatic backup');
    },
    async 'backup:list'(): Promise<IpcContract['backup:list']['res']> {
      throw pending('The backup list');
    },
    async 'backup:read'(_req: IpcContract['backup:read']['req']): Promise<IpcContract['backup:read']['res']> {
      throw pending('Reading a backup');
    },
    async 'export:save-folder'(_req: IpcContract['export:save-folder']['req']): Promise<IpcContract['export:save-folder']['res']> {
      throw pending('Folder export');
    },
  };
}
