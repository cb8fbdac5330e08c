/**
 * The module-boundary table checked by boundaries.test.ts (issue 12, "Boundaries without
 * holes"). Each case is a snippet linted as if it were a file at `file` (a virtual path:
 * nothing is written into the source folders), so the folder's own config objects in
 * eslint.config.js apply. `denied` cases must be reported exactly once, by the named rule;
 * `allowed` cases must not be reported by any boundary rule, so that the rules are not
 * simply "deny everything".
 */

export type BoundaryRule = 'no-restricted-imports' | 'no-restricted-globals' | 'no-restricted-syntax';

export type DeniedCase = { file: string; code: string; rule: BoundaryRule; message: string };
export type AllowedCase = { file: string; code: string };

const SHARED = 'shared/model/lint-fixture.ts';
const FEATURE = 'renderer/features/items/lint-fixture.tsx';
const ENTRY = 'renderer/lint-fixture.tsx';
const DB = 'renderer/db/repos/lint-fixture.ts';
const STORE = 'renderer/store/slices/lint-fixture.ts';
const LIB = 'renderer/lib/lint-fixture.ts';
const COMPONENT = 'renderer/components/LintFixture.tsx';
const APP = 'renderer/app/LintFixture.tsx';
const START = 'renderer/app/start.ts';
const PRELOAD = 'electron/preload/index.ts';
const MAIN = 'electron/main/ipc/lint-fixture.ts';
const CLI = 'cli/commands/lint-fixture.ts';
const DATES = 'renderer/lib/format/dates.ts';
const SAFE_HTML = 'renderer/components/SafeHtml.tsx';

const side = (spec: string) => `import '${spec}';\n`;

/** One denied side-effect import per specifier, all with the same rule and message. */
function deniedImports(file: string, specs: string[], message: string): DeniedCase[] {
  return specs.map((spec) => ({ file, code: side(spec), rule: 'no-restricted-imports', message }));
}
function allowedImports(file: string, specs: string[]): AllowedCase[] {
  return specs.map((spec) => ({ file, code: side(spec) }));
}
function deniedGlobals(file: string, snippets: string[], message: string): DeniedCase[] {
  return snippets.map((code) => ({ file, code, rule: 'no-restricted-globals', message }));
}
/** Dates formatted outside renderer/lib/format/dates.ts (issue 13: one format per kind). */
function deniedDateFormats(file: string, snippets: string[]): DeniedCase[] {
  return snippets.map((code) => ({ file, code, rule: 'no-restricted-syntax', message: 'Show dates through renderer/lib/format/dates.ts' }));
}

// Built-ins the old hand-kept list of 12 let through, and the forms it did not cover.
const NODE_BUILTINS = ['util', 'events', 'buffer', 'zlib', 'fs', 'fs/promises', 'util/types', 'path/posix', 'stream/web', 'assert', 'string_decoder', 'node:fs', 'node:zlib', 'node:fs/promises', 'node:test', 'util/not-listed'];

