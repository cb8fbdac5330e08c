/**
 * The real web build of the app for the Chromium benchmarks: built with the project's own
 * vite.web.config.ts into a folder of its own (so a running e2e preview of out/web is left
 * alone), served on 127.0.0.1, and opened in Debian's Chromium with a profile folder the
 * caller may keep between launches (a cold start reopens the same IndexedDB).
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { servePage } from './harness';

export const WEB_APP_OUT = resolve('out/bench/web-app');

/**
 * Builds the web app into WEB_APP_OUT and serves it; returns the address and a close
 * function. `minify: false` keeps function names readable in a CPU profile.
 */
export async function buildAndServeWebApp(opts: { minify?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ configFile: resolve('vite.web.config.ts'), logLevel: 'silent', build: { outDir: WEB_APP_OUT, emptyOutDir: true, minify: opts.minify ?? true } });
  return servePage(WEB_APP_OUT);
}
