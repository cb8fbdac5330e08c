/**
 * The single window factory: every BrowserWindow of the app is created here with the
 * secure webPreferences and the navigation guards.
 */
import { BrowserWindow, screen, shell } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, hardenWebContents } from './security';
import { secureWebPreferences } from './web-preferences';
import { loadWindowState, saveWindowState } from './window-state';

export async function createMainWindow(opts: { preloadDir: string; stateFile: string }): Promise<BrowserWindow> {
  const state = await loadWindowState(opts.stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Steering Desk',
    backgroundColor: '#1f2430',
    webPreferences: secureWebPreferences(join(opts.preloadDir, 'index.cjs')),
  });
  hardenWebContents(win.webContents, (url) => shell.openExternal(url));
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const persist = () => {
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    void saveWindowState(opts.stateFile, { ...bounds, isMaximized: win.isMaximized() }).catch(() => undefined);
  };
  win.on('close', persist);

  await win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
