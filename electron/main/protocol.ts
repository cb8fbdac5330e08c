/**
 * The `app://steering/` scheme that serves the renderer. It is registered as standard and
 * secure before `ready`, so IndexedDB gets a stable origin that never changes between
 * releases (electron/electron#37702: a file:// origin change lost users' data).
 * The handler serves files from the bundled renderer folder only: anything that resolves
 * outside it (`..`, `%2e%2e%2f`, symlinks) is refused (SECURITY.md check 9).
 */
import { realpath, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { RENDERER_CSP_HEADER } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './security';

export const CONTENT_SECURITY_POLICY = RENDERER_CSP_HEADER;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Privileges for `protocol.registerSchemesAsPrivileged`, to be called before app `ready`. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
};

/**
 * Resolve a request URL to a file inside `root`, or null when it is not the app host or
 * escapes the root. `root` must be an absolute, real (symlink-free) path.
 */
export async function resolveAppFile(requestUrl: string, root: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const candidate = normalize(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + sep)) return null;
    return real;
  } catch {
    return null;
  }
}

/** Build the `protocol.handle` handler serving `root`, with the CSP on every response. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = await resolveAppFile(request.url, root);
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
