#!/usr/bin/env node
// `npm start`: install dependencies when needed, fetch the Electron binary when missing,
// build, and launch the desktop app. Where Electron cannot be fetched (no access to
// GitHub), it says so and points to `npm run web`, which runs the same app in a browser.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) run('npm ci');

const hasBinary = () => existsSync('node_modules/electron/path.txt');
if (!hasBinary()) {
  console.log('Fetching the Electron binary (once)…');
  spawnSync('npx', ['install-electron'], { stdio: 'inherit' });
}
if (!hasBinary()) {
  console.error('\nThe Electron binary could not be downloaded on this machine.');
  console.error('Run the same app in your browser instead:  npm run web   (then open http://127.0.0.1:4173)\n');
  process.exit(1);
}
run('npx electron-vite build');
run('npx electron-vite preview');
