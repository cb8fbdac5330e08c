import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserBackupPlatform, combineExportFiles } from '../../../../renderer/lib/platform/browser-backup';
import { backupStore } from '../../../../renderer/db/backup-store';
import { backupFileName } from '../../../../shared/backup/file-name';

beforeEach(async () => {
  await backupStore.backups.clear();
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker;
});

describe('automatic backups in the browser', () => {
  it('keeps backups in their own database and reads them back by name', async () => {
    const name = backupFileName('2026-11-26T10:00:00Z', 'scheduled');
    await browserBackupPlatform.saveAutoBackup(name, '{"b":"✓"}');
    expect(await browserBackupPlatform.listBackups()).toEqual({ backups: [{ fileName: name, bytes: 11 }], folder: 'this browser’s storage' });
    expect(await browserBackupPlatform.readBackup(name)).toEqual({ text: '{"b":"✓"}' });
  });

  it('lists a stored copy that was cut short as incomplete', async () => {
    const name = backupFileName('2026-11-26T10:00:00Z', 'scheduled');
    await browserBackupPlatform.saveAutoBackup(name, '{"tables":{"items":[');
    expect((await browserBackupPlatform.listBackups()).backups).toEqual([{ fileName: name, bytes: 20, incomplete: true }]);
  });

  it('applies the retention rule after each save', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:00:00Z'));
    for (const h of ['08', '09', '10', '11']) await browserBackupPlatform.saveAutoBackup(backupFileName(`2026-11-26T${h}:00:00Z`, 'scheduled'), 'x');
    const { backups } = await browserBackupPlatform.listBackups();
    expect(backups.map((b) => b.fileName)).toEqual(['11', '10', '09'].map((h) => backupFileName(`2026-11-26T${h}:00:00Z`, 'scheduled')));
  });

  it('refuses names that are not backup names', async () => {
    await expect(browserBackupPlatform.saveAutoBackup('../x.json', 'x')).rejects.toMatchObject({ code: 'bad-name' });
    await expect(browserBackupPlatform.readBackup('notes.txt')).rejects.toMatchObject({ code: 'bad-name' });
  });

  it('says when a backup is gone', async () => {
    await expect(browserBackupPlatform.readBackup(backupFileName('2026-11-26T10:00:00Z', 'manual'))).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('folder export in the browser', () => {
  it('writes a real folder where the browser offers a directory picker', async () => {
    const written = new Map<string, string>();
    const dir = (path: string): unknown => ({
      name: path,
      getDirectoryHandle: async (name: string, opts?: { create?: boolean }) => {
        if (!opts?.create && ![...written.keys()].some((k) => k.startsWith(`${path}/${name}/`))) throw new DOMException('missing', 'NotFoundError');
        return dir(`${path}/${name}`);
      },
      getFileHandle: async (name: string) => ({
        createWritable: async () => ({ write: async (data: string) => void written.set(`${path}/${name}`, data), close: async () => undefined }),
      }),
    });
    (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker = async () => dir('root');
    const result = await browserBackupPlatform.saveFolder('export', [{ path: 'README.md', body: '# i' }, { path: 'teams/xen.md', body: '# Xen' }]);
    expect(result).toEqual({ status: 'saved', folderName: 'export', files: 2 });
    expect(Object.fromEntries(written)).toEqual({ 'root/export/README.md': '# i', 'root/export/teams/xen.md': '# Xen' });
    const again = await browserBackupPlatform.saveFolder('export', [{ path: 'README.md', body: '# ii' }]);
    expect(again).toMatchObject({ folderName: 'export (2)' });
  });

  it('treats a dismissed directory picker as cancelled', async () => {
    (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker = async () => Promise.reject(new DOMException('abort', 'AbortError'));
    expect(await browserBackupPlatform.saveFolder('export', [{ path: 'README.md', body: 'x' }])).toEqual({ status: 'cancelled' });
  });

  it('without a directory picker downloads one file that holds every exported file', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const result = await browserBackupPlatform.saveFolder('export', [{ path: 'README.md', body: '# Index' }, { path: 'teams/xen.md', body: '# Xen' }]);
    expect(result).toEqual({ status: 'saved', folderName: 'export.md', files: 2 });
    expect(clicks).toEqual(['export.md']);
  });

  it('combines files with a “File:” line before each', () => {
    const text = combineExportFiles([{ path: 'README.md', body: '# Index' }, { path: 'teams/xen.md', body: '# Xen\n' }]);
    expect(text).toContain('File: `README.md`\n\n# Index\n');
    expect(text).toContain('File: `teams/xen.md`\n\n# Xen\n');
    expect(text.indexOf('README.md')).toBeLessThan(text.indexOf('teams/xen.md'));
  });
});
