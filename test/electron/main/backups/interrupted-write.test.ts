/**
 * SECURITY.md check 44 at the file level: a backup write that stops part-way — the disk
 * fills up, the rename fails, or the app dies between writing and renaming — never leaves
 * a file under the backup's name, and the backup list never offers what it leaves behind.
 * `node:fs/promises` is the real one, with `open`, `rename` and `unlink` replaceable per test.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../../shared/backup/file-name';
import { backupText } from './backup-text';

const fs = vi.hoisted(() => ({ open: null as unknown, rename: null as unknown, unlink: null as unknown }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    open: (...args: Parameters<typeof actual.open>) => ((fs.open as typeof actual.open | null) ?? actual.open)(...args),
    rename: (...args: Parameters<typeof actual.rename>) => ((fs.rename as typeof actual.rename | null) ?? actual.rename)(...args),
    unlink: (...args: Parameters<typeof actual.unlink>) => ((fs.unlink as typeof actual.unlink | null) ?? actual.unlink)(...args),
  };
});

const { createBackupFolder } = await import('../../../../electron/main/backups/backup-folder');
const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-interrupted-'));
});
afterEach(async () => {
  fs.open = fs.rename = fs.unlink = null;
  await rm(dir, { recursive: true, force: true });
});

const earlier = backupFileName('2026-11-26T08:00:00Z', 'scheduled');
const name = backupFileName('2026-11-26T10:15:00Z', 'pre-restore');
// The retention rule judges backups against "now": the test's clock, never the machine's (issue 12).
const now = () => new Date('2026-11-26T12:00:00Z');
const body = backupText('2026-11-26T10:15:00Z', 'pre-restore', 100_000);
const earlierBody = backupText('2026-11-26T08:00:00Z', 'scheduled');

describe('an interrupted backup write', () => {
  it('leaves no file under the backup name when the disk fills up part-way, and cleans up its temporary file', async () => {
    const folder = createBackupFolder(dir, { now });
    fs.open = async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      // Half of the data reaches the disk, then the write fails.
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async (data: string) => {
          await handle.write(data.slice(0, data.length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        close: () => handle.close(),
      });
    };
    await expect(folder.save(name, body)).rejects.toThrow('ENOSPC');
    expect(await readdir(dir)).toEqual([]);
    expect((await folder.list()).backups).toEqual([]);
  });

  it('keeps the earlier backups and writes nothing under the new name when the rename fails', async () => {
    const folder = createBackupFolder(dir, { now });
    await folder.save(earlier, earlierBody);
    fs.rename = async () => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    await expect(folder.save(name, body)).rejects.toThrow('EIO');
    expect(await readdir(dir)).toEqual([earlier]);
    expect(await readFile(join(dir, earlier), 'utf8')).toBe(earlierBody);
  });

  it('after a crash between writing and renaming, only a temporary file is left, which is never listed, read or removed', async () => {
    const folder = createBackupFolder(dir, { now });
    await folder.save(earlier, earlierBody);
    // The app dies after the data is flushed: neither the rename nor the clean-up runs.
    const crash = new Error('the app was killed');
    fs.rename = async () => {
      throw crash;
    };
    fs.unlink = async () => {
      throw crash;
    };
    await expect(folder.save(name, body)).rejects.toBe(crash);
    fs.rename = fs.unlink = null;

    const left = (await readdir(dir)).filter((f) => f !== earlier);
    expect(left).toHaveLength(1);
    expect(left[0]!.startsWith(`.${name}.`) && left[0]!.endsWith('.tmp')).toBe(true);
    expect(await readFile(join(dir, left[0]!), 'utf8')).toBe(body);
    expect((await folder.list()).backups.map((b) => b.fileName)).toEqual([earlier]);
    await expect(folder.read(left[0]!)).rejects.toMatchObject({ code: 'bad-name' });

    // The next launch saves the same backup again: it lands whole, and the leftover stays unlisted.
    await folder.save(name, body);
    expect((await folder.list()).backups.map((b) => b.fileName)).toEqual([name, earlier]);
    expect(await readFile(join(dir, name), 'utf8')).toBe(body);
    expect(await readdir(dir)).toContain(left[0]);
  });
});
