// Flat ESLint config. Module boundaries (STYLE.md "Module boundaries") are enforced here
// with no-restricted-imports / no-restricted-globals so that they hold by tooling, not by
// memory. test/lint/boundaries.test.ts lints a table of forbidden and allowed imports
// against this file, so a boundary that stops reporting fails the unit tests (issue 12).
//
// Flat config gotcha: when two config objects set the same rule for a file, the later one
// REPLACES the options of the earlier one (they are not merged). So every folder below gets
// its complete no-restricted-imports option list, assembled with restrictImports() from
// the named parts, and a sub-folder re-states the general parts of its parent.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import security from 'eslint-plugin-security';
import reactHooks from 'eslint-plugin-react-hooks';

// ---------------------------------------------------------------------------------------
// Building blocks. A "part" is { paths?, patterns? } in no-restricted-imports' own shape.

/** Joins parts into one no-restricted-imports setting (falsy parts are skipped). */
function restrictImports(...parts) {
  const kept = parts.filter(Boolean);
  return ['error', { paths: kept.flatMap((p) => p.paths ?? []), patterns: kept.flatMap((p) => p.patterns ?? []) }];
}

/** A part denying package names (gitignore-style globs, e.g. 'zustand/*'). */
function denyPackages(group, message) {
  return { patterns: [{ group, message }] };
}

/**
 * A part denying relative imports that pass through a folder with one of these names
 * ('../../db/repos/x', './store', '../db/instance.ts'). A regex anchored on './' or '../'
 * so that a package of the same name ('electron') is not reported twice.
 */
function denyFolders(names, message) {
  return { patterns: [{ regex: `^\\.{1,2}/(?:.*/)?(?:${names.join('|')})(?:\\.tsx?)?(?:/|$)`, message }] };
}

// Node built-ins, from node:module rather than a hand-kept list (the old list of 12 let
// util, events, buffer, zlib… through). Node 22+ lists prefix-only modules as 'node:sqlite'
// etc.; those are covered by the 'node:*' pattern.
const builtinNames = builtinModules.filter((name) => !name.startsWith('node:'));
const builtinRoots = [...new Set(builtinNames.map((name) => name.split('/')[0]))];

/** A part denying every Node built-in: bare ('events', 'fs/promises'), prefixed ('node:zlib') and unlisted subpaths ('stream/x'). */
function denyNodeBuiltins(message) {
  return {
    // Bare names are exact `paths`: as globs, 'net' or 'url' would also match folders such
    // as shared/net/.
    paths: builtinNames.map((name) => ({ name, message })),
    patterns: [
      { group: ['node:*'], message },
      // A subpath of a built-in that builtinModules does not list. Anchored at the start, so a
      // relative './net/x' never matches; the listed ones are excluded so that they are not
      // reported twice (once as a path, once here).
      { regex: `^(?!(?:${builtinNames.filter((n) => n.includes('/')).join('|')})$)(?:${builtinRoots.join('|')})/`, message },
    ],
  };
}

/**
 * A part denying the electron package. A regex anchored at the start, not the glob
 * 'electron/*', which also matches relative paths through a folder named electron
 * ('../../electron/main/x') and would report those twice.
 */
function denyElectronPackage(message) {
  return { patterns: [{ regex: '^electron(?:/|$)', message }] };
}
const dexiePackages = ['dexie', 'dexie/*', 'dexie-*'];
const zustandPackages = ['zustand', 'zustand/*'];
const reactPackages = ['react', 'react/*', 'react-dom', 'react-dom/*'];

// ---------------------------------------------------------------------------------------
// Globals that a layer's runtime does not have. no-restricted-globals also matters where
// tsc does not help: tsconfig.json gives every folder the DOM lib AND Node types, so only
// `tsc -p tsconfig.shared.json` would notice a `window` in shared/, and nothing notices a
// `process` in the renderer or a `document` in main.

// Browser-only. Not listed: what browsers, Electron main and Node >= 20 all have (URL,
// TextEncoder, crypto, structuredClone, setTimeout, AbortController, Event, Blob…).
const domGlobals = [
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen',
  'localStorage', 'sessionStorage', 'indexedDB', 'IDBKeyRange', 'caches',
  'alert', 'confirm', 'prompt', 'open', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'getComputedStyle', 'matchMedia', 'customElements',
  'Node', 'Element', 'HTMLElement', 'SVGElement', 'Document', 'DocumentFragment',
  'DOMParser', 'XMLSerializer', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'Image', 'FileReader', 'Worker',
];
// Network I/O exists in Node too, but shared/ does no I/O: main and renderer/lib/platform do.
const ioGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
// Node-only. The renderer is sandboxed (contextIsolation, no nodeIntegration) and also
// ships as a plain web build, so these are undefined there.
const nodeGlobals = ['process', 'Buffer', 'global', 'require', 'module', 'exports', '__dirname', '__filename', 'setImmediate', 'clearImmediate'];

