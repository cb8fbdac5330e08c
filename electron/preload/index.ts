/**
 * The only file that touches contextBridge and ipcRenderer. It exposes one typed object,
 * `window.steering`, with one function per capability — never ipcRenderer itself, and no
 * Electron event objects reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { MENU_COMMANDS, MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';
import type { Channel, IpcContract } from '../../shared/ipc/contract';
import type { SteeringApi } from '../../shared/ipc/api';

const call = <C extends Channel>(channel: C, req: IpcContract[C]['req']) =>
  ipcRenderer.invoke(channel, req) as Promise<IpcContract[C]['res']>;

const api = {
  openTextFiles: (opts) => call('files:open-text', { title: opts.title, filters: opts.filters, multiple: opts.multiple }),
  saveTextFile: (opts) => call('files:save-text', { suggestedName: opts.suggestedName, body: opts.body, filters: opts.filters }),
  openExternal: (url) => call('shell:open-external', { url }),
  getAppInfo: () => call('app:get-info', undefined),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, wrapped);
    };
  },
} satisfies SteeringApi;

contextBridge.exposeInMainWorld('steering', api);
