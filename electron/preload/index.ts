/**
 * The only file that touches contextBridge and ipcRenderer. It exposes one typed object,
 * `window.steering`, with one function per capability — never ipcRenderer itself, and no
 * Electron event objects reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { FETCH_PROGRESS_EVENT, MENU_COMMANDS, MENU_EVENT, type FetchProgress, type MenuCommand } from '../../shared/ipc/channels';
import type { Channel, IpcContract } from '../../shared/ipc/contract';
import type { SteeringApi } from '../../shared/ipc/api';

const call = <C extends Channel>(channel: C, req: IpcContract[C]['req']) =>
  ipcRenderer.invoke(channel, req) as Promise<IpcContract[C]['res']>;

const api = {
  openTextFiles: (opts) => call('files:open-text', { title: opts.title, filters: opts.filters, multiple: opts.multiple }),
  saveTextFile: (opts) => call('files:save-text', { suggestedName: opts.suggestedName, body: opts.body, filters: opts.filters }),
  openExternal: (url) => call('shell:open-external', { url }),
  getAppInfo: () => call('app:get-info', undefined),
  recheckStorage: () => call('app:recheck-storage', undefined),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, wrapped);
    };
  },
  saveAutoBackup: (fileName, body) => call('backup:save-auto', { fileName, body }),
  listBackups: () => call('backup:list', undefined),
  readBackup: (fileName) => call('backup:read', { fileName }),
  saveFolder: (suggestedName, files) => call('export:save-folder', { suggestedName, files: files.map((f) => ({ path: f.path, body: f.body })) }),
  fetchTopic: (url, requestId) => call('discourse:fetch-topic', { url, requestId }),
  cancelFetch: (requestId) => call('discourse:cancel', { requestId }),
  onFetchProgress: (listener) => {
    const wrapped = (_event: IpcRendererEvent, progress: unknown) => {
      const p = progress as Partial<FetchProgress> | null;
      if (p && typeof p.requestId === 'string' && typeof p.fetched === 'number' && typeof p.total === 'number') {
        listener({ requestId: p.requestId, fetched: p.fetched, total: p.total });
      }
    };
    ipcRenderer.on(FETCH_PROGRESS_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(FETCH_PROGRESS_EVENT, wrapped);
    };
  },
  setDiscourseApiKey: (host, kind, key, username) => call('discourse:set-api-key', { host, kind, key, username }),
  deleteDiscourseApiKey: (host) => call('discourse:delete-api-key', { host }),
  listDiscourseHosts: () => call('discourse:list-hosts', undefined),
} satisfies SteeringApi;

contextBridge.exposeInMainWorld('steering', api);