/** A no-restricted-globals setting. */
function restrictGlobals(names, message) {
  return ['error', ...names.map((name) => ({ name, message }))];
}

// ---------------------------------------------------------------------------------------
// no-restricted-syntax: the HTML sinks apply everywhere; import() is refused in the
// layers with boundaries because no-restricted-imports does not see dynamic imports, so
// `await import('node:fs')` would walk past every rule above. Nothing uses import() today.
const htmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render untrusted HTML only through renderer/components/SafeHtml.tsx.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: render through SafeHtml.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: render through SafeHtml.' },
];
const noDynamicImport = { selector: 'ImportExpression', message: 'No import(): the module boundaries (no-restricted-imports) cannot check it; use a static import.' };

// Dates on screen: one format per kind, in the member's locale, all from
// renderer/lib/format/dates.ts (issue 13). Without types the rule cannot tell a Date from a
// number, so every toLocaleString is refused in renderer/: a count is shown with
// Intl.NumberFormat, which stays allowed (and toLocaleLowerCase/UpperCase are other names).
const DATES_MODULE = 'renderer/lib/format/dates.ts';
const datesMessage = `Show dates through ${DATES_MODULE} (formatDate, formatDateTime, formatStoredDay…) or <DateText>, so every screen uses one format per kind (issue 13). A number: Intl.NumberFormat.`;
const ownDateFormats = [
  { selector: 'MemberExpression[property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString|toDateString|toTimeString|toUTCString)$/]', message: datesMessage },
  { selector: "MemberExpression[object.name='Intl'][property.name=/^(DateTimeFormat|RelativeTimeFormat)$/]", message: datesMessage },
];
// Files of the import screens, owned by other work in progress, that still format their own
// dates; each is to move to the dates module, and then off this list (issue 13).

// ---------------------------------------------------------------------------------------
// shared/: pure domain code, run by the renderer, Electron main and the CLI alike.
const sharedImports = restrictImports(
  denyNodeBuiltins('shared/ is pure: no Node built-ins.'),
  denyElectronPackage('shared/ is pure: no Electron.'),
  denyPackages([...dexiePackages, ...zustandPackages, ...reactPackages, 'dompurify'], 'shared/ is pure: no storage, UI state or DOM libraries.'),
  denyFolders(['renderer', 'electron', 'cli'], 'shared/ imports only shared/ and pure packages.'),
);

// ---------------------------------------------------------------------------------------
// renderer/: layers, bottom to top. A layer imports shared/ and the layers below it only:
//   db, store  (side by side; neither imports the other)
//   lib        (may use db — errors, the backup store — and store, e.g. runAction)
//   components (presentational; may use lib and store)
//   features   (screens and actions; use repos/hooks from db, components, lib, store)
//   app        (shell and start-up; the top)
// renderer/main.tsx is the entry point and sits above app.
const RENDERER_LAYERS = ['db', 'store', 'lib', 'components', 'features', 'app'];

const rendererBase = [
  denyNodeBuiltins('The renderer never imports Node built-ins.'),
  denyElectronPackage('The renderer never imports Electron; use window.steering through renderer/lib/platform.'),
  denyFolders(['electron/main', 'cli'], 'The renderer may only import types from the preload, never main or the CLI.'),
];
const onlyDbImportsDexie = denyPackages(dexiePackages, 'Only renderer/db/ imports dexie; go through renderer/db/repos and renderer/db/hooks.');
const onlyStoreImportsZustand = denyPackages(zustandPackages, 'Only renderer/store/ imports zustand; use the exported hooks.');
// The workspace database is opened once, by the start-up code; features reach it through
// renderer/db/repos and renderer/db/hooks (STYLE.md: components never call db.* directly).
const onlyStartupImportsDbInstance = {
  patterns: [{ regex: '^\\.{1,2}/(?:.*/)?db/instance(?:\\.ts)?$', message: 'Only renderer/db/ and renderer/app/start.ts import db/instance; go through renderer/db/repos or renderer/db/hooks.' }],
};

