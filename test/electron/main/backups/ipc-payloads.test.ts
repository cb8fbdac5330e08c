// SECURITY.md checks 14–17 for the backup channels: malformed payloads and untrusted
// senders are refused before anything touches the disk.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { guarded, UntrustedSenderError } = await import('../../../../electron/main/ipc/register');
const { createHandlers } = await import('../../../../electron/main/ipc/handlers');
const { IpcPayloadError } = await import('../../../../shared/ipc/contract');

const trusted = { senderFrame: { url: 'app://steering/index.html', parent: null } };
const NAME = 'steering-desk-2026-11-26T10-15-00Z-manual.json';
const HUGE = 'x'.repeat(50 * 1024 * 1024);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(pickedFolder = join(dir, 'picked')) {
  const deps = {
    app: { getName: () => 'Steering Desk', getVersion: () => '0.1.0', getPath: () => join(dir, 'user-data') },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [pickedFolder] })),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(),
    },
    openLink: vi.fn(),
    getWindow: () => null,
    electronVersion: '45.5.0',
    platform: 'linux',
  };
  return { deps, handlers: createHandlers(deps as never) };
}

describe('backup channels', () => {
  it('save, list and read a backup for the app window', async () => {
    const { handlers } = setup();
    await guarded('backup:save-auto', handlers['backup:save-auto'])(trusted as never, { fileName: NAME, body: '{}' });
    const listing = await guarded('backup:list', handlers['backup:list'])(trusted as never, undefined);
    expect(listing.backups).toEqual([{ fileName: NAME, bytes: 2 }]);
    await expect(guarded('backup:read', handlers['backup:read'])(trusted as never, { fileName: NAME })).resolves.toEqual({ text: '{}' });
  });

  it.each([
    ['backup:save-auto', { fileName: '../../etc/passwd', body: 'x' }],
    ['backup:save-auto', { fileName: '/tmp/steering-desk-2026-11-26T10-15-00Z-manual.json', body: 'x' }],
    ['backup:save-auto', { fileName: NAME, body: 42 }],
    ['backup:save-auto', { fileName: NAME, body: 'x', folder: '/tmp' }],
    ['backup:save-auto', JSON.parse(`{"fileName":"${NAME}","body":"x","__proto__":{"polluted":1}}`)],
    ['backup:read', { fileName: `backups/${NAME}` }],
    ['backup:read', { fileName: 'C:\\Users\\x\\steering-desk-2026-11-26T10-15-00Z-manual.json' }],
    ['backup:read', { fileName: HUGE }],
    ['backup:list', { anything: true }],
    ['export:save-folder', { suggestedName: 'export', files: [{ path: '../outside.md', body: 'x' }] }],
    ['export:save-folder', { suggestedName: 'export', files: [{ path: 'teams/../../outside.md', body: 'x' }] }],
    ['export:save-folder', { suggestedName: 'export', files: [{ path: '/etc/cron.d/x', body: 'x' }] }],
    ['export:save-folder', { suggestedName: '../export', files: [] }],
    ['export:save-folder', { suggestedName: '/home/me/export', files: [] }],
    ['export:save-folder', { suggestedName: 'export', files: [{ path: 'a.md', body: 'x', mode: 0o777 }] }],
    ['export:save-folder', { suggestedName: HUGE, files: [] }],
  ] as const)('refuse a malformed %s payload without touching the disk or opening a dialog', async (channel, payload) => {
    const { deps, handlers } = setup();
    await expect(guarded(channel, handlers[channel] as never)(trusted as never, payload)).rejects.toBeInstanceOf(IpcPayloadError);
    expect(deps.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a backup body over the size limit', async () => {
    const { handlers } = setup();
    const body = 'x'.repeat(200 * 1024 * 1024 + 1);
    await expect(guarded('backup:save-auto', handlers['backup:save-auto'])(trusted as never, { fileName: NAME, body })).rejects.toBeInstanceOf(IpcPayloadError);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['backup:save-auto', 'backup:read', 'backup:list', 'export:save-folder'] as const)('refuse %s from a sub-frame', async (channel) => {
    const { deps, handlers } = setup();
    const payload = channel === 'backup:list' ? undefined : channel === 'export:save-folder' ? { suggestedName: 'x', files: [] } : { fileName: NAME, body: 'x' };
    const subFrame = { senderFrame: { url: 'app://steering/index.html', parent: {} } };
    await expect(guarded(channel, handlers[channel] as never)(subFrame as never, payload)).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(deps.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes a folder export only inside the folder the member picked', async () => {
    const picked = join(dir, 'picked');
    const { deps, handlers } = setup(picked);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(picked);
    const result = await guarded('export:save-folder', handlers['export:save-folder'])(trusted as never, {
      suggestedName: 'steering-desk-export',
      files: [{ path: 'README.md', body: '# x' }, { path: 'teams/xen.md', body: '# Xen' }],
    });
    expect(result).toEqual({ status: 'saved', folderName: 'steering-desk-export', files: 2 });
    expect(deps.dialog.showOpenDialog).toHaveBeenCalledOnce();
    expect(await readdir(join(picked, 'steering-desk-export'))).toEqual(['README.md', 'teams']);
  });

  it('writes nothing when the member cancels the folder dialog', async () => {
    const { deps, handlers } = setup();
    deps.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const result = await guarded('export:save-folder', handlers['export:save-folder'])(trusted as never, { suggestedName: 'x', files: [{ path: 'a.md', body: 'x' }] });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });
});
