/**
 * Main-process lifecycle only: data-folder check, single-instance lock, scheme
 * registration, session policy, IPC, menu, window. Policies live in security.ts,
 * protocol.ts, offline-spellcheck.ts, startup-profile.ts and ipc/.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { MENU_EVENT, type MenuCommand } from '../../shared/ipc/contract';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { APP_SCHEME, applyPermissionPolicy, hardenWebContents } from './security';
import { createExternalOpener } from './external';
import { keepSpellcheckOffline } from './offline-spellcheck';
import { createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { createMainWindow, isAppWindowContents } from './windows';
import { checkDataFolder } from './user-data-check';
import { chooseProfile, createStorageGuard, errorBoxText } from './startup-profile';

// Electron e2e tests give each run its own profile (SECURITY.md §7 E-checks); never set in normal use.
if (process.env.STEERING_E2E_USER_DATA) app.setPath('userData', process.env.STEERING_E2E_USER_DATA);

// Before anything writes there (Chromium's profile, the single-instance lock): can the app
// save in its data folder? If not, run on a throwaway profile and let the window say what
// is wrong, instead of quitting silently or showing an empty workspace (SECURITY.md check 38).
const dataFolder = app.getPath('userData');
const storageAtLaunch = checkDataFolder(dataFolder);
const profile = chooseProfile(storageAtLaunch, () => mkdtempSync(join(tmpdir(), 'steering-desk-unsaved-')));
if (profile.kind === 'throwaway') {
  console.warn(`[steering-desk] cannot save in ${dataFolder} (${storageAtLaunch.problem}: ${storageAtLaunch.detail}); running on a throwaway profile`);
  // sessionData follows userData unless set; set both so no Chromium file lands in the broken folder.
  app.setPath('userData', profile.dir);
  app.setPath('sessionData', profile.dir);
  app.on('quit', () => {
    try {
      rmSync(profile.dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // Windows may still hold a file open; the temp folder is the OS's to clean then.
      console.warn(`[steering-desk] could not delete the throwaway profile ${profile.dir}: ${String(error)}`);
    }
  });
}

// Must run before `ready`: a standard + secure scheme gets IndexedDB and a stable origin.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Before any session asks for a spellcheck dictionary: no download from Google's CDN (issue 20).
app.on('session-created', keepSpellcheckOffline);

if (profile.kind === 'none') {
  // No folder for a profile at all: a native box is the only way left to tell the member.
  void app.whenReady().then(() => {
    dialog.showErrorBox('Steering Desk cannot start', errorBoxText(storageAtLaunch, profile.reason));
    app.quit();
  });
} else if (profile.kind === 'data-folder' && !app.requestSingleInstanceLock()) {
  // A second instance would open a second connection to the same database with possibly
  // another schema version: focus the first window instead (SECURITY.md check 13). A
  // throwaway run opens no database, so it needs no lock (and must not take it in the broken folder).
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
    applyPermissionPolicy(session.defaultSession, isAppWindowContents);
    keepSpellcheckOffline(session.defaultSession);
    // Handlers read and write the member's data folder, never the throwaway profile: a save
    // there fails with a message instead of landing in a folder deleted on quit.
    const dataFolderApp = {
      getName: () => app.getName(),
      getVersion: () => app.getVersion(),
      getPath: (name: Parameters<typeof app.getPath>[0]) => (name === 'userData' ? dataFolder : app.getPath(name)),
    };
    const storage = createStorageGuard({
      atLaunch: storageAtLaunch,
      profile,
      check: () => checkDataFolder(dataFolder),
      // After the answer reached the window, so it can say that the app restarts.
      relaunch: () => {
        setTimeout(() => {
          app.relaunch();
          app.quit();
        }, 300);
      },
    });
    registerHandlers(
      ipcMain,
      createHandlers({
        app: dataFolderApp, dialog, openLink: openExternal, getWindow: () => mainWindow, electronVersion: process.versions.electron ?? '', platform: process.platform, storage,
      }),
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
