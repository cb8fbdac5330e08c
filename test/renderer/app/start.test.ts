// SECURITY.md check 38: start-up never ends on an empty workspace when storage cannot be used.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../renderer/app/start';
import { retryStorage } from '../../../renderer/app/storage-help';
import { DB_NAME } from '../../../renderer/db/db';
import { db } from '../../../renderer/db/instance';
import { platform } from '../../../renderer/lib/platform';
import { resetUiStore, useUi } from '../../../renderer/store';
import type { AppInfo, StorageStatus } from '../../../shared/ipc/channels';

const FOLDER = '/home/sc/.config/Steering Desk';
const readOnly: StorageStatus = { problem: 'read-only', dataFolder: FOLDER, backupFolder: `${FOLDER}/backups`, detail: `EACCES: permission denied, open '${FOLDER}/.probe'` };
const full: StorageStatus = { ...readOnly, problem: 'full', detail: 'ENOSPC: no space left on device, write' };
const LATEST = 'steering-desk-2026-11-26T09-00-00Z-scheduled.json';

const info = (storage: StorageStatus): AppInfo => ({ name: 'Steering Desk', version: '0.1.0', electron: '45.5.0', platform: 'linux', userDataDir: FOLDER, storage });
const status = () => useUi.getState().dbStatus;
const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

beforeEach(async () => {
  db.close();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = () => resolve(null);
  });
  vi.spyOn(platform, 'listBackups').mockResolvedValue({ backups: [{ fileName: LATEST, bytes: 10 }, { fileName: 'steering-desk-2026-11-25T09-00-00Z-scheduled.json', bytes: 9 }], folder: readOnly.backupFolder });
});
afterEach(() => {
  vi.restoreAllMocks();
  resetUiStore();
});

describe('startApp', () => {
  it('shows the data-folder screen and creates no database when main reports an unusable folder', async () => {
    vi.spyOn(platform, 'getAppInfo').mockResolvedValue(info(readOnly));
    const save = vi.spyOn(platform, 'saveAutoBackup');
    await startApp();
    expect(status()).toEqual({ kind: 'storage-unusable', help: { storage: readOnly, latestBackup: LATEST } });
    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(save).not.toHaveBeenCalled();
  });

  it('still shows the screen when the backup folder cannot be listed', async () => {
    vi.spyOn(platform, 'getAppInfo').mockResolvedValue(info(full));
    vi.spyOn(platform, 'listBackups').mockRejectedValue(new Error('ENOTDIR: not a directory'));
    await startApp();
    expect(status()).toEqual({ kind: 'storage-unusable', help: { storage: full, latestBackup: null } });
  });

  it('shows the open-failed screen, marked full, when IndexedDB refuses to open for lack of space', async () => {
    vi.spyOn(platform, 'getAppInfo').mockResolvedValue(info({ ...readOnly, problem: null, detail: '' }));
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await startApp();
    const s = status();
    expect(s).toMatchObject({ kind: 'open-failed', isFull: true, help: { latestBackup: LATEST, storage: { dataFolder: FOLDER, problem: null } } });
    expect(s.kind === 'open-failed' && s.message).toContain('quota');
  });

  it('shows the open-failed screen, not the upgrade screen, when an existing workspace cannot be read, and changes nothing', async () => {
    await db.open();
    await db.settings.put({ key: 'test.kept', value: 'still here' });
    db.close();
    vi.spyOn(platform, 'getAppInfo').mockResolvedValue(info({ ...readOnly, problem: null, detail: '' }));
    const save = vi.spyOn(platform, 'saveAutoBackup');
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    await startApp();
    expect(status()).toMatchObject({ kind: 'open-failed', isFull: false, message: expect.stringContaining('backing store') });
    expect(save).not.toHaveBeenCalled();
    open.mockRestore();
    await db.open();
    expect(await db.settings.get('test.kept')).toEqual({ key: 'test.kept', value: 'still here' });
    db.close();
  });
});

describe('retryStorage', () => {
  it('refreshes the screen with what the new check found while the folder is still unusable', async () => {
    vi.spyOn(platform, 'recheckStorage').mockResolvedValue({ storage: full, relaunching: false });
    const reload = vi.fn();
    await expect(retryStorage(reload)).resolves.toBe('still-unusable');
    expect(status()).toEqual({ kind: 'storage-unusable', help: { storage: full, latestBackup: LATEST } });
    expect(reload).not.toHaveBeenCalled();
  });

  it('leaves the restart to the desktop app once the folder can be used', async () => {
    vi.spyOn(platform, 'recheckStorage').mockResolvedValue({ storage: { ...readOnly, problem: null, detail: '' }, relaunching: true });
    const reload = vi.fn();
    await expect(retryStorage(reload)).resolves.toBe('restarting');
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads the page when the browser has storage again', async () => {
    vi.spyOn(platform, 'recheckStorage').mockResolvedValue({ storage: { problem: null, dataFolder: '', backupFolder: '', detail: '' }, relaunching: false });
    const reload = vi.fn();
    await expect(retryStorage(reload)).resolves.toBe('reloading');
    expect(reload).toHaveBeenCalledOnce();
  });
});
