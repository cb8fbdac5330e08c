import { defineConfig } from 'vitest/config';

// One test environment per process the code runs in (STYLE.md "Tests"):
// shared/ and cli/ in plain Node, renderer/ in jsdom with an in-memory IndexedDB,
// electron/ in Node with `electron` mocked per test file.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/cli/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          setupFiles: ['fake-indexeddb/auto', 'test/renderer/setup.ts'],
          include: ['test/renderer/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
        },
      },
      {
        // Project scripts (the Electronegativity gate) in plain Node; kept out of 'shared',
        // which runs again under other time zones.
        test: {
          name: 'scripts',
          environment: 'node',
          include: ['test/scripts/**/*.test.ts', 'test/lint/**/*.test.ts'],
        },
      },
    ],
  },
});
