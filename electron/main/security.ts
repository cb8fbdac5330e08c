/**
 * The security policy of the main process in one place (SECURITY.md §7.1):
 * which URLs may be opened outside the app, which frames may call IPC, and the
 * guards every web contents gets (no navigation, no new windows, no webviews), and the
 * permission policy (one permission, clipboard write, for the app's own top frame only).
 */
import type { Session, WebContents } from 'electron';
import { normaliseExternalUrl } from '../../shared/security/external-url';

export { normaliseExternalUrl };

export const APP_SCHEME = 'app';
export const APP_HOST = 'steering';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Opens `candidate` in the system browser through `open` (shell.openExternal) only if it passes the policy. */
export async function openExternalSafe(candidate: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  const url = normaliseExternalUrl(candidate);
  if (url === null) return false;
  await open(url);
  return true;
}

/** True for a URL served by the app itself (`app://steering/...`). */
export function isAppUrl(candidate: string | undefined | null): boolean {
  if (!candidate) return false;
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The part of Electron's WebFrameMain that the sender check reads. */
export type FrameLike = { url: string; parent: unknown } | null | undefined;

/** Only the top frame of an app page may call IPC (SECURITY.md check 16). */
export function isTrustedFrame(frame: FrameLike): boolean {
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isAppUrl(frame.url);
}

/**
 * The one permission the app uses: writing text to the clipboard. Electron routes
 * `navigator.clipboard.writeText` (Copy Markdown, Copy to clipboard) through it; a sanitized
 * write can only put text on the clipboard, never read it. `clipboard-read` stays denied.
 */
export const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/**
 * True for the app's own origin as Electron passes it to a permission check: serialised from a
 * URL, so `app://steering/` (with the slash) or `app://steering`. Node's URL reports the origin
 * of a non-special scheme as "null", so the parts are compared instead.
 */
export function isAppOrigin(candidate: unknown): boolean {
  if (typeof candidate !== 'string') return false;
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
      && (url.pathname === '' || url.pathname === '/') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

/** The parts of a permission's requester that the policy reads. */
type Requester = {
  permission: string;
  contents: WebContents | null;
  isMainFrame: unknown;
  requestingUrl: unknown;
  /** Set by permission checks only. */
  requestingOrigin?: unknown;
  embeddingOrigin?: unknown;
};

function isAllowed(r: Requester, isAppWindow: (contents: WebContents) => boolean): boolean {
  if (r.permission !== CLIPBOARD_WRITE) return false;
  // A sub-frame (even an app:// one), another window, a webview or devtools is never granted.
  if (r.isMainFrame !== true || r.contents === null) return false;
  if (typeof r.requestingUrl !== 'string' || !isAppUrl(r.requestingUrl)) return false;
  if ('requestingOrigin' in r && !isAppOrigin(r.requestingOrigin)) return false;
  if (r.embeddingOrigin !== undefined && !isAppOrigin(r.embeddingOrigin)) return false;
  try {
    return isAppWindow(r.contents) && isAppUrl(r.contents.getURL());
  } catch {
    // A destroyed web contents throws on getURL: no answer but no.
    return false;
  }
}

/**
 * Every permission request and check is denied (notifications, camera, geolocation,
 * clipboard read, …: SECURITY.md check 8), except clipboard writes from the top frame of an
 * app page (`app://steering`) in a window the app created (`isAppWindow`, by identity).
 * Both handlers apply the same rule: Chromium checks before it asks.
 */
export function applyPermissionPolicy(session: Session, isAppWindow: (contents: WebContents) => boolean): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const granted = isAllowed({ permission, contents, isMainFrame: details?.isMainFrame, requestingUrl: details?.requestingUrl }, isAppWindow);
    callback(granted);
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    isAllowed(
      { permission, contents, requestingOrigin, isMainFrame: details?.isMainFrame, requestingUrl: details?.requestingUrl, embeddingOrigin: details?.embeddingOrigin },
      isAppWindow,
    ),
  );
}

/**
 * Guards for every web contents: in-app navigation is refused, new windows are refused
 * (http/https links go to the browser instead), and webviews never attach.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: unknown) => Promise<boolean>): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url) && url === contents.getURL()) return;
    event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
}
