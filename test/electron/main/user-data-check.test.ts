// SECURITY.md check 38: the launch check of the data folder names what is wrong with it.
import * as fs from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDataFolder, classifyFsError, type ProbeFs } from '../../../electron/main/user-data-check';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-user-data-'));
});
afterEach(async () => {
  await fs.promises.chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, with one call replaced by a failure. */
function failing(call: keyof ProbeFs, code: string): ProbeFs & { calls: string[] } {
  const calls: string[] = [];
  const wrap = <K extends keyof ProbeFs>(name: K): ProbeFs[K] =>
    ((...args: unknown[]) => {
      calls.push(name);
      if (name === call) throw fsError(code);
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as ProbeFs[K];
  return {
    calls,
    mkdirSync: wrap('mkdirSync'),
    openSync: wrap('openSync'),
    writeSync: wrap('writeSync'),
    fsyncSync: wrap('fsyncSync'),
    closeSync: wrap('closeSync'),
    unlinkSync: wrap('unlinkSync'),
  };
}

describe('checkDataFolder', () => {
  it('accepts a writable folder, creating it when missing, and leaves no probe file behind', async () => {
    const dataFolder = join(dir, 'a', 'Steering Desk');
    expect(checkDataFolder(dataFolder)).toEqual({ problem: null, dataFolder, backupFolder: join(dataFolder, 'backups'), detail: '' });
    expect(await readdir(dataFolder)).toEqual([]);
  });

  it('calls a path under a regular file unusable, with the system message', async () => {
    await writeFile(join(dir, 'blocker-file'), 'not a folder');
    const dataFolder = join(dir, 'blocker-file', 'userData');
    const status = checkDataFolder(dataFolder);
    expect(status).toMatchObject({ problem: 'unusable', dataFolder, backupFolder: join(dataFolder, 'backups') });
    expect(status.detail).toMatch(/ENOTDIR|EEXIST/);
  });

  it('calls a regular file in place of the folder unusable', async () => {
    const dataFolder = join(dir, 'userData');
    await writeFile(dataFolder, 'not a folder');
    expect(checkDataFolder(dataFolder).problem).toBe('unusable');
  });

  it.skipIf(process.getuid?.() === 0)('calls a folder without write permission read-only (root ignores permissions, so not as root)', async () => {
    await fs.promises.chmod(dir, 0o555);
    const status = checkDataFolder(dir);
    expect(status.problem).toBe('read-only');
    expect(status.detail).toContain('EACCES');
  });

  it.each([
    ['openSync', 'EACCES', 'read-only'],
    ['openSync', 'EPERM', 'read-only'],
    ['mkdirSync', 'EROFS', 'read-only'],
    ['writeSync', 'ENOSPC', 'full'],
    ['fsyncSync', 'ENOSPC', 'full'],
    ['writeSync', 'EDQUOT', 'full'],
    ['openSync', 'EIO', 'unusable'],
  ] as const)('reports %s failing with %s as %s', (call, code, problem) => {
    const status = checkDataFolder(dir, failing(call, code));
    expect(status).toMatchObject({ problem, dataFolder: dir, detail: `${code}: simulated` });
  });

  it('closes and deletes the probe file after a failed write', async () => {
    const probeFs = failing('fsyncSync', 'ENOSPC');
    expect(checkDataFolder(dir, probeFs).problem).toBe('full');
    expect(probeFs.calls).toEqual(['mkdirSync', 'openSync', 'writeSync', 'fsyncSync', 'closeSync', 'unlinkSync']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports the write failure, not a later cleanup failure', () => {
    const probeFs = failing('writeSync', 'ENOSPC');
    probeFs.unlinkSync = vi.fn(() => {
      throw fsError('EACCES');
    });
    expect(checkDataFolder(dir, probeFs)).toMatchObject({ problem: 'full', detail: 'ENOSPC: simulated' });
  });

  it('reports a probe file it cannot delete', () => {
    expect(checkDataFolder(dir, failing('unlinkSync', 'EPERM')).problem).toBe('read-only');
  });
});

describe('classifyFsError', () => {
  it.each([
    [fsError('EACCES'), 'read-only'],
    [fsError('ENOSPC'), 'full'],
    [fsError('ENOTDIR'), 'unusable'],
    [new Error('no code'), 'unusable'],
    ['a string', 'unusable'],
    [null, 'unusable'],
  ])('classifies %s as %s', (error, problem) => {
    expect(classifyFsError(error)).toBe(problem);
  });
});
