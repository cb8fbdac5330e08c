/**
 * Main-process lifecycle only: single-instance lock, scheme registration, session
 * policy, IPC, menu, window. Policies live in security.ts, protocol.ts and ipc/.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { realpathSync } from 'node:fs';
import { MENU_EVENT, type MenuCommand } from '../../shared/ipc/contract';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { APP_SCHEME, denyAllPermissions, hardenWebContents } from './security';
import { createExternalOpener } from './external';
import { createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { createMainWindow } from './windows';

// Electron e2e tests give each run its own profile (SECURITY.md §7 E-checks); never set in normal use.
if (process.env.STEERING_E2E_USER_DATA) app.setPath('userData', process.env.STEERING_E2E_USER_DATA);

// Must run before `ready`: a standard + secure scheme gets IndexedDB and a stable origin.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// A second instance would open a second connection to the same database with possibly
// another schema version: focus the first window instead (SECURITY.md check 13).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const openExternal = createExternalOpener(shell);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openExternal);
  });

  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_EVENT, command);

  const openWindow = async () => {
    mainWindow = await createMainWindow({
      preloadDir: join(__dirname, '../preload'),
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      openExternal,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  void app.whenReady().then(async () => {
    const rendererRoot = realpathSync(join(__dirname, '../renderer'));
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    denyAllPermissions(session.defaultSession);
    registerHandlers(
      ipcMain,
      createHandlers({ app, dialog, openLink: openExternal, getWindow: () => mainWindow, electronVersion: process.versions.electron ?? '', platform: process.platform }),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', appName: app.getName(), send })));
    await openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
