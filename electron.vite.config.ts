import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { cspPlugin } from './renderer/build/csp-plugin.ts';

// Main, preload and renderer bundles for the desktop app. Every library the app runs is
// bundled here, so the packaged app.asar holds out/ and package.json only (electron-builder.yml
// leaves node_modules out). Those libraries are listed in "dependencies" so that the audit
// gate (scripts/audit-gate.mjs) checks what ships; electron-vite would by default load
// "dependencies" from node_modules at run time in main and preload, hence
// `externalizeDeps: false` — there is no node_modules inside the package.
// The app's version, shown in backups and About, comes from package.json.
const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export default defineConfig({
  main: {
    build: { outDir: 'out/main', externalizeDeps: false, lib: { entry: resolve('electron/main/index.ts') } },
  },
  preload: {
    // Sandboxed preloads must be CommonJS.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve('electron/preload/index.ts') },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspPlugin()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion) },
    build: { outDir: resolve('out/renderer'), minify: true, rolldownOptions: { input: resolve('renderer/index.html') } },
  },
});
