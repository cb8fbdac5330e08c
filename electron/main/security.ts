/**
 * The security policy of the main process in one place (SECURITY.md §7.1):
 * which URLs may be opened outside the app, which frames may call IPC, and the
 * guards every web contents gets (no navigation, no new windows, no webviews,
 * no permissions).
 */
import type { PermissionRequestHandlerHandlerDetails, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'steering';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MAX_EXTERNAL_URL_LENGTH = 4096;

/**
 * Returns the normalised URL when it may be opened in the user's browser, else null.
 * Only http/https with a host and without credentials: `file:`, `javascript:`, `data:`,
 * `mailto:`, `ms-msdt:`, `smb:`, UNC paths and protocol-relative URLs are refused
 * (SECURITY.md check 7; Joplin and MarkText RCEs went through openExternal).
 */
export function normaliseExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const trimmed = candidate.trim();
  // Must start with an explicit scheme; `//host/x` and `\\server\share` are refused before URL parsing.
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}

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

/** Permission requests (notifications, camera, geolocation, …) are all denied: the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler(
    (_webContents: WebContents, _permission: string, callback: (granted: boolean) => void, _details: PermissionRequestHandlerHandlerDetails) => {
      callback(false);
    },
  );
  session.setPermissionCheckHandler(() => false);
}

/**
 * Guards for every web contents: in-app navigation is refused, new windows are refused
 * (http/https links go to the browser instead), and webviews never attach.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url) && url === contents.getURL()) return;
    event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafe(url, openExternal);
    return { action: 'deny' };
  });
}
