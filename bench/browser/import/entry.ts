/**
 * Runs inside Chromium: the app's real import path (parse, the preview's plan, one
 * transaction into IndexedDB through Dexie) beside the floor, a bare Dexie bulkPut of the
 * same rows; and the same topic imported again in another form (issue 14), which must
 * write into the stored posts and add none.
 */
import Dexie from 'dexie';
import { parseFiles } from '../../../shared/parse';
import type { InputFile, ParseResult } from '../../../shared/parse/types';
import { postMatcher } from '../../../shared/import/matcher';
import { identifyPosts, type StoredView } from '../../../shared/import/post-identity';
import { db } from '../../../renderer/db/instance';
import { storedPostsOf, teamRegistry, writeImport, type ImportOutcome } from '../../../renderer/db/repos/import-repo';
import { planFrom } from '../../../renderer/features/import/actions';
import { writeBreakdown } from './write-breakdown';

/** One import's phases (ms), what it did, and what is stored after it. */
export type ImportRun = {
  parseMs: number; planMs: number; writeMs: number; totalMs: number;
  outcome: ImportOutcome; updates: number; items: number;
  /** How the plan identified the posts (by id, number, content). */
  matches: Record<string, number>;
  /** With `breakdown`, parts of the plan timed again after the write, on what it left stored: the preview's read with identity, and identity alone. */
  storedPostsOfMs?: number; identifyMs?: number;
};

/** Imports `files` as a member who takes the preview's defaults (test/renderer/support/import-forms.ts `importAsMember`). */
async function importFiles(files: InputFile[], breakdown: boolean): Promise<ImportRun> {
  await db.open();
  const teams = await teamRegistry();
  const t0 = performance.now();
  const result = parseFiles(files, { teams });
  const t1 = performance.now();
  const plan = await planFrom(files, result);
  const t2 = performance.now();
  const outcome = await writeImport(plan);
  const t3 = performance.now();
  const matches: Record<string, number> = {};
  for (const m of Object.values(plan.identity?.posts ?? {})) matches[m.by] = (matches[m.by] ?? 0) + 1;
  return {
    parseMs: t1 - t0, planMs: t2 - t1, writeMs: t3 - t2, totalMs: t3 - t0, outcome,
    updates: await db.updates.count(), items: await db.items.count(), matches,
    ...(breakdown ? await planBreakdown(result, plan.stored) : {}),
  };
}

/**
 * Where the plan's time goes, on the same result but outside the timed import. Meaningful
 * when the write left the stored posts as the plan saw them (a re-import that adds nothing).
 */
async function planBreakdown(result: ParseResult, stored: StoredView | undefined): Promise<{ storedPostsOfMs: number; identifyMs: number }> {
  const s0 = performance.now();
  await storedPostsOf(result);
  const s1 = performance.now();
  identifyPosts(result, stored ?? { threads: [], posts: [] }, postMatcher);
  const s2 = performance.now();
  return { storedPostsOfMs: s1 - s0, identifyMs: s2 - s1 };
}

/** The first import: the topic as its JSON. */
const runApp = (json: string, name: string) => importFiles([{ name, text: json }], false);

/** The same topic again, as Discourse's `/raw/{topicId}` text, into the database runApp filled. */
const runReimport = (raw: string, name: string) => importFiles([{ name, text: raw }], true);

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

Object.assign(window, { runApp, runReimport, runFloor, writeBreakdown });
