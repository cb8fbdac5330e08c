/**
 * What electron-builder puts into app.asar (electron-builder.yml): only out/ and package.json.
 * The libraries are in "dependencies" (so that npm audit covers them, issue 12), and
 * electron-builder copies every production dependency into app.asar unless told not to; Vite
 * has bundled them already. Packs a fresh build with a stand-in Electron (TOOLCHAIN.md §5: a
 * stub executable carrying the fuse sentinel, and a version file), which works offline.
 */
import { listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sd-package-test-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An "Electron" electron-builder can copy and flip fuses in: @electron/fuses needs its sentinel and an 8-fuse wire. */
function fakeElectronDist(dir: string): string {
  mkdirSync(dir);
  const version = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(dir, 'version'), version);
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n# '), sentinel, Buffer.from([1, 8]), Buffer.from('11111111\n')]), { mode: 0o755 });
  return dir;
}

it('packs only out/ and package.json into app.asar, no node_modules, though "dependencies" is not empty', { timeout: 180_000 }, async () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  expect(Object.keys(pkg.dependencies ?? {})).toContain('dompurify');

  const project = join(scratch, 'project');
  mkdirSync(project);
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) cpSync(join(root, file), join(project, file));
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  await run(join(root, 'node_modules/.bin/electron-vite'), ['build', '--outDir', join(project, 'out'), '--logLevel', 'silent'], { cwd: root });
  await run(join(root, 'node_modules/.bin/electron-builder'), ['--linux', 'dir', '--projectDir', project, `-c.electronDist=${fakeElectronDist(join(scratch, 'electron-dist'))}`], {
    cwd: project,
    env: { ...process.env, CI: 'true' },
  });

  const asar = join(project, 'dist/linux-unpacked/resources/app.asar');
  const entries = listPackage(asar, { isPack: false }).map((e) => e.replace(/\\/g, '/'));
  const topLevel = [...new Set(entries.map((e) => e.split('/')[1]))].sort();
  expect(topLevel).toEqual(['out', 'package.json']);
  for (const bundle of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(entries).toContain(bundle);
  expect(entries.filter((e) => e.includes('node_modules'))).toEqual([]);
  // About 1.7 MB (the bundles); with node_modules it was 37 MB.
  expect(statSync(asar).size).toBeLessThan(5 * 1024 * 1024);
});
