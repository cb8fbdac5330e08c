/**
 * Tells the test the moment the page starts writing to an IndexedDB object store, so a
 * crash test (SECURITY.md checks 37 and 44) can kill the app while that transaction is in
 * flight rather than at a guessed delay. It wraps `IDBObjectStore.prototype.put`/`add` in
 * the page and logs one console line the first time a watched store is written; the write
 * itself goes through unchanged.
 */
import type { ConsoleMessage, Page } from '@playwright/test';

const MARK = '[durability-watch] first write to ';

/** The function installed in the page (also usable with `addInitScript`). */
export function watchFirstWrite(store: string): void {
  type Watch = { stores: Set<string>; told: Set<string> };
  const w = window as unknown as { __writeWatch?: Watch };
  if (w.__writeWatch) {
    w.__writeWatch.stores.add(store);
    return;
  }
  const watch: Watch = { stores: new Set([store]), told: new Set() };
  w.__writeWatch = watch;
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => IDBRequest>;
  for (const method of ['put', 'add'] as const) {
    const original = proto[method];
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (watch.stores.has(this.name) && !watch.told.has(this.name)) {
        watch.told.add(this.name);
        console.log(`[durability-watch] first write to ${this.name}`);
      }
      return original.apply(this, args);
    };
  }
}

/** Resolves when `page` logs its first write to `store` (after `watchFirstWrite(store)` ran there). */
export function firstWriteTo(page: Page, store: string, timeout = 60_000): Promise<ConsoleMessage> {
  return page.waitForEvent('console', { predicate: (m) => m.text() === `${MARK}${store}`, timeout });
}