export const DENIED: DeniedCase[] = [
  // shared/: pure — no Node, no Electron, no DOM, no storage/UI libraries, no other layer.
  ...deniedImports(SHARED, NODE_BUILTINS, 'no Node built-ins'),
  { file: SHARED, code: "export * from 'zlib';\n", rule: 'no-restricted-imports', message: 'no Node built-ins' },
  { file: SHARED, code: "export { join } from 'node:path';\n", rule: 'no-restricted-imports', message: 'no Node built-ins' },
  { file: SHARED, code: "import type { Stats } from 'node:fs';\nexport type S = Stats;\n", rule: 'no-restricted-imports', message: 'no Node built-ins' },
  ...deniedImports(SHARED, ['electron', 'electron/main'], 'no Electron'),
  ...deniedImports(SHARED, ['dexie', 'dexie-react-hooks', 'zustand', 'react', 'react-dom/client', 'dompurify'], 'no storage, UI state or DOM libraries'),
  ...deniedImports(SHARED, ['../../renderer/db/db', '../../electron/main/atomic-write', '../../cli/io', '../../renderer/store/index.ts'], 'imports only shared/'),
  ...deniedGlobals(SHARED, [
    'export const w = window.innerWidth;\n',
    'export const t = document.title;\n',
    'export const l = navigator.language;\n',
    "export const s = localStorage.getItem('k');\n",
    "export const o = indexedDB.open('x');\n",
    'export const isEl = (x: unknown) => x instanceof HTMLElement;\n',
    "export const d = new DOMParser();\n",
    "export const f = () => fetch('https://example.org');\n",
    'export const e = process.env;\n',
    "export const b = Buffer.from('x');\n",
    'export const p = __dirname;\n',
    "export const r = () => require('x');\n",
    'export const g = global;\n',
    'export const i = () => setImmediate(() => undefined);\n',
  ], 'shared/ is pure'),
  { file: SHARED, code: "export const load = () => import('node:fs');\n", rule: 'no-restricted-syntax', message: 'No import()' },

  // renderer/ in general (a feature file): no Node, no Electron, no main/CLI, dexie only in
  // db/, zustand only in store/, db/instance only in db/ and the start-up code.
  ...deniedImports(FEATURE, ['util', 'events', 'buffer', 'zlib', 'node:fs', 'fs/promises', 'util/types'], 'never imports Node built-ins'),
  ...deniedImports(FEATURE, ['electron'], 'never imports Electron'),
  ...deniedImports(FEATURE, ['../../../electron/main/ipc/register', '../../../cli/io'], 'only import types from the preload'),
  ...deniedImports(FEATURE, ['dexie', 'dexie-react-hooks'], 'Only renderer/db/ imports dexie'),
  ...deniedImports(FEATURE, ['zustand', 'zustand/react/shallow'], 'Only renderer/store/ imports zustand'),
  ...deniedImports(FEATURE, ['../../db/instance', '../../db/instance.ts'], 'import db/instance'),
  ...deniedImports(FEATURE, ['../../app/start'], 'renderer/features/ may not import'),
  ...deniedGlobals(FEATURE, ['export const e = process.env;\n', "export const b = Buffer.from('x');\n", "export const r = () => require('x');\n", 'export const g = global;\n', 'export const d = __dirname;\n'], 'no Node globals'),
  { file: FEATURE, code: "export const load = () => import('./ItemsView');\n", rule: 'no-restricted-syntax', message: 'No import()' },
  ...deniedImports(ENTRY, ['./db/instance'], 'import db/instance'),

  // renderer/db: below features and store.
  ...deniedImports(DB, ['../../features/items/actions', '../../store', '../../store/slices/triage-slice', '../../lib/run-action', '../../components/EmptyState', '../../app/start'], 'renderer/db/ may not import'),
  ...deniedImports(DB, ['zustand'], 'Only renderer/store/ imports zustand'),
  ...deniedImports(DB, ['events'], 'never imports Node built-ins'),

  // renderer/store: below features; beside db.
  ...deniedImports(STORE, ['../../db/instance', '../../db/repos/items-repo', '../../db/errors', '../../features/items/labels', '../../lib/run-action', '../../components/EmptyState'], 'renderer/store/ may not import'),
  ...deniedImports(STORE, ['dexie'], 'Only renderer/db/ imports dexie'),

  // renderer/lib: below components and features.
  ...deniedImports(LIB, ['../features/items/actions', '../components/EmptyState', '../app/start'], 'renderer/lib/ may not import'),
  ...deniedImports(LIB, ['../db/instance'], 'import db/instance'),
  ...deniedImports(LIB, ['dexie'], 'Only renderer/db/ imports dexie'),

  // renderer/components: below features.
  ...deniedImports(COMPONENT, ['../features/items/ItemList', '../app/Shell'], 'renderer/components/ may not import'),
  ...deniedImports(COMPONENT, ['../db/instance'], 'import db/instance'),
  ...deniedImports(COMPONENT, ['dexie-react-hooks'], 'Only renderer/db/ imports dexie'),

  // renderer/app outside the start-up code.
  ...deniedImports(APP, ['../db/instance'], 'import db/instance'),

  // electron/preload: electron and shared/ipc/* only.
  ...deniedImports(PRELOAD, ['node:fs', 'fs', 'path', 'events', '../main/index', '../main/ipc/register', '../../shared/parse', '../../shared/parse/index', '../../shared/model/ids', '../../renderer/lib/platform', 'electron/main', 'zod', '../../shared/ipc/nested/x'], 'imports only electron and shared/ipc'),
  { file: PRELOAD, code: "export const load = () => import('electron');\n", rule: 'no-restricted-syntax', message: 'No import()' },

  // electron/main: shared/ only, no renderer libraries, no DOM.
  ...deniedImports(MAIN, ['dexie', 'dexie-react-hooks', 'react', 'react-dom', 'react-dom/client', 'zustand', 'zustand/middleware', 'dompurify'], 'Main has no renderer libraries'),
  ...deniedImports(MAIN, ['../../../renderer/db/db', '../../preload/index', '../../../cli/io'], 'Main imports shared/ only'),
  ...deniedGlobals(MAIN, ['export const w = window;\n', 'export const t = document.title;\n', "export const s = localStorage.getItem('k');\n", "export const o = indexedDB.open('x');\n"], 'no DOM globals'),
  { file: MAIN, code: "export const load = () => import('./register');\n", rule: 'no-restricted-syntax', message: 'No import()' },

  // cli/: shared/ only.
  ...deniedImports(CLI, ['../../renderer/db/db', '../../electron/main/atomic-write'], 'cli/ imports shared/ only'),
  ...deniedImports(CLI, ['electron'], 'no Electron'),

  // Dates in renderer/: only through renderer/lib/format/dates.ts (issue 13).
  ...deniedDateFormats(FEATURE, [
    'export const d = new Date(0).toLocaleDateString();\n',
    "export const d = (at: string) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium' });\n",
    'export const t = (d: Date) => d.toLocaleTimeString();\n',
    'export const s = new Date(0).toDateString();\n',
    'export const u = new Date(0).toUTCString();\n',
    "export const f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });\n",
    'export const z = Intl.DateTimeFormat().resolvedOptions().timeZone;\n',
    "export const r = new Intl.RelativeTimeFormat('en').format(-2, 'day');\n",
    // Without types a count looks like a date: counts use Intl.NumberFormat.
    'export const n = (count: number) => count.toLocaleString();\n',
  ]),
  ...deniedDateFormats(COMPONENT, ['export const when = (at: string) => <span>{new Date(at).toLocaleString()}</span>;\n']),
  ...deniedDateFormats(LIB, ["export const f = new Intl.DateTimeFormat('de-DE');\n"]),
  ...deniedDateFormats(APP, ['export const d = new Date(0).toLocaleDateString();\n']),
  ...deniedDateFormats(ENTRY, ['export const d = new Date(0).toLocaleTimeString();\n']),
  ...deniedDateFormats(SAFE_HTML, ['export const d = new Date(0).toLocaleDateString();\n']),
];

