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

export type HandlerDeps = {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  openLink: ExternalOpener;
  getWindow: () => BrowserWindow | null;
  electronVersion: string;
  platform: string;
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
      };
    },
  };
}
