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
const { backupText } = await import('./backup-text');

const trusted = { senderFrame: { url: 'app://steering/index.html', parent: null } };
const NAME = 'steering-desk-2026-11-26T10-15-00Z-manual.json';
const HUGE = 'x'.repeat(50 * 1024 * 1024);
const BODY = backupText('2026-11-26T10:15:00Z', 'manual');

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
    now: () => new Date('2026-11-26T12:00:00Z'),
  };
  return { deps, handlers: createHandlers(deps as never) };
}

describe('backup channels', () => {
  it('save, list and read a backup for the app window', async () => {
    const { handlers } = setup();
    await guarded('backup:save-auto', handlers['backup:save-auto'])(trusted as never, { fileName: NAME, body: BODY });
    const listing = await guarded('backup:list', handlers['backup:list'])(trusted as never, undefined);
    expect(listing.backups).toEqual([{ fileName: NAME, bytes: Buffer.byteLength(BODY) }]);
    await expect(guarded('backup:read', handlers['backup:read'])(trusted as never, { fileName: NAME })).resolves.toEqual({ text: BODY });
  });

  it.each([
    ['any body under a backup name', 'not a backup at all', /is not a Steering Desk backup/],
    ['a backup whose name gives another time than the backup', backupText('2026-11-26T09:00:00Z', 'manual'), /name says it was made at 2026-11-26T10:15:00.000Z but the backup says 2026-11-26T09:00:00.000Z/],
    ['a backup whose name gives another reason than the backup', backupText('2026-11-26T10:15:00Z', 'scheduled'), /name says "manual" but the backup says "scheduled"/],
  ])('refuses %s in words, writing and removing nothing', async (_what, body, message) => {
    const { handlers } = setup();
    const save = guarded('backup:save-auto', handlers['backup:save-auto']);
    const error = await save(trusted as never, { fileName: NAME, body }).then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/Nothing was written and no backup was removed\.$/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a backup dated after the clock without touching the backups already there', async () => {
    const { handlers } = setup();
    const save = guarded('backup:save-auto', handlers['backup:save-auto']);
    await save(trusted as never, { fileName: NAME, body: BODY });
    const future = 'steering-desk-2099-01-01T00-00-00-000Z-scheduled.json';
    await expect(save(trusted as never, { fileName: future, body: backupText('2099-01-01T00:00:00Z') })).rejects.toThrow(/later than this computer's clock/);
    expect(await readdir(join(dir, 'user-data', 'backups'))).toEqual([NAME]);
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
