// Flat ESLint config. Module boundaries (STYLE.md) are enforced here with
// no-restricted-imports so that they hold by tooling, not by memory.
import tseslint from 'typescript-eslint';
import security from 'eslint-plugin-security';
import reactHooks from 'eslint-plugin-react-hooks';

// Bare built-in names are exact `paths` (as patterns they would also match folders such as shared/net/).
const nodeBuiltinNames = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads'];
const nodeBuiltins = ['node:*'];
const nodePaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));

const sharedBoundary = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
    { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
    { group: ['dexie', 'dexie-*', 'zustand', 'zustand/*', 'react', 'react-dom', 'react-dom/*', 'dompurify'], message: 'shared/ is pure: no storage, UI state or DOM libraries.' },
    { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports only shared/ and pure packages.' },
  ],
};

const rendererBase = [
  { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron; use window.steering through renderer/lib/platform.' },
  { group: nodeBuiltins, message: 'The renderer never imports Node built-ins.' },
  { group: ['**/electron/main/**'], message: 'The renderer may only import types from the preload.' },
];
const onlyDbImportsDexie = { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], message: 'Only renderer/db/ imports dexie; go through renderer/db/repos.' };
const onlyStoreImportsZustand = { group: ['zustand', 'zustand/*'], message: 'Only renderer/store/ imports zustand; use the exported hooks.' };

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
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render untrusted HTML only through renderer/components/SafeHtml.tsx.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: render through SafeHtml.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: render through SafeHtml.' },
      ],
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { ...sharedBoundary, paths: nodePaths('shared/ is pure: no Node built-ins.') }] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: nodePaths('The renderer never imports Node built-ins.'), patterns: [...rendererBase, onlyDbImportsDexie, onlyStoreImportsZustand] }],
    },
  },
  { files: ['renderer/db/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { paths: nodePaths('The renderer never imports Node built-ins.'), patterns: [...rendererBase, onlyStoreImportsZustand] }] } },
  { files: ['renderer/store/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { paths: nodePaths('The renderer never imports Node built-ins.'), patterns: [...rendererBase, onlyDbImportsDexie] }] } },
  {
    // The one reviewed component that hands sanitized HTML to React.
    files: ['renderer/components/SafeHtml.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/main/**', '**/renderer/**'], message: 'The preload imports only shared/ipc and electron.' }] }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main imports shared/ only.' }, { group: ['dexie', 'zustand', 'react'], message: 'Main has no renderer libraries.' }] }] },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'cli/**/*.ts', '*.config.ts', 'scripts/**/*.{js,ts,mjs}'],
    rules: { 'security/detect-non-literal-fs-filename': 'off', 'no-restricted-syntax': 'off' },
  },
);
