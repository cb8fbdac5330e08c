/**
 * The full handler map for the contract. Keeping construction separate from Electron's
 * globals lets tests build it with fakes.
 */
import type { App, BrowserWindow, Dialog } from 'electron';
import type { HandlerMap } from './register';
import { createFileHandlers } from './files';
import { createBackupHandlers } from './backup';
import { createDiscourseHandlers } from './discourse';
import type { ExternalOpener } from '../external';
import type { StorageGuard } from '../startup-profile';

export type HandlerDeps = {
  /** `getPath('userData')` is the member's data folder, also on a run with a throwaway profile (index.ts). */
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  openLink: ExternalOpener;
  getWindow: () => BrowserWindow | null;
  electronVersion: string;
  platform: string;
  /** The data-folder check (SECURITY.md check 38). */
  storage: StorageGuard;
  /** The clock that dates and checks automatic backups; tests inject one, production uses the system's. */
  now?: () => Date;
};

export function createHandlers(deps: HandlerDeps): HandlerMap {
  return {
    ...createFileHandlers(deps.dialog, deps.getWindow),
    ...createBackupHandlers(deps),
    ...createDiscourseHandlers(deps),
    async 'shell:open-external'({ url }) {
      return { opened: await deps.openLink(url) };
    },
    async 'app:get-info'() {
      return {
        name: deps.app.getName(),
        version: deps.app.getVersion(),
        electron: deps.electronVersion,
        platform: deps.platform,
        userDataDir: deps.app.getPath('userData'),
        storage: deps.storage.atLaunch,
      };
    },
    async 'app:recheck-storage'() {
      return deps.storage.recheck();
    },
  };
}
