/**
 * The native menu. Commands that belong to the renderer (import, export, backup…) are
 * sent to it as `menu:command` events; the renderer decides what to show.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export function buildMenuTemplate(opts: { isMac: boolean; appName: string; send: (command: MenuCommand) => void }): MenuItemConstructorOptions[] {
  const { isMac, appName, send } = opts;
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
      { label: 'Import from URL…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-url') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      { type: 'separator' },
      { label: 'Back up…', accelerator: 'CmdOrCtrl+Shift+B', click: () => send('backup') },
      { label: 'Restore from backup…', click: () => send('restore') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${appName}`, click: () => send('about') }] },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}
