/**
 * Adds the Content-Security-Policy meta tag to the built index.html. Only on build: the
 * dev server's React Fast Refresh needs an inline script, which this policy forbids.
 * The Electron protocol handler also sends the same policy as a header.
 */
import type { Plugin } from 'vite';
import { RENDERER_CSP_META } from '../../shared/security/csp.ts';

export function cspPlugin(): Plugin {
  return {
    name: 'steering-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP_META}" />`);
    },
  };
}
