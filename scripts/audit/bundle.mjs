// What the app's bundles contain, taken from the bundler itself: the gate runs the project's
// own electron-vite build (electron.vite.config.ts, unchanged except for a scratch outDir and
// one collecting plugin) and records, for every chunk that main, preload, renderer and the
// renderer's workers emit, the module ids rolldown put into it and the modules it still
// imports at run time. A module id under node_modules/ names the package (and the
// package-lock.json entry) whose code ships.
//
// Why the bundler and not the output files: the minified output keeps no module boundaries
// (no source maps are built), and a grep of the sources misses what packages pull in
// (markdown-it's linkify-it, react-dom's scheduler) while counting type-only imports.
// Workers are separate rolldown builds that see only `worker.plugins`, so the collector is
// installed there too, and every .js file written is checked against the chunks collected:
// a file that no collector saw (a new kind of nested build) fails instead of going unaudited.
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';

const TARGETS = ['main', 'preload', 'renderer'];

function collector(chunks, fixedTarget) {
  let target = fixedTarget;
  return {
    name: 'steering-desk:audit-collect-modules',
    configResolved(config) {
      // One plugin object serves the main, preload and renderer builds in turn; each build's
      // outDir (scratch/main, scratch/preload, scratch/renderer) says which one this is.
      if (!fixedTarget) target = basename(config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        chunks.push({
          target,
          fileName: file.fileName,
          moduleIds: [...file.moduleIds],
          externals: [...new Set([...file.imports, ...file.dynamicImports])].filter((id) => !isEmittedChunk(bundle, id)),
        });
      }
    },
  };
}

/** chunk.imports lists sibling chunks by file name as well as external modules. */
function isEmittedChunk(bundle, id) {
  return Object.prototype.hasOwnProperty.call(bundle, id);
}

function listScripts(dir, base = dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listScripts(path, base));
    else if (/\.(?:c|m)?js$/.test(entry.name)) found.push(relative(base, path).split(sep).join('/'));
  }
  return found;
}

/**
 * Builds the project at `root` into a scratch folder and returns every emitted chunk with its
 * module ids and run-time imports, plus the script files no collector accounted for.
 */
export async function collectBundles(root) {
  const { build } = await import('electron-vite');
  const chunks = [];
  const scratch = mkdtempSync(join(tmpdir(), 'steering-desk-audit-build-'));
  const cwd = process.cwd();
  try {
    // electron.vite.config.ts resolves its paths (package.json, entries, out/renderer) from the
    // working directory, as `electron-vite build` run in the project does.
    process.chdir(root);
    await build({
      configFile: join(root, 'electron.vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: scratch },
      plugins: [collector(chunks)],
      worker: { plugins: () => [collector(chunks, 'renderer worker')] },
    });
    const seen = new Set(chunks.map((c) => `${c.target.split(' ')[0]}/${c.fileName}`));
    const written = TARGETS.flatMap((t) => {
      try {
        return listScripts(join(scratch, t)).map((f) => `${t}/${f}`);
      } catch {
        return [];
      }
    });
    return { chunks, unseen: written.filter((f) => !seen.has(f)), written };
  } finally {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
  }
}

const BUILTINS = new Set(builtinModules);

/** A run-time import Electron itself provides: a Node built-in or the electron module. */
export function isPlatformModule(id) {
  if (id.startsWith('node:')) return true;
  if (id === 'electron' || id.startsWith('electron/')) return true;
  return BUILTINS.has(id) || BUILTINS.has(id.split('/')[0]);
}

/**
 * Where a module id comes from: { kind: 'virtual' } for the bundler's own runtime helpers
 * (ids starting with \0), { kind: 'package', key } for a file under node_modules (key is
 * its package-lock.json path, e.g. node_modules/markdown-it/node_modules/argparse),
 * { kind: 'project' } for the app's own sources, { kind: 'outside', path } otherwise.
 */
export function originOf(id, root, nodeModules) {
  if (id.startsWith('\0')) return { kind: 'virtual' };
  const path = id.split('?')[0];
  let rel = null;
  if (nodeModules && path.startsWith(nodeModules + sep)) rel = 'node_modules/' + path.slice(nodeModules.length + 1);
  else if (path.startsWith(root + sep)) rel = path.slice(root.length + 1);
  if (rel === null) return { kind: 'outside', path };
  rel = rel.split(sep).join('/');
  // The last node_modules/ path segment owns the file (nested copies have their own lock entry).
  const at = `/${rel}`.lastIndexOf('/node_modules/');
  if (at === -1) return { kind: 'project' };
  const parts = rel.slice(at + 'node_modules/'.length).split('/');
  const nameParts = parts[0].startsWith('@') ? 2 : 1;
  if (parts.length <= nameParts) return { kind: 'project' };
  return { kind: 'package', key: rel.slice(0, at) + 'node_modules/' + parts.slice(0, nameParts).join('/') };
}

/** The packages in the bundles: lock key → { name, targets } (targets: where it ships). */
export function bundledPackages(chunks, root) {
  const realRoot = realpathSync(root);
  let nodeModules = null;
  try {
    nodeModules = realpathSync(join(root, 'node_modules'));
  } catch {
    // No node_modules: nothing can have come from it.
  }
  const packages = new Map();
  const outside = new Set();
  const modules = new Map();
  for (const chunk of chunks) {
    modules.set(chunk.target, (modules.get(chunk.target) ?? 0) + chunk.moduleIds.length);
    for (const id of chunk.moduleIds) {
      const origin = originOf(id, realRoot, nodeModules);
      if (origin.kind === 'outside') outside.add(origin.path);
      if (origin.kind !== 'package') continue;
      const name = origin.key.replace(/^.*node_modules\//, '');
      const entry = packages.get(origin.key) ?? { name, targets: new Set() };
      entry.targets.add(chunk.target);
      packages.set(origin.key, entry);
    }
  }
  return { packages, outside: [...outside].sort(), modules };
}
