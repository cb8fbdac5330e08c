import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportPathError, writeExportFolder } from '../../../../electron/main/backups/folder-export';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExportFolder', () => {
  it('writes every file into a new sub-folder, creating nested folders', async () => {
    const result = await writeExportFolder(dir, 'steering-desk-export', [
      { path: 'README.md', body: '# Index' },
      { path: 'teams/xen.md', body: '# Xen' },
    ]);
    expect(result).toEqual({ folderName: 'steering-desk-export', files: 2 });
    expect(await readFile(join(dir, 'steering-desk-export', 'teams', 'xen.md'), 'utf8')).toBe('# Xen');
  });

  it('never overwrites an earlier export: a second one gets a numbered folder', async () => {
    await writeExportFolder(dir, 'export', [{ path: 'README.md', body: 'first' }]);
    const second = await writeExportFolder(dir, 'export', [{ path: 'README.md', body: 'second' }]);
    expect(second.folderName).toBe('export (2)');
    expect(await readFile(join(dir, 'export', 'README.md'), 'utf8')).toBe('first');
  });

  it.each(['../outside.md', 'teams/../../outside.md', '/tmp/absolute.md', 'teams\\..\\..\\x.md'])('refuses %s and writes nothing', async (path) => {
    await expect(writeExportFolder(dir, 'export', [{ path: 'README.md', body: 'ok' }, { path, body: 'evil' }])).rejects.toBeInstanceOf(ExportPathError);
    expect(await readdir(dir)).toEqual([]);
  });
});
