/**
 * Runs inside Chromium: the app's real import path (parse + segment + one transaction
 * into IndexedDB through Dexie) beside the floor, a bare Dexie bulkPut of the same rows.
 */
import Dexie from 'dexie';
import { defaultChoice, type ImportPlan } from '../../../shared/import/plan';
import { DEFAULT_TEAMS, parseFiles } from '../../../shared/parse';
import { db } from '../../../renderer/db/instance';
import { writeImport } from '../../../renderer/db/repos/import-repo';

type Result = { parseMs: number; writeMs: number; totalMs: number; updates: number; items: number };

async function runApp(json: string): Promise<Result> {
  await db.open();
  const t0 = performance.now();
  const result = parseFiles([{ name: 'topic.json', text: json }], { teams: DEFAULT_TEAMS });
  const t1 = performance.now();
  const choices = Object.fromEntries(result.updates.map((u) => [u.key, defaultChoice(u, [])]));
  const plan: ImportPlan = { result, choices, sources: [{ name: 'topic.json', kind: 'discourse-topic-json', sha: 'bench' }] };
  await writeImport(plan);
  const t2 = performance.now();
  return { parseMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0, updates: await db.updates.count(), items: await db.items.count() };
}

/** The floor: the same updates and items, written by a bare bulkPut in one transaction. */
async function runFloor(): Promise<{ writeMs: number; rows: number }> {
  const updates = await db.updates.toArray();
  const items = await db.items.toArray();
  const floor = new Dexie('floor');
  floor.version(1).stores({ updates: 'id', items: 'id' });
  await floor.open();
  const t0 = performance.now();
  await floor.transaction('rw', ['updates', 'items'], async () => {
    await floor.table('updates').bulkPut(updates);
    await floor.table('items').bulkPut(items);
  });
  const t1 = performance.now();
  floor.close();
  return { writeMs: t1 - t0, rows: updates.length + items.length };
}

Object.assign(window, { runApp, runFloor });
