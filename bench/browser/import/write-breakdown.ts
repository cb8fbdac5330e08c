/**
 * Where a re-import's write goes (issue 14), in Chromium: the steps of `writeImport`
 * (renderer/db/repos/import-repo.ts) for a topic already stored, timed one by one outside
 * the import — the read of the stored posts, the read of their items, the merge (pure), and
 * the put of the merged rows — and how many of the merged rows equal what is stored (a
 * write that changes nothing). Run after the re-import, on the rows it left: it rewrites
 * them as the re-import did, so the stored rows stay as they are.
 */
import { parseFiles } from '../../../shared/parse';
import type { InputFile } from '../../../shared/parse/types';
import { storedIdOf } from '../../../shared/import/post-identity';
import { mergedItems, mergedUpdate } from '../../../shared/import/merge-rows';
import { textRelation } from '../../../shared/import/post-state';
import { changedRows } from '../../../shared/import/unchanged-rows';
import type { ItemRow, UpdateRow } from '../../../shared/model';
import { db } from '../../../renderer/db/instance';
import { storedPostsOf, teamRegistry } from '../../../renderer/db/repos/import-repo';
import { planFrom } from '../../../renderer/features/import/actions';

export type WriteBreakdown = {
  /** `storedPostsOf`: the stored posts read by row id (and threads, sources) plus identity — the write reads the same inside its transaction. */
  readPostsMs: number;
  /** `db.items.where('updateId').anyOf(storedIds).toArray()`: every item of the stored posts. */
  readItemsMs: number;
  /** `mergedUpdate` + `mergedItems` for every post (CPU only). */
  mergeMs: number;
  /**
   * `bulkPut` of the merged rows that differ from the stored ones, in one rw transaction, 25
   * posts a slice, as the write does (shared/import/unchanged-rows.ts). Before the write
   * skipped unchanged rows, putting all 78,416 back was 22.4 s of a 30 s re-import.
   */
  putMs: number;
  updatesOut: number; itemsOut: number;
  /** Merged rows deep-equal to the stored row of the same id: the put rewrites them unchanged. */
  updatesUnchanged: number; itemsUnchanged: number;
  /** Posts whose stored text differs from the parsed one but is the same words (`keepsText`: the stored items are written back as they are). */
  postsKeepingText: number;
};

/** Deep equality of two rows as IndexedDB stores them (plain JSON-like values; key order ignored). */
function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameRow((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export async function writeBreakdown(text: string, name: string): Promise<WriteBreakdown> {
  const files: InputFile[] = [{ name, text }];
  const result = parseFiles(files, { teams: await teamRegistry() });
  const plan = await planFrom(files, result);
  const now = new Date().toISOString();
  const included = result.updates.filter((u) => plan.choices[u.key]?.include);
  const identity = plan.identity ?? { posts: {}, threads: {} };

  const t0 = performance.now();
  await storedPostsOf(result);
  const t1 = performance.now();
  const storedIds = [...new Set(included.flatMap((u) => storedIdOf(identity, u.key, plan.choices[u.key]?.merge) ?? []))];
  const storedItems = await db.items.where('updateId').anyOf(storedIds).toArray();
  const t2 = performance.now();

  const storedUpdates = new Map((await db.updates.bulkGet(storedIds)).flatMap((r) => (r ? [[r.id as string, r] as const] : [])));
  const itemsByUpdate = new Map<string, ItemRow[]>();
  for (const it of storedItems) itemsByUpdate.set(it.updateId, [...(itemsByUpdate.get(it.updateId) ?? []), it]);
  const t3 = performance.now();
  const updatesOut: UpdateRow[] = [];
  const itemsOut: ItemRow[] = [];
  let postsKeepingText = 0;
  for (const u of included) {
    const stored = storedUpdates.get(storedIdOf(identity, u.key, plan.choices[u.key]?.merge) ?? '');
    if (!stored) continue;
    // The fields the write takes from its fresh row: the team as stored (the preview's default).
    const row = mergedUpdate(stored, { ...stored, revisions: [] }, u, now);
    const keepsText = stored.raw !== u.raw && textRelation(stored, u) === 'same';
    if (keepsText) postsKeepingText++;
    updatesOut.push(row);
    itemsOut.push(...mergedItems(row, itemsByUpdate.get(row.id) ?? [], u, keepsText, now).items);
  }
  const t4 = performance.now();

  const itemById = new Map(storedItems.map((it) => [it.id as string, it]));
  const updatesUnchanged = updatesOut.filter((r) => sameRow(r, storedUpdates.get(r.id))).length;
  const itemsUnchanged = itemsOut.filter((r) => sameRow(r, itemById.get(r.id))).length;

  const slices = new Map<string, ItemRow[]>();
  for (const it of itemsOut) slices.set(it.updateId, [...(slices.get(it.updateId) ?? []), it]);
  const t5 = performance.now();
  await db.transaction('rw', [db.updates, db.items], async () => {
    // Pipelined as the write does: a slice is queued before the one before it is awaited.
    let writing: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < updatesOut.length; start += 25) {
      const ups = updatesOut.slice(start, start + 25);
      const previous = writing;
      writing = Promise.all([db.updates.bulkPut(changedRows(storedUpdates, ups)), db.items.bulkPut(changedRows(itemById, ups.flatMap((r) => slices.get(r.id) ?? [])))]);
      await previous;
    }
    await writing;
  });
  const t6 = performance.now();
  return {
    readPostsMs: t1 - t0, readItemsMs: t2 - t1, mergeMs: t4 - t3, putMs: t6 - t5,
    updatesOut: updatesOut.length, itemsOut: itemsOut.length, updatesUnchanged, itemsUnchanged, postsKeepingText,
  };
}
