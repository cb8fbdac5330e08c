import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { secureWebPreferences } = await import('../../../electron/main/web-preferences');

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node in every window', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});
