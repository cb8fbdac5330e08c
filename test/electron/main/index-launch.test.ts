// SECURITY.md checks 13 and 38 at the lifecycle level (electron mocked): the single-instance
// lock is taken only in a usable data folder; an unusable one moves Chromium to a throwaway
// profile (deleted on quit) instead of quitting silently.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  paths: new Map<string, string>(),
  listeners: new Map<string, Listener[]>(),
  ready: { promise: Promise.resolve() },
}));

const app = vi.hoisted(() => ({
  setPath: vi.fn((name: string, path: string) => void fake.paths.set(name, path)),
  getPath: vi.fn((name: string) => fake.paths.get(name) ?? `/default/${name}`),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  on: vi.fn((event: string, fn: Listener) => void fake.listeners.set(event, [...(fake.listeners.get(event) ?? []), fn])),
  whenReady: vi.fn(() => fake.ready.promise),
  getName: () => 'Steering Desk',
  getVersion: () => '0.1.0',
}));
const dialog = vi.hoisted(() => ({ showErrorBox: vi.fn() }));

vi.mock('electron', () => ({
  app,
  dialog,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  BrowserWindow: { getAllWindows: () => [] },
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  session: { defaultSession: {} },
  shell: { openExternal: vi.fn() },
  screen: {},
}));

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sd-launch-'));
  fake.paths.clear();
  fake.listeners.clear();
  // `ready` never comes unless a test says so: only the synchronous launch decisions run.
  fake.ready.promise = new Promise(() => undefined);
  vi.clearAllMocks();
  vi.resetModules();
});
afterEach(() => {
  for (const fn of fake.listeners.get('quit') ?? []) fn();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

async function launchWith(userData: string): Promise<void> {
  vi.stubEnv('STEERING_E2E_USER_DATA', userData);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await import('../../../electron/main/index');
}

describe('the launch', () => {
  it('takes the single-instance lock in a usable data folder and keeps the profile there', async () => {
    const userData = join(root, 'userData');
    await launchWith(userData);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.getPath('userData')).toBe(userData);
    expect(app.setPath).not.toHaveBeenCalledWith('sessionData', expect.anything());
  });

  it('moves Chromium to a throwaway profile, takes no lock, and deletes the profile on quit when the folder is unusable', async () => {
    writeFileSync(join(root, 'blocker-file'), 'x');
    const userData = join(root, 'blocker-file', 'userData');
    await launchWith(userData);
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    const profile = app.getPath('userData');
    expect(profile).toContain('steering-desk-unsaved-');
    expect(app.getPath('sessionData')).toBe(profile);
    expect(existsSync(profile)).toBe(true);
    for (const fn of fake.listeners.get('quit') ?? []) fn();
    expect(existsSync(profile)).toBe(false);
  });

  it('says it in a native error box, then quits, when not even a temporary profile can be made', async () => {
    writeFileSync(join(root, 'blocker-file'), 'x');
    const userData = join(root, 'blocker-file', 'userData');
    vi.stubEnv('TMPDIR', join(root, 'blocker-file', 'tmp'));
    let ready: () => void = () => undefined;
    fake.ready.promise = new Promise<void>((resolve) => (ready = resolve));
    await launchWith(userData);
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
    ready();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Steering Desk cannot start', expect.stringContaining(`cannot save in its data folder ${userData}`));
  });

  it('points the dictionary download of every session it creates away from the network, before ready (issue 20)', async () => {
    await launchWith(join(root, 'userData'));
    const created = fake.listeners.get('session-created') ?? [];
    expect(created).toHaveLength(1);
    const session = { setSpellCheckerDictionaryDownloadURL: vi.fn(), on: vi.fn() };
    created[0]!(session);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledOnce();
    const [url] = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0] as [string];
    expect(new URL(url).protocol).toBe('file:');
    expect(new URL(url).host).toBe('');
  });
});
