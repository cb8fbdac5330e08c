/**
 * Every item, live, without reading the whole table again after every change
 * (SECURITY.md check 47). `useLiveQuery(() => db.items.toArray())` re-read and cloned all
 * rows after each edit: with 50,000 items a tag change took two seconds to show, and the
 * list's first paint paid for a clone it did not need (bench/load-items.ts).
 *
 * Here the table is read once while views use it (the Items and the Teams views both do,
 * and a few seconds more, see liveItemsTiming). After each committed write — Dexie's
 * `storagemutated` event, which also carries other windows' writes — only the rows whose
 * keys the write touched are read again and patched in. A write whose keys are not listed
 * one by one (a clear, a range delete) or that touched many rows reloads the table.
 * Reads run one after another, so a patch never lands before the load it corrects.
 */
import { useSyncExternalStore } from 'react';
import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { ItemRow } from '../../../shared/model';
import { db } from '../instance';

/** Past this many changed rows, one full read is cheaper than patching. */
const PATCH_AT_MOST = 2000;

type Snapshot = ItemRow[] | undefined;

const listeners = new Set<() => void>();
let rows: Map<string, ItemRow> | null = null;
let snapshot: Snapshot;
let queue: Promise<void> = Promise.resolve();
/** Bumped when the last view lets go: work queued before then is dropped. */
let generation = 0;

function publish(next: Map<string, ItemRow>, isReordered: boolean): void {
  const list = [...next.values()];
  // Same order as a table read (by id), which the list falls back on for equal sort keys;
  // the map is rebuilt in that order so later patches keep it.
  if (isReordered) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rows = isReordered ? new Map(list.map((row) => [row.id as string, row])) : next;
  snapshot = list;
  listeners.forEach((listener) => listener());
}

function enqueue(gen: number, work: () => Promise<void>): void {
  queue = queue
    .then(() => (gen === generation ? work() : undefined))
    .catch((error: unknown) => console.warn('[steering-desk] items could not be read', error));
}

/**
 * Rows per read. One read of 50,000 rows held the window for about a second while the
 * browser handed them over; pages of 10,000 let clicks through in between. A write landing
 * between two pages is patched in afterwards like any other (its event is queued).
 */
const LOAD_PAGE = 10_000;

async function loadAll(gen: number): Promise<void> {
  const all: ItemRow[] = [];
  let page = await db.items.orderBy(':id').limit(LOAD_PAGE).toArray();
  for (;;) {
    if (gen !== generation) return;
    all.push(...page);
    const last = page.at(-1);
    if (page.length < LOAD_PAGE || last === undefined) break;
    page = await db.items.where(':id').above(last.id).limit(LOAD_PAGE).toArray();
  }
  publish(new Map(all.map((row) => [row.id as string, row])), false);
}

/** The ids a write touched, or null when it touched a range rather than listed keys. */
export function changedKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
  }
  return keys;
}

function onMutated(parts: ObservabilitySet): void {
  const tree = parts[`idb://${db.name}/items/`];
  if (!tree) return;
  const gen = generation;
  const keys = changedKeys(tree);
  if (keys !== null && keys.length === 0) return;
  if (keys === null || keys.length > PATCH_AT_MOST) return enqueue(gen, () => loadAll(gen));
  enqueue(gen, async () => {
    const fresh = await db.items.bulkGet(keys);
    if (gen !== generation || rows === null) return;
    const next = new Map(rows);
    let isReordered = false;
    keys.forEach((key, i) => {
      const row = fresh[i];
      if (row === undefined) next.delete(key);
      else {
        isReordered ||= !next.has(key);
        next.set(key, row);
      }
    });
    publish(next, isReordered);
  });
}

/**
 * `keepMs`: how long the rows are kept (and kept up to date) after the last view lets go:
 * going from Teams to Items, both of which show every item, then costs no second read.
 * Dexie keeps an unused live query's result as long. Tests may shorten it.
 */
export const liveItemsTiming = { keepMs: 3000 };
let isListening = false;
let release: ReturnType<typeof setTimeout> | undefined;

function stop(): void {
  release = undefined;
  generation++;
  Dexie.on.storagemutated.unsubscribe(onMutated);
  isListening = false;
  rows = null;
  snapshot = undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  clearTimeout(release);
  release = undefined;
  if (!isListening) {
    isListening = true;
    const gen = ++generation;
    Dexie.on('storagemutated', onMutated);
    enqueue(gen, () => loadAll(gen));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) release = setTimeout(stop, liveItemsTiming.keepMs);
  };
}

const getSnapshot = (): Snapshot => snapshot;

/** Every item; undefined while loading. */
export function useLiveItems(): Snapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}
