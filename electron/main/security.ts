/**
 * The security policy of the main process in one place (SECURITY.md §7.1):
 * which URLs may be opened outside the app, which frames may call IPC, and the
 * guards every web contents gets (no navigation, no new windows, no webviews,
 * no permissions).
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

/** Permission requests (notifications, camera, geolocation, …) are all denied: the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
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
