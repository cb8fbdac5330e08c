/**
 * `npm run bench -- <name>`: runs one benchmark. Benchmarks print numbers beside floors
 * measured in the same run; they are not tests and have no pass/fail thresholds.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

type Bench = { file: string; run: () => Promise<unknown> };

const BENCHES: Record<string, Bench> = {
  triage: { file: 'bench/triage.ts', run: async () => (await import('./triage')).runTriageBench() },
  // Added by other helpers; registered only when their file exists in this checkout.
  import: {
    file: 'bench/import-node.ts',
    run: async () => {
      const mod = (await import('./import-node' as string)) as { runImportNodeBench: () => Promise<unknown> };
      console.log(await mod.runImportNodeBench());
    },
  },
  'import-browser': {
    file: 'bench/import-browser.ts',
    run: async () => {
      const mod = (await import('./import-browser' as string)) as { runImportBrowserBench: () => Promise<unknown> };
      console.log(await mod.runImportBrowserBench());
    },
  },
};

const available = Object.entries(BENCHES).filter(([, b]) => existsSync(resolve(b.file)));
const name = process.argv[2];
const bench = available.find(([n]) => n === name)?.[1];
if (!bench) {
  console.error(`${name ? `Unknown benchmark “${name}”. ` : ''}Available: ${available.map(([n]) => n).join(', ')}\nUsage: npm run bench -- <name>`);
  process.exitCode = name ? 1 : 0;
} else {
  await bench.run();
}
