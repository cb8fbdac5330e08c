import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; win: FakeWindow }[] = [];

class FakeContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
  getURL = () => 'app://steering/index.html';
}
class FakeWindow extends EventEmitter {
  webContents = new FakeContents();
  loadURL = vi.fn(async () => undefined);
  maximize = vi.fn();
  show = vi.fn();
  isDestroyed = () => false;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 850 });
  constructor(options: Record<string, unknown>) {
    super();
    created.push({ options, win: this });
  }
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: { openExternal: vi.fn() },
}));

const { createMainWindow, isAppWindowContents } = await import('../../../electron/main/windows');

let dir: string;
beforeEach(async () => {
  created.length = 0;
  dir = await mkdtemp(join(tmpdir(), 'sd-win-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createMainWindow', () => {
  it('creates every window isolated, sandboxed and without Node', async () => {
    await createMainWindow({ preloadDir: '/app/out/preload', stateFile: join(dir, 'w.json'), openExternal: async () => false });
    expect(created).toHaveLength(1);
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the app from its fixed origin and guards navigation', async () => {
    await createMainWindow({ preloadDir: '/p', stateFile: join(dir, 'w.json'), openExternal: async () => false });
    const { win } = created[0]!;
    expect(win.loadURL).toHaveBeenCalledWith('app://steering/index.html');
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('knows the web contents of the windows it made, and no other (the clipboard grant reads this)', async () => {
    await createMainWindow({ preloadDir: '/p', stateFile: join(dir, 'w.json'), openExternal: async () => false });
    expect(isAppWindowContents(created[0]!.win.webContents)).toBe(true);
    expect(isAppWindowContents(new FakeContents())).toBe(false);
    expect(isAppWindowContents(null)).toBe(false);
  });
});
