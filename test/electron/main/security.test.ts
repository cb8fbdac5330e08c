import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { applyPermissionPolicy, hardenWebContents, isAppOrigin, isAppUrl, isTrustedFrame, openExternalSafe } = await import('../../../electron/main/security');
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

type RequestHandler = (wc: unknown, permission: string, cb: (granted: boolean) => void, details: Record<string, unknown>) => void;
type CheckHandler = (wc: unknown, permission: string, requestingOrigin: string, details: Record<string, unknown>) => boolean;

/** The policy installed on a fake session, with one app window whose contents are `appContents`. */
function installPolicy() {
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (check = h),
  };
  const appContents = { getURL: () => 'app://steering/index.html' };
  applyPermissionPolicy(session as never, (wc) => wc === (appContents as unknown));
  const ask = (permission: string, opts: { contents?: unknown; requestingUrl?: string; isMainFrame?: boolean } = {}) => {
    const cb = vi.fn();
    request!(opts.contents ?? appContents, permission, cb, { requestingUrl: opts.requestingUrl ?? 'app://steering/index.html', isMainFrame: opts.isMainFrame ?? true });
    expect(cb).toHaveBeenCalledOnce();
    return cb.mock.calls[0]![0] as boolean;
  };
  const probe = (
    permission: string,
    opts: { contents?: unknown; origin?: string; requestingUrl?: string | undefined; isMainFrame?: boolean; embeddingOrigin?: string } = {},
  ) => {
    const details: Record<string, unknown> = { isMainFrame: opts.isMainFrame ?? true, embeddingOrigin: opts.embeddingOrigin ?? 'app://steering/' };
    details.requestingUrl = 'requestingUrl' in opts ? opts.requestingUrl : 'app://steering/index.html';
    return check!('contents' in opts ? opts.contents : appContents, permission, opts.origin ?? 'app://steering/', details);
  };
  return { ask, probe, appContents };
}

const OTHER_PERMISSIONS = ['clipboard-read', 'deprecated-sync-clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'fullscreen', 'unknown'];

describe('applyPermissionPolicy', () => {
  it('grants a clipboard write requested by the top frame of the app window', () => {
    const { ask } = installPolicy();
    expect(ask('clipboard-sanitized-write')).toBe(true);
  });

  it('passes the check of a clipboard write by the top frame of the app window, with the origin as Electron writes it', () => {
    const { probe } = installPolicy();
    expect(probe('clipboard-sanitized-write')).toBe(true);
    expect(probe('clipboard-sanitized-write', { origin: 'app://steering' })).toBe(true);
  });

  it('denies every other permission, asked or checked, even from the app window’s top frame', () => {
    const { ask, probe } = installPolicy();
    for (const permission of OTHER_PERMISSIONS) {
      expect(ask(permission), permission).toBe(false);
      expect(probe(permission), permission).toBe(false);
    }
  });

  it('denies a clipboard write from a sub-frame, even one served by the app', () => {
    const { ask, probe } = installPolicy();
    expect(ask('clipboard-sanitized-write', { isMainFrame: false })).toBe(false);
    expect(probe('clipboard-sanitized-write', { isMainFrame: false })).toBe(false);
    expect(probe('clipboard-sanitized-write', { isMainFrame: false, requestingUrl: 'https://evil.example/', origin: 'https://evil.example/' })).toBe(false);
  });

  it('denies a clipboard write from another origin', () => {
    const { ask, probe } = installPolicy();
    for (const url of ['https://evil.example/', 'about:blank', 'file:///index.html', 'app://steering.evil.example/', 'app://other/index.html']) {
      expect(ask('clipboard-sanitized-write', { requestingUrl: url }), url).toBe(false);
      expect(probe('clipboard-sanitized-write', { requestingUrl: url }), url).toBe(false);
    }
    for (const origin of ['https://evil.example/', 'null', '', 'app://steering:8080/', 'app://x@steering/', 'app://steering/index.html', 'app://other/']) {
      expect(probe('clipboard-sanitized-write', { origin }), origin).toBe(false);
    }
    expect(probe('clipboard-sanitized-write', { embeddingOrigin: 'https://evil.example/' })).toBe(false);
  });

  it('denies a clipboard write from a web contents the app did not create, or none', () => {
    const { ask, probe } = installPolicy();
    const lookalike = { getURL: () => 'app://steering/index.html' };
    expect(ask('clipboard-sanitized-write', { contents: lookalike })).toBe(false);
    expect(probe('clipboard-sanitized-write', { contents: lookalike })).toBe(false);
    expect(probe('clipboard-sanitized-write', { contents: null })).toBe(false);
  });

  it('denies a check made for no document (no requesting URL) and a window that navigated away', () => {
    const { ask, probe, appContents } = installPolicy();
    expect(probe('clipboard-sanitized-write', { requestingUrl: undefined })).toBe(false);
    appContents.getURL = () => 'https://evil.example/';
    expect(ask('clipboard-sanitized-write')).toBe(false);
    expect(probe('clipboard-sanitized-write')).toBe(false);
  });

  it('denies, without throwing, when the web contents is gone', () => {
    const { ask, probe, appContents } = installPolicy();
    appContents.getURL = () => {
      throw new Error('Object has been destroyed');
    };
    expect(ask('clipboard-sanitized-write')).toBe(false);
    expect(probe('clipboard-sanitized-write')).toBe(false);
  });
});

describe('isAppOrigin', () => {
  it('accepts only the app origin, with or without the trailing slash', () => {
    expect(isAppOrigin('app://steering/')).toBe(true);
    expect(isAppOrigin('app://steering')).toBe(true);
    for (const x of ['app://steering/x', 'app://steering/?a', 'app://steering/#a', 'APP://other/', 'https://steering/', 'null', null, 42]) expect(isAppOrigin(x), String(x)).toBe(false);
  });
});
