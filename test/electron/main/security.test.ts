import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { denyAllPermissions, hardenWebContents, isAppUrl, isTrustedFrame, openExternalSafe } = await import('../../../electron/main/security');
const { createExternalOpener } = await import('../../../electron/main/external');

class FakeContents extends EventEmitter {
  url = 'app://steering/index.html';
  windowOpenHandler?: (details: { url: string }) => { action: string };
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  fire(event: string, ...args: unknown[]) {
    const e = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit(event, e, ...args);
    return e.defaultPrevented;
  }
}

describe('isTrustedFrame', () => {
  it('trusts only the top frame of an app page', () => {
    expect(isTrustedFrame({ url: 'app://steering/index.html', parent: null })).toBe(true);
    expect(isTrustedFrame({ url: 'app://steering/index.html', parent: {} })).toBe(false);
    expect(isTrustedFrame({ url: 'about:blank', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'app://other/index.html', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'file:///index.html', parent: null })).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
  });

  it('recognises app URLs by scheme and host only', () => {
    expect(isAppUrl('app://steering/a/b')).toBe(true);
    expect(isAppUrl('app://steering.evil.example/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('openExternalSafe', () => {
  it('opens https links once, normalised', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafe('HTTPS://Discourse.NixOS.org/t/1', open)).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://discourse.nixos.org/t/1');
  });

  it('never calls the opener for refused URLs', async () => {
    const open = vi.fn(async () => undefined);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', '//x.example', 'smb://x/y']) expect(await openExternalSafe(url, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  it('refuses navigation away from the app and redirects', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never, async () => false);
    expect(contents.fire('will-navigate', 'https://example.invalid/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://steering/other.html')).toBe(true);
    expect(contents.fire('will-redirect', 'https://example.invalid/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://steering/index.html')).toBe(false);
  });

  it('refuses webviews', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never, async () => false);
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every new window and hands the URL to the checked opener', async () => {
    const contents = new FakeContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenWebContents(contents as never, createExternalOpener(shell));
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    };
    denyAllPermissions(session as never);
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read']) {
      const cb = vi.fn();
      request?.({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
  });
});
