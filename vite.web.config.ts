import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { cspPlugin } from './renderer/build/csp-plugin.ts';

// The same renderer as a plain web page: `npm run web` on machines without Electron,
// and the target of the Playwright e2e suite.
// The app's version, shown in backups and About, comes from package.json.
const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspPlugin()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion) },
  // E2E_WEB_OUT and E2E_PORT let several Playwright runs on one machine build and serve
  // their own copy (parallel work on one checkout); the defaults are what npm run web uses.
  build: { outDir: process.env.E2E_WEB_OUT ?? '../out/web', emptyOutDir: true, minify: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
});
