import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true }));
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('../../../electron/preload/index');
const { STEERING_API_KEYS } = await import('../../../shared/ipc/api');
const { CHANNELS } = await import('../../../shared/ipc/contract');

type Api = Record<string, (...args: unknown[]) => unknown>;
const api = () => exposed.steering as Api;

beforeEach(() => invoke.mockClear());

describe('the preload', () => {
  it('exposes exactly the documented API and nothing else (no ipcRenderer)', () => {
    expect(Object.keys(exposed)).toEqual(['steering']);
    expect(Object.keys(api()).sort()).toEqual([...STEERING_API_KEYS].sort());
  });

  it('maps each method to its channel with only the documented fields', async () => {
    await api().saveTextFile!({ suggestedName: 'a.md', body: 'x', path: '/etc/passwd' });
    expect(invoke).toHaveBeenLastCalledWith('files:save-text', { suggestedName: 'a.md', body: 'x', filters: undefined });
    await api().openTextFiles!({ multiple: true });
    expect(invoke).toHaveBeenLastCalledWith('files:open-text', { title: undefined, filters: undefined, multiple: true });
    await api().openExternal!('https://x.example');
    expect(invoke).toHaveBeenLastCalledWith('shell:open-external', { url: 'https://x.example' });
    await api().getAppInfo!();
    expect(invoke).toHaveBeenLastCalledWith('app:get-info', undefined);
  });

  it('uses every contract channel (one preload method per channel)', async () => {
    await api().saveTextFile!({ suggestedName: 'a.md', body: 'x' });
    await api().openTextFiles!({ multiple: false });
    await api().openExternal!('https://x.example');
    await api().getAppInfo!();
    await api().recheckStorage!();
    await api().saveAutoBackup!('steering-desk-2026-11-26T10-15-00Z-manual.json', '{}');
    await api().listBackups!();
    await api().readBackup!('steering-desk-2026-11-26T10-15-00Z-manual.json');
    await api().saveFolder!('export', [{ path: 'teams/xen.md', body: '# Xen' }]);
    await api().fetchTopic!('https://discourse.nixos.org/t/x/1', 'req-1');
    await api().cancelFetch!('req-1');
    await api().setDiscourseApiKey!('discourse.nixos.org', 'api-key', 'k');
    await api().deleteDiscourseApiKey!('discourse.nixos.org');
    await api().listDiscourseHosts!();
    const used = new Set(invoke.mock.calls.map((c) => c[0]));
    expect([...used].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes only known menu commands to listeners, without the Electron event', () => {
    const seen: unknown[] = [];
    const off = api().onMenuCommand!((...args: unknown[]) => seen.push(args)) as () => void;
    const fire = listeners.get('menu:command')!;
    fire({ sender: 'event-object' }, 'import');
    fire({ sender: 'event-object' }, 'rm -rf');
    expect(seen).toEqual([['import']]);
    off();
    expect(listeners.has('menu:command')).toBe(false);
  });
});
