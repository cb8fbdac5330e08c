// SECURITY.md check 38: the screens for unusable storage say what happened, that nothing was
// lost, what to do and where the backups are, and never show the workspace.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/app/App';
import { platform } from '../../../renderer/lib/platform';
import { resetUiStore, useUi } from '../../../renderer/store';
import type { StorageStatus } from '../../../shared/ipc/channels';

const FOLDER = '/home/sc/.config/Steering Desk';
const desktop = (problem: StorageStatus['problem'], detail = ''): StorageStatus => ({ problem, dataFolder: FOLDER, backupFolder: `${FOLDER}/backups`, detail });
const browser = (problem: StorageStatus['problem'], detail = ''): StorageStatus => ({ problem, dataFolder: '', backupFolder: '', detail });
const LATEST = 'steering-desk-2026-11-26T09-00-00Z-scheduled.json';

afterEach(() => {
  vi.restoreAllMocks();
  resetUiStore();
});

const text = () => screen.getByRole('alert').textContent ?? '';

function showStorageProblem(storage: StorageStatus, latestBackup: string | null = LATEST) {
  useUi.getState().setDbStatus({ kind: 'storage-unusable', help: { storage, latestBackup } });
  render(<App />);
}

describe('the data-folder screen', () => {
  it('names the read-only folder, says nothing was lost, what to do, and where the latest backup is', () => {
    showStorageProblem(desktop('read-only', 'EACCES: permission denied'));
    expect(screen.getByRole('heading', { name: 'Steering Desk cannot save your work' })).toBeTruthy();
    expect(text()).toContain(`Steering Desk cannot save in its data folder ${FOLDER}: the folder is read-only.`);
    expect(text()).toContain('Nothing was changed or lost');
    expect(text()).toContain('Make the folder writable again');
    expect(text()).toContain(`${LATEST} in ${FOLDER}/backups`);
    expect(text()).toContain('File › Back up… and File › Export… can save a copy anywhere you choose');
    expect(text()).toContain('What the system reported: EACCES: permission denied');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says the disk is full and asks to free space', () => {
    showStorageProblem(desktop('full', 'ENOSPC: no space left on device'));
    expect(text()).toContain(`${FOLDER}: the disk is full.`);
    expect(text()).toContain('Free some space on that disk, then choose Try again.');
  });

  it('names the backup folder even when no backup could be read there', () => {
    showStorageProblem(desktop('unusable', 'ENOTDIR: not a directory'), null);
    expect(text()).toContain(`${FOLDER}: the folder cannot be used.`);
    expect(text()).toContain(`Automatic backups are kept in ${FOLDER}/backups; none could be read there just now.`);
  });

  it('in a browser without storage, points to the downloaded backups and Settings', () => {
    showStorageProblem(browser('unusable', 'This browser gives the page no IndexedDB storage.'), null);
    expect(text()).toContain('Steering Desk cannot save in this browser: it gives this page no storage for your workspace.');
    expect(text()).toContain('What the system reported: This browser gives the page no IndexedDB storage.');
    expect(text()).toContain('Backups you saved with Settings › Back up now… are files in your downloads folder.');
    expect(text()).not.toContain('File › Back up');
  });

  it('Try again shows what the new check found while the folder is still unusable', async () => {
    const recheck = vi.spyOn(platform, 'recheckStorage').mockResolvedValue({ storage: desktop('full', 'ENOSPC'), relaunching: false });
    vi.spyOn(platform, 'listBackups').mockResolvedValue({ backups: [], folder: `${FOLDER}/backups` });
    showStorageProblem(desktop('read-only', 'EACCES'));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Checked again: Steering Desk still cannot save there.')).toBeTruthy();
    expect(text()).toContain('the disk is full');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(recheck).toHaveBeenCalledOnce();
  });

  it('Try again says the app restarts once the folder can be used', async () => {
    vi.spyOn(platform, 'recheckStorage').mockResolvedValue({ storage: desktop(null), relaunching: true });
    showStorageProblem(desktop('read-only', 'EACCES'));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The folder can be used now. Steering Desk is restarting…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Checking…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the open-failed screen', () => {
  it('names the data folder, the causes, the backups and the system message on the desktop', () => {
    useUi.getState().setDbStatus({ kind: 'open-failed', message: 'Internal error opening backing store', isFull: false, help: { storage: desktop(null), latestBackup: LATEST } });
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Your workspace could not be opened' })).toBeTruthy();
    expect(text()).toContain(`could not open the storage in its data folder ${FOLDER}, where your workspace is kept.`);
    expect(text()).toContain('Steering Desk did not change or delete anything.');
    expect(text()).toContain('Free some space or make the folder writable');
    expect(text()).toContain(`${LATEST} in ${FOLDER}/backups`);
    expect(text()).toContain('What the system reported: Internal error opening backing store');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it("says the browser's storage is full when the failure says so", () => {
    useUi.getState().setDbStatus({
      kind: 'open-failed',
      message: 'The quota has been exceeded.\n QuotaExceededError: The quota has been exceeded.',
      isFull: true,
      help: { storage: browser(null), latestBackup: null },
    });
    render(<App />);
    expect(text()).toContain('This browser did not let Steering Desk open the storage where your workspace is kept.');
    expect(text()).toContain('What the system reported: The quota has been exceeded.');
    expect(text()).not.toContain('QuotaExceededError');
    expect(text()).toContain('The disk (or the space the browser allows) is full');
    expect(text()).toContain('files in your downloads folder');
  });
});
