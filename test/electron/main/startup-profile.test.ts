// SECURITY.md check 38: which profile a launch runs on, and "Try again" on the data-folder screen.
import { describe, expect, it, vi } from 'vitest';
import { chooseProfile, createStorageGuard, errorBoxText, type ProfileChoice } from '../../../electron/main/startup-profile';
import type { StorageStatus } from '../../../shared/ipc/channels';

const usable: StorageStatus = { problem: null, dataFolder: '/home/sc/.config/Steering Desk', backupFolder: '/home/sc/.config/Steering Desk/backups', detail: '' };
const readOnly: StorageStatus = { ...usable, problem: 'read-only', detail: "EACCES: permission denied, open '/home/sc/.config/Steering Desk/.probe'" };
const full: StorageStatus = { ...usable, problem: 'full', detail: 'ENOSPC: no space left on device, write' };

describe('chooseProfile', () => {
  it('keeps the data folder when it can be written, without making a temp folder', () => {
    const makeTempDir = vi.fn(() => '/tmp/x');
    expect(chooseProfile(usable, makeTempDir)).toEqual({ kind: 'data-folder' });
    expect(makeTempDir).not.toHaveBeenCalled();
  });

  it.each([readOnly, full])('runs on a throwaway profile when the folder is $problem', (storage) => {
    expect(chooseProfile(storage, () => '/tmp/steering-desk-unsaved-abc')).toEqual({ kind: 'throwaway', dir: '/tmp/steering-desk-unsaved-abc' });
  });

  it('gives up on a window, with the reason, when not even a temp folder can be made', () => {
    const choice = chooseProfile(full, () => {
      throw new Error('ENOSPC: no space left on device, mkdtemp');
    });
    expect(choice).toEqual({ kind: 'none', reason: 'ENOSPC: no space left on device, mkdtemp' });
  });
});

describe('the storage guard', () => {
  const throwaway: ProfileChoice = { kind: 'throwaway', dir: '/tmp/steering-desk-unsaved-abc' };

  it('restarts a throwaway run once the folder can be written, only once', () => {
    const relaunch = vi.fn();
    const guard = createStorageGuard({ atLaunch: readOnly, profile: throwaway, check: () => usable, relaunch });
    expect(guard.recheck()).toEqual({ storage: usable, relaunching: true });
    expect(guard.recheck()).toEqual({ storage: usable, relaunching: true });
    expect(relaunch).toHaveBeenCalledOnce();
  });

  it('reports what the new check found while the folder is still unusable, and does not restart', () => {
    const relaunch = vi.fn();
    const guard = createStorageGuard({ atLaunch: readOnly, profile: throwaway, check: () => full, relaunch });
    expect(guard.recheck()).toEqual({ storage: full, relaunching: false });
    expect(relaunch).not.toHaveBeenCalled();
  });

  it('keeps the launch answer for the run even after the folder was fixed (the profile is still the throwaway one)', () => {
    const guard = createStorageGuard({ atLaunch: readOnly, profile: throwaway, check: () => usable, relaunch: vi.fn() });
    guard.recheck();
    expect(guard.atLaunch).toEqual(readOnly);
  });

  it('never restarts a run that is on the data folder', () => {
    const relaunch = vi.fn();
    const guard = createStorageGuard({ atLaunch: usable, profile: { kind: 'data-folder' }, check: () => usable, relaunch });
    expect(guard.recheck()).toEqual({ storage: usable, relaunching: false });
    expect(relaunch).not.toHaveBeenCalled();
  });
});

describe('errorBoxText', () => {
  it('names the folder, the problem, that nothing was lost, and where the backups are', () => {
    const text = errorBoxText(full, 'ENOSPC: no space left on device, mkdtemp');
    expect(text).toContain('/home/sc/.config/Steering Desk: the disk is full');
    expect(text).toContain('Nothing was changed or lost');
    expect(text).toContain('Your automatic backups are in /home/sc/.config/Steering Desk/backups.');
  });
});