/** The complete no-restricted-imports setting for one renderer folder. */
function rendererImports({ layer, isDexieAllowed = false, isZustandAllowed = false, isDbInstanceAllowed = false } = {}) {
  const above = layer ? RENDERER_LAYERS.slice(RENDERER_LAYERS.indexOf(layer) + 1) : [];
  // db and store are peers: each is "above" the other for the purpose of this rule.
  const peers = layer === 'db' ? ['store'] : layer === 'store' ? ['db'] : [];
  const denied = [...new Set([...peers, ...above])];
  return restrictImports(
    ...rendererBase,
    !isDexieAllowed && onlyDbImportsDexie,
    !isZustandAllowed && onlyStoreImportsZustand,
    // Where all of db/ is denied (store), that rule already reports db/instance.
    !isDbInstanceAllowed && !denied.includes('db') && onlyStartupImportsDbInstance,
    denied.length > 0 && denyFolders(denied, `renderer/${layer}/ may not import ${denied.map((l) => `renderer/${l}/`).join(', ')} (renderer layers, eslint.config.js).`),
  );
}

// ---------------------------------------------------------------------------------------
// electron/: two processes. Main is Node and imports shared/ only; the preload runs
// sandboxed and imports only `electron` and shared/ipc (its bundle must stay tiny and
// free of Node built-ins, which a sandboxed preload cannot load).
const mainImports = restrictImports(
  denyPackages([...dexiePackages, ...reactPackages, ...zustandPackages, 'dompurify'], 'Main has no renderer libraries.'),
  denyFolders(['renderer', 'preload', 'cli'], 'Main imports shared/ only (renderer/, the preload and cli/ are other processes).'),
);
const preloadImports = restrictImports({
  patterns: [{ regex: '^(?!electron$|(?:\\.\\./)+shared/ipc/[^/]+$)', message: 'The preload imports only electron and shared/ipc/*.' }],
});

// cli/: plain Node on shared/ (built-ins are fine here).
const cliImports = restrictImports(
  denyElectronPackage('cli/ runs in plain Node: no Electron.'),
  denyFolders(['renderer', 'electron'], 'cli/ imports shared/ only.'),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  security.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Object-key lookups on typed maps are the norm here; the rule flags every one of them.
      'security/detect-object-injection': 'off',
      // Raw HTML goes through one reviewed component only (SECURITY.md check 20).
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': sharedImports,
      'no-restricted-globals': restrictGlobals([...domGlobals, ...ioGlobals, ...nodeGlobals], 'shared/ is pure: no DOM, no Node and no I/O globals (it also runs in Electron main and the CLI).'),
      'no-restricted-syntax': ['error', ...htmlSinks, noDynamicImport],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports(),
      'no-restricted-globals': restrictGlobals(nodeGlobals, 'The renderer is sandboxed and also runs as a web page: no Node globals.'),
      'no-restricted-syntax': ['error', ...htmlSinks, noDynamicImport, ...ownDateFormats],
    },
  },
  { files: [DATES_MODULE], rules: { 'no-restricted-syntax': ['error', ...htmlSinks, noDynamicImport] } },
  // One object per layer; folders are disjoint, so only the general object above is replaced.
  { files: ['renderer/db/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ layer: 'db', isDexieAllowed: true, isDbInstanceAllowed: true }) } },
  { files: ['renderer/store/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ layer: 'store', isZustandAllowed: true }) } },
  { files: ['renderer/lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ layer: 'lib' }) } },
  { files: ['renderer/components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ layer: 'components' }) } },
  { files: ['renderer/features/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ layer: 'features' }) } },
  { files: ['renderer/app/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ layer: 'app' }) } },
  // The start-up code opens the workspace database (after the pre-migration backup).
  { files: ['renderer/app/start.ts'], rules: { 'no-restricted-imports': rendererImports({ layer: 'app', isDbInstanceAllowed: true }) } },
  {
    // The one reviewed component that hands sanitized HTML to React.
    files: ['renderer/components/SafeHtml.tsx'],
    rules: { 'no-restricted-syntax': ['error', noDynamicImport, ...ownDateFormats] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': preloadImports, 'no-restricted-syntax': ['error', ...htmlSinks, noDynamicImport] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': mainImports,
      'no-restricted-globals': restrictGlobals(domGlobals, 'Main is a Node process: no DOM globals.'),
      'no-restricted-syntax': ['error', ...htmlSinks, noDynamicImport],
    },
  },
  { files: ['cli/**/*.ts'], rules: { 'no-restricted-imports': cliImports } },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'cli/**/*.ts', '*.config.ts', 'scripts/**/*.{js,ts,mjs}'],
    rules: { 'security/detect-non-literal-fs-filename': 'off', 'no-restricted-syntax': 'off' },
  },
);
