/**
 * `npm run bench -- <name>`: runs one benchmark. Benchmarks print numbers beside floors
 * measured in the same run; they are not tests and have no pass/fail thresholds.
 *   import  — parse + segment in Node beside markdown-it, then the whole import into
 *             IndexedDB in Chromium beside a bare Dexie bulkPut (issue 3), then the
             same topic re-imported as /raw beside the first import (issue 14)
 *   triage  — search latency, index build and first frame of the item list (issue 4)
 *   load    — SECURITY.md checks 45, 47–49 on the real app: 5,000-post import, 50,000
 *             items, memory after 20 imports, cold start with ~200 MB; optional parts:
 *             `npm run bench -- load items memory`
 */
const BENCHES: Record<string, () => Promise<void>> = {
  import: async () => {
    const { runImportNodeBench } = await import('./import-node');
    console.log('Node: parse + segment beside markdown-it');
    console.table(await runImportNodeBench());
    const { printReimport, runImportBrowserBench } = await import('./import-browser');
    const { reimport, ...first } = await runImportBrowserBench();
    console.log('Chromium: whole import into IndexedDB beside a bare bulkPut');
    console.table(first);
    printReimport(reimport);
  },
  triage: async () => {
    const { runTriageBench } = await import('./triage');
    await runTriageBench();
  },
  load: async () => {
    const { runLoadBench } = await import('./load');
    await runLoadBench(process.argv.slice(3));
  },
};

const benchName = process.argv[2];
const bench = benchName ? BENCHES[benchName] : undefined;
if (!bench) {
  console.error(`${benchName ? `Unknown benchmark “${benchName}”. ` : ''}Available: ${Object.keys(BENCHES).join(', ')}\nUsage: npm run bench -- <name>`);
  process.exitCode = benchName ? 1 : 0;
} else {
  await bench();
}
export {};
