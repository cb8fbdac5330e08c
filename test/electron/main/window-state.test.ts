import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } = await import('../../../electron/main/window-state');

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state', () => {
  it('remembers size and position', async () => {
    const file = join(dir, 'w.json');
    await saveWindowState(file, { x: 100, y: 80, width: 1400, height: 900, isMaximized: false });
    expect(await loadWindowState(file, screen)).toEqual({ x: 100, y: 80, width: 1400, height: 900, isMaximized: false });
  });

  it('drops a position that is off every screen', async () => {
    const file = join(dir, 'w.json');
    await saveWindowState(file, { x: 5000, y: 80, width: 1400, height: 900, isMaximized: true });
    expect(await loadWindowState(file, screen)).toEqual({ width: 1400, height: 900, isMaximized: true });
  });

  it('falls back to defaults for a missing or corrupt file', async () => {
    expect(await loadWindowState(join(dir, 'none.json'), screen)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(join(dir, 'bad.json'), '{"width": "wide"');
    expect(await loadWindowState(join(dir, 'bad.json'), screen)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
