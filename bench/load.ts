/**
 * `npm run bench -- load [import] [items] [memory] [cold-start]`: SECURITY.md §7.7, checks
 * 45, 47, 48 and 49, measured on the real app — the web build in Debian's Chromium, and
 * the desktop app through `_electron` where its binary is installed (said when skipped).
 * Each number is printed beside its target; like the other benchmarks this reports and
 * does not fail. The tests (test/e2e/load.spec.ts, test/e2e/electron/load.spec.ts) check
 * the same behaviour without clocks.
 */
import { pathToFileURL } from 'node:url';
import { measureColdStart, seedBigProfile } from './load-cold-start';
import { measureImport } from './load-import';
import { measureItems } from './load-items';
import { measureMemory } from './load-memory';
import { chromiumTarget, electronTarget, freshProfile, type LoadTarget } from './load-target';

const PARTS = ['import', 'items', 'memory', 'cold-start'] as const;
type Part = (typeof PARTS)[number];
type Row = { check: number; measure: string; value: number; target: number; unit: 'ms' | '%' | 'count'; floor?: string };

const fmt = (n: number, unit: Row['unit']) => (unit === '%' ? `${(n * 100).toFixed(1)} %` : unit === 'count' ? String(n) : `${Math.round(n).toLocaleString('en')} ms`);

async function withSession<T>(target: LoadTarget, fn: (session: Awaited<ReturnType<LoadTarget['open']>>) => Promise<T>, opts: { withProbe?: boolean } = {}): Promise<T> {
  const profile = freshProfile();
  const session = await target.open(profile.dir, opts);
  try {
    await session.page.getByRole('navigation', { name: 'Main' }).waitFor();
    return await fn(session);
  } finally {
    await session.close();
    profile.remove();
  }
}

async function measure(target: LoadTarget, parts: readonly Part[]): Promise<Row[]> {
  const rows: Row[] = [];
  const note = (what: string) => console.error(`  ${target.name}: ${what}`);
  if (parts.includes('import')) {
    note('importing a 5,000-post thread…');
    const r = await withSession(target, (s) => measureImport(s));
    rows.push(
      { check: 45, measure: `import of ${r.posts.toLocaleString('en')} posts (${r.updates.toLocaleString('en')} updates, ${r.items.toLocaleString('en')} items written), file chosen → "Imported"`, value: r.totalMs, target: 30_000, unit: 'ms', floor: `reading ${Math.round(r.parseMs)} ms, writing ${Math.round(r.writeMs)} ms` },
      { check: 45, measure: `longest wait of a click during the import (${r.clicks} clicks)`, value: r.maxClickDelayMs, target: 200, unit: 'ms', floor: `95th percentile ${Math.round(r.p95ClickDelayMs)} ms` },
    );
  }
  if (parts.includes('items')) {
    note('seeding 50,000 items…');
    const r = await withSession(target, (s) => measureItems(s));
    rows.push(
      { check: 47, measure: `first paint of the Items list, ${r.items.toLocaleString('en')} items (${r.rowsInDom} rows in the DOM)`, value: r.firstRowsMs, target: 1500, unit: 'ms', floor: `bare IndexedDB getAll of the items ${Math.round(r.floorReadAllMs)} ms` },
      { check: 47, measure: 'tag added → shown on the item’s row (live list)', value: r.tagOnRowMs, target: 300, unit: 'ms' },
      { check: 47, measure: 'tag added → offered in the Tag filter (live query)', value: r.tagInFilterMs, target: 300, unit: 'ms' },
    );
  }
  if (parts.includes('memory')) {
    note('20 import / discard rounds…');
    const r = await withSession(target, (s) => measureMemory(s), { withProbe: true });
    rows.push(
      { check: 48, measure: `JS heap after ${r.rounds} rounds vs after warm-up (${r.baselineMB.toFixed(1)} → ${r.afterMB.toFixed(1)} MB)`, value: r.growth, target: 0.2, unit: '%' },
      { check: 48, measure: `listeners on window/document/body (before: ${r.listenersBefore})`, value: r.listenersAfter - r.listenersBefore, target: 0, unit: 'count', floor: 'growth' },
      { check: 48, measure: 'Web Workers still running', value: r.workersAfter, target: 0, unit: 'count' },
    );
  }
  if (parts.includes('cold-start')) {
    const profile = freshProfile();
    try {
      note('seeding a workspace of ~200 MB of rows…');
      const seeded = await seedBigProfile(target, profile.dir);
      note('cold start…');
      const r = await measureColdStart(target, profile.dir);
      rows.push(
        { check: 49, measure: `cold start → workspace on screen (${seeded.rowsMB.toFixed(0)} MB of rows, ${seeded.storedMB.toFixed(0)} MB stored)`, value: r.toWorkspaceMs, target: 3000, unit: 'ms', floor: `from the page's start; ${Math.round(r.launchMs).toLocaleString('en')} ms from launching the ${target.name === 'Electron' ? 'app' : 'browser'}` },
        { check: 49, measure: 'cold start → a click on Settings answered (interactive)', value: r.toInteractiveMs, target: 3000, unit: 'ms' },
        { check: 49, measure: `longest wait of a click in the 10 s after that (${r.clicks} clicks)`, value: r.maxClickDelayMs, target: 200, unit: 'ms' },
      );
    } finally {
      profile.remove();
    }
  }
  return rows;
}

function print(name: string, rows: Row[]): void {
  console.log(`\n${name}: SECURITY.md §7.7 load checks`);
  console.log('| check | measure | value | target | | context |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const ok = r.value <= r.target;
    console.log(`| ${r.check} | ${r.measure} | ${fmt(r.value, r.unit)} | ≤ ${fmt(r.target, r.unit)} | ${ok ? 'met' : 'MISSED'} | ${r.floor ?? ''} |`);
  }
}

export async function runLoadBench(args: readonly string[] = []): Promise<void> {
  const unknown = args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`Unknown part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  const parts = args.length > 0 ? (args as Part[]) : PARTS;
  const chromium = await chromiumTarget();
  try {
    print('Chromium (web build)', await measure(chromium, parts));
  } finally {
    await chromium.dispose();
  }
  const electron = electronTarget();
  if (typeof electron === 'string') {
    console.log(`\nElectron: skipped — ${electron}.`);
    return;
  }
  try {
    print('Electron (desktop app)', await measure(electron, parts));
  } finally {
    await electron.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runLoadBench(process.argv.slice(2));
