import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { guarded, registerHandlers, UntrustedSenderError } = await import('../../../../electron/main/ipc/register');
const { createHandlers } = await import('../../../../electron/main/ipc/handlers');
const { createExternalOpener } = await import('../../../../electron/main/external');
const { CHANNELS, IpcPayloadError } = await import('../../../../shared/ipc/contract');

const trusted = { senderFrame: { url: 'app://steering/index.html', parent: null } };
const readOnly = { problem: 'read-only', dataFolder: '/tmp/user-data', backupFolder: '/tmp/user-data/backups', detail: 'EACCES: permission denied' } as const;
const usable = { ...readOnly, problem: null, detail: '' };

function fakeDeps() {
  const deps = {
    app: { getName: () => 'Steering Desk', getVersion: () => '0.1.0', getPath: () => '/tmp/user-data' },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
    openLink: undefined as unknown,
    getWindow: () => null,
    electronVersion: '45.5.0',
    platform: 'linux',
    storage: { atLaunch: readOnly, recheck: vi.fn(() => ({ storage: usable, relaunching: true })) },
  };
  deps.openLink = createExternalOpener(deps.shell);
  return deps;
}

describe('guarded handlers', () => {
  it('run for the app window with a valid payload', async () => {
    const deps = fakeDeps();
    const handler = guarded('shell:open-external', createHandlers(deps as never)['shell:open-external']);
    await expect(handler(trusted as never, { url: 'https://discourse.nixos.org/' })).resolves.toEqual({ opened: true });
    expect(deps.shell.openExternal).toHaveBeenCalledOnce();
  });

  it.each([
    ['a sub-frame', { url: 'app://steering/index.html', parent: {} }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['no frame', null],
  ])('refuse %s and do nothing', async (_label, senderFrame) => {
    const deps = fakeDeps();
    const handler = guarded('shell:open-external', createHandlers(deps as never)['shell:open-external']);
    await expect(handler({ senderFrame } as never, { url: 'https://discourse.nixos.org/' })).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(deps.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['files:save-text', { suggestedName: 'a.md', body: 'x', path: '/etc/passwd' }],
    ['files:save-text', { suggestedName: '../a.md', body: 'x' }],
    ['files:open-text', { multiple: 'yes' }],
    ['shell:open-external', { url: 42 }],
    ['shell:open-external', JSON.parse('{"url":"https://x.example","__proto__":{"polluted":1}}')],
  ] as const)('refuse a malformed %s payload before any side effect', async (channel, payload) => {
    const deps = fakeDeps();
    const handlers = createHandlers(deps as never);
    const handler = guarded(channel, handlers[channel] as never);
    await expect(handler(trusted as never, payload)).rejects.toBeInstanceOf(IpcPayloadError);
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.shell.openExternal).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel and removes them all', () => {
    const registered = new Map<string, unknown>();
    const ipc = {
      handle: vi.fn((channel: string, fn: unknown) => {
        if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
        registered.set(channel, fn);
      }),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const dispose = registerHandlers(ipc as never, createHandlers(fakeDeps() as never));
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
    dispose();
    expect(registered.size).toBe(0);
  });

  it('answers app:get-info with the app facts', async () => {
    const handler = guarded('app:get-info', createHandlers(fakeDeps() as never)['app:get-info']);
    await expect(handler(trusted as never, undefined)).resolves.toMatchObject({ name: 'Steering Desk', version: '0.1.0', electron: '45.5.0' });
  });

  it('answers app:get-info with the data-folder check made at launch (SECURITY.md check 38)', async () => {
    const handler = guarded('app:get-info', createHandlers(fakeDeps() as never)['app:get-info']);
    await expect(handler(trusted as never, undefined)).resolves.toMatchObject({ userDataDir: '/tmp/user-data', storage: readOnly });
  });

  it('answers app:recheck-storage with a new check, and refuses a payload', async () => {
    const deps = fakeDeps();
    const handler = guarded('app:recheck-storage', createHandlers(deps as never)['app:recheck-storage']);
    await expect(handler(trusted as never, undefined)).resolves.toEqual({ storage: usable, relaunching: true });
    await expect(handler(trusted as never, { relaunch: true })).rejects.toBeInstanceOf(IpcPayloadError);
    expect(deps.storage.recheck).toHaveBeenCalledOnce();
  });
});
