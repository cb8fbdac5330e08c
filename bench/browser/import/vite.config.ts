import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/browser/import',
  base: './',
  logLevel: 'warn',
  build: { outDir: '../../../out/bench/import', emptyOutDir: true, minify: true },
});