export const ALLOWED: AllowedCase[] = [
  // shared/: pure packages and shared/ itself — including folders named like built-ins.
  ...allowedImports(SHARED, ['date-fns', '@date-fns/tz', 'zod', 'markdown-it', 'mustache', '@noble/hashes/sha2.js', './ids', '../net/topic-url', '../net/host-allow-list.ts', '../parse/events', '../ipc/contract']),
  { file: SHARED, code: "export const u = new URL('https://example.org');\n" },
  { file: SHARED, code: "export const bytes = new TextEncoder().encode('x');\n" },
  { file: SHARED, code: 'export const later = () => setTimeout(() => undefined, 1);\n' },
  { file: SHARED, code: 'export const copy = structuredClone({ a: 1 });\n' },
  { file: SHARED, code: 'export const id = () => crypto.randomUUID();\n' },
  { file: SHARED, code: 'export const stop = new AbortController();\n' },
  { file: SHARED, code: 'export function f(window: number) { return window + 1; }\n' },

  // renderer features: repos and hooks, store, lib, components, other features, shared/, the DOM.
  ...allowedImports(FEATURE, ['react', 'react-dom', '@dnd-kit/core', '../../db/repos/items-repo', '../../db/hooks/items', '../../db/errors', '../../store', '../../lib/run-action', '../../lib/platform', '../../components/EmptyState', '../decisions/actions', './labels', '../../../shared/model/ids', '../../../shared/net/topic-url']),
  { file: FEATURE, code: "import type { SteeringApi } from '../../../shared/ipc/api';\nexport type A = SteeringApi;\n" },
  { file: FEATURE, code: "export const k = window.localStorage.getItem('k') ?? document.title;\n" },
  { file: FEATURE, code: "export const w = new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' });\n" },
  ...allowedImports(ENTRY, ['react-dom/client', './app/App', './app/start']),

  ...allowedImports(DB, ['dexie', 'dexie-react-hooks', '../instance', '../db', '../errors', './items-repo', '../../../shared/model', 'react', 'zod']),
  ...allowedImports(STORE, ['zustand', 'zustand/react/shallow', './navigation-slice', '../index', '../../../shared/model']),
  ...allowedImports(LIB, ['../store', '../db/errors', '../db/backup-store', './platform', './sanitize/sanitize-html', 'dompurify', '../../shared/markdown/link-policy']),
  ...allowedImports(COMPONENT, ['react', './SafeHtml', '../lib/sanitize/render-post', '../store', '../../shared/markdown/link-policy']),
  ...allowedImports(APP, ['../features/items/ItemsView', '../db/errors', '../store', '../lib/platform', '../components/EmptyState']),
  ...allowedImports(START, ['../db/instance', '../db/open-db', '../db/pre-migration-backup']),

  ...allowedImports(PRELOAD, ['electron', '../../shared/ipc/channels', '../../shared/ipc/contract', '../../shared/ipc/api', '../../shared/ipc/channels.ts']),

  ...allowedImports(MAIN, ['electron', 'node:fs/promises', 'node:path', 'zod', '../register', '../../../shared/ipc/contract', '../../../shared/net/host-allow-list']),
  { file: MAIN, code: "export const get = () => fetch('https://example.org');\n" },
  { file: MAIN, code: 'export const env = process.env;\n' },

  ...allowedImports(CLI, ['node:fs', 'node:path', '../io', '../../shared/parse', '../../shared/export/decision-log']),

  // Dates: the one module may use Intl and toLocale*; elsewhere other locale-aware calls stay allowed.
  { file: DATES, code: "export const f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });\n" },
  { file: DATES, code: 'export const z = Intl.DateTimeFormat().resolvedOptions().timeZone;\n' },
  { file: DATES, code: 'export const d = new Date(0).toLocaleDateString();\n' },
  { file: FEATURE, code: "export const lower = (s: string) => s.toLocaleLowerCase('en') + s.toLocaleUpperCase();\n" },
  { file: FEATURE, code: 'export const count = (n: number) => new Intl.NumberFormat().format(n);\n' },
  { file: FEATURE, code: "export const sorted = (a: string[]) => [...a].sort((x, y) => x.localeCompare(y));\n" },
  { file: FEATURE, code: "export const iso = new Date(0).toISOString();\n" },
  { file: FEATURE, code: "import { formatDate } from '../../lib/format/dates';\nexport const d = formatDate('2024-11-25T10:00:00Z');\n" },
  // shared/ keeps using Intl for zones (exports are ISO; nothing there is shown as is).
  { file: SHARED, code: "export const ok = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0);\n" },
];
