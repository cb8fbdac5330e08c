/**
 * Keeps the Content-Security-Policy meta tag of renderer/index.html in step with
 * shared/security/csp.ts (the build fails if they differ), and relaxes it on the
 * development server only, whose React Fast Refresh needs one inline script. Built
 * pages — the web build and the desktop app — always carry the strict policy; the
 * Electron protocol handler also sends it as a header.
 */
import type { Plugin } from 'vite';
import { RENDERER_CSP_META } from '../../shared/security/csp.ts';

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/;

export function cspPlugin(): Plugin {
  let isDevServer = false;
  return {
    name: 'steering-csp',
    configResolved(config) {
      isDevServer = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml(html) {
      const match = META.exec(html);
      if (!match) throw new Error('renderer/index.html lost its Content-Security-Policy meta tag');
      if (match[1] !== RENDERER_CSP_META) throw new Error('renderer/index.html CSP differs from shared/security/csp.ts; update the HTML');
      if (!isDevServer) return html;
      const devPolicy = RENDERER_CSP_META.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:");
      return html.replace(META, `<meta http-equiv="Content-Security-Policy" content="${devPolicy}" />`);
    },
  };
}
