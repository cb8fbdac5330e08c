/**
 * The single window factory: every BrowserWindow of the app is created here with the
 * secure webPreferences and the navigation guards.
 */
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, hardenWebContents } from './security';
import type { ExternalOpener } from './external';
import { loadWindowState, saveWindowState } from './window-state';

// The web contents of the windows made here, by identity: the permission policy grants the
// clipboard write to these only (security.ts applyPermissionPolicy).
const appContents = new WeakSet<object>();

/** True for the web contents of a window this factory created (and nothing else: devtools, webviews, popups). */
export function isAppWindowContents(contents: object | null | undefined): boolean {
  return contents !== null && contents !== undefined && appContents.has(contents);
}

export async function createMainWindow(opts: { preloadDir: string; stateFile: string; openExternal: ExternalOpener }): Promise<BrowserWindow> {
  const state = await loadWindowState(opts.stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Steering Desk',
    backgroundColor: '#1f2430',
    // Written out here, not built elsewhere, so reviewers and Electronegativity see it
    // (SECURITY.md checks 1 and 10). Auxclick is off so a middle-click cannot open a window.
    webPreferences: {
      preload: join(opts.preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  appContents.add(win.webContents);
  hardenWebContents(win.webContents, opts.openExternal);
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
