/**
 * File capabilities: open text files through the native dialog (size-limited) and save
 * text where the member chooses. The renderer supplies a suggested *name*, never a path;
 * the only paths written are the ones the save dialog returned (SECURITY.md check 17).
 */
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { MAX_OPEN_FILE_BYTES, type IpcContract } from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../atomic-write';

type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

export function createFileHandlers(dialog: DialogApi, getWindow: () => BrowserWindow | null) {
  return {
    async 'files:open-text'(req: IpcContract['files:open-text']['req']): Promise<IpcContract['files:open-text']['res']> {
      const win = getWindow();
      const options = {
        title: req.title ?? 'Import files',
        properties: (req.multiple ? ['openFile', 'multiSelections'] : ['openFile']) as ('openFile' | 'multiSelections')[],
        filters: req.filters ?? [],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (result.canceled || result.filePaths.length === 0) return { status: 'cancelled' };
      const files: { name: string; bytes: Uint8Array }[] = [];
      const refused: { name: string; reason: string }[] = [];
      for (const path of result.filePaths) {
        const name = basename(path);
        try {
          const info = await stat(path);
          if (!info.isFile()) {
            refused.push({ name, reason: 'is not a regular file' });
          } else if (info.size > MAX_OPEN_FILE_BYTES) {
            refused.push({ name, reason: `is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_OPEN_FILE_BYTES / 1048576} MB` });
          } else {
            files.push({ name, bytes: new Uint8Array(await readFile(path)) });
          }
        } catch (error) {
          refused.push({ name, reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        }
      }
      return { status: 'opened', files, refused };
    },

    async 'files:save-text'(req: IpcContract['files:save-text']['req']): Promise<IpcContract['files:save-text']['res']> {
      const win = getWindow();
      const options = { defaultPath: req.suggestedName, filters: req.filters ?? [] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { status: 'cancelled' };
      await writeFileAtomic(result.filePath, req.body);
      return { status: 'saved', fileName: basename(result.filePath) };
    },
  };
}
