/**
 * Raw IndexedDB from the test, for the durability checks (SECURITY.md §7.5/§7.6): seed a
 * database the way an older app version left it, hold a connection open like another
 * window would, and read every row back without going through the app's Dexie code.
 * Each helper runs in a page of the app's origin, best one that has not loaded the app
 * (`blankPageOf`), so the app's own connections do not interfere.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Dexie store strings (`'id, name, *tagIds, [a+b]'`) per table, as in renderer/db/migrations. */
export type DexieStores = Record<string, string>;
export type RawRows = Record<string, unknown[]>;

/** What a raw read found: the IndexedDB version (Dexie stores `version × 10`) and every row. */
export type RawDatabase = { version: number; tables: RawRows };

export type IndexSpec = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };
export type StoreSpec = { name: string; keyPath: string | string[] | null; autoIncrement: boolean; indexes: IndexSpec[] };

function keyPathOf(spec: string): string | string[] {
  return spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec;
}

/** Dexie's store syntax turned into object stores and indexes, the way Dexie creates them. */
export function storeSpecs(stores: DexieStores): StoreSpec[] {
  return Object.entries(stores).map(([name, schema]) => {
    const [primary = '', ...rest] = schema.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const autoIncrement = primary.startsWith('++');
    const pk = primary.replace(/^(\+\+|&)/, '');
    const indexes = rest.map((spec) => {
      const unique = spec.startsWith('&');
      const multiEntry = spec.startsWith('*');
      const bare = spec.replace(/^[&*]/, '');
      return { name: bare, keyPath: keyPathOf(bare), unique, multiEntry };
    });
    return { name, keyPath: pk === '' ? null : keyPathOf(pk), autoIncrement, indexes };
  });
}

/**
 * A page of the same origin as `url` that does not run the app: the route answers with an
 * empty document, so only the test's code touches IndexedDB there.
 */
export async function blankPageOf(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const blank = new URL('/__durability-blank', url).href;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(blank);
  return page;
}

/** Creates `name` at `version` with the given stores and rows, and closes it. Fails if it exists. */
export async function createRawDatabase(page: Page, name: string, version: number, stores: DexieStores, rows: RawRows): Promise<void> {
  await page.evaluate(
    ({ name, version, specs, rowsJson }) =>
      new Promise<void>((resolve, reject) => {
        const rows = JSON.parse(rowsJson) as Record<string, unknown[]>;
        const req = indexedDB.open(name, version);
        req.onupgradeneeded = (event) => {
          if (event.oldVersion !== 0) {
            req.transaction?.abort();
            return;
          }
          for (const s of specs) {
            const store = req.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
            for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
          }
          for (const [table, list] of Object.entries(rows)) for (const row of list) req.transaction!.objectStore(table).add(row);
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(new Error(`creating ${name}: ${req.error?.message ?? 'failed'}`));
      }),
    // Rows travel as one JSON string: far faster than Playwright's per-value serialisation for megabytes of rows.
    { name, version, specs: storeSpecs(stores), rowsJson: JSON.stringify(rows) },
  );
}

/** Every row of every store of `name`, opened at its current version; null when it does not exist. */
export async function readRawDatabase(page: Page, name: string): Promise<RawDatabase | null> {
  // Returned as one JSON string (fast for large stores); the app's rows are plain JSON values.
  const json = await page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return 'null';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const names = Array.from(db.objectStoreNames);
      const tables: Record<string, unknown[]> = {};
      if (names.length > 0) {
        const tx = db.transaction(names, 'readonly');
        await Promise.all(
          names.map(
            (n) =>
              new Promise<void>((resolve, reject) => {
                const all = tx.objectStore(n).getAll();
                all.onsuccess = () => resolve(void (tables[n] = all.result));
                all.onerror = () => reject(all.error);
              }),
          ),
        );
      }
      return JSON.stringify({ version: db.version, tables });
    } finally {
      db.close();
    }
  }, name);
  return JSON.parse(json) as RawDatabase | null;
}

/**
 * The version of `name` as `indexedDB.databases()` reports it, without opening it (an open
 * would wait behind a pending, blocked upgrade); 0 when it does not exist.
 */
export async function databaseVersion(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => (await indexedDB.databases()).find((d) => d.name === name)?.version ?? 0, name);
}

/** Row counts of `stores` in `name` (0 for a store or database that does not exist). */
export async function countRows(page: Page, name: string, stores: readonly string[]): Promise<Record<string, number>> {
  const raw = await readRawDatabase(page, name);
  return Object.fromEntries(stores.map((s) => [s, raw?.tables[s]?.length ?? 0]));
}

/** Outcome of a raw `indexedDB.open(name, version)` from another page. */
export type OpenOutcome = { opened: boolean; blocked: boolean; error: string | null };

/**
 * Opens `name` at `version` (an upgrade when higher) from `page` and keeps the connection
 * open as `window.__heldConnection`. With `ignoreVersionChange` it never closes when asked,
 * like a stale window that does not handle `versionchange`; otherwise it closes politely.
 * Resolves once opened, or after `timeoutMs` with `opened: false` (e.g. still blocked).
 */
export async function openAndHold(page: Page, name: string, version: number, opts: { ignoreVersionChange: boolean; timeoutMs?: number }): Promise<OpenOutcome> {
  return page.evaluate(
    ({ name, version, ignore, timeoutMs }) =>
      new Promise<OpenOutcome>((resolve) => {
        const outcome: OpenOutcome = { opened: false, blocked: false, error: null };
        const timer = setTimeout(() => resolve(outcome), timeoutMs);
        const req = indexedDB.open(name, version);
        req.onblocked = () => {
          outcome.blocked = true;
        };
        req.onsuccess = () => {
          const db = req.result;
          (window as unknown as { __heldConnection: IDBDatabase }).__heldConnection = db;
          db.onversionchange = () => {
            if (!ignore) db.close();
          };
          clearTimeout(timer);
          resolve({ ...outcome, opened: true });
        };
        req.onerror = () => {
          clearTimeout(timer);
          resolve({ ...outcome, error: req.error?.name ?? 'error' });
        };
      }),
    { name, version, ignore: opts.ignoreVersionChange, timeoutMs: opts.timeoutMs ?? 15_000 },
  );
}

/** Closes the connection `openAndHold` keeps on `page`. */
export async function releaseHeld(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __heldConnection?: IDBDatabase }).__heldConnection?.close());
}

/** Deletes `name` from `page` (other connections are asked to close first); resolves when it is gone. */
export async function deleteRawDatabase(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = () => resolve();
        req.onerror = () => reject(new Error(`deleting ${name}: ${req.error?.message ?? 'failed'}`));
      }),
    name,
  );
}

/** Puts one row into `store` of an existing database `name` (opened at its current version). */
export async function putRawRow(page: Page, name: string, store: string, row: unknown): Promise<void> {
  await page.evaluate(
    ({ name, store, row }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name, store, row },
  );
}
