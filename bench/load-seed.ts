/**
 * Filling the app's IndexedDB (`steering-desk`) from outside the app, for the load
 * benchmark and the load tests: rows go in with raw IndexedDB from a page of the app's
 * origin — the same way the e2e suite reads counts — so no test hook is needed in the app.
 * The app must have opened its database once in that profile (the schema exists), and must
 * be reloaded afterwards: its live queries only see writes made through its own Dexie.
 *
 * The data: items from bench/triage-data.ts (the triage benchmark's generator), one thread,
 * the updates those items point to, and optionally large posts to make the database big.
 */
import type { Page } from '@playwright/test';
import type { ThreadId, ThreadRow, UpdateId, UpdateRow } from '../shared/model';
import { prng } from './stats';
import { makeTriageData } from './triage-data';

export const DB_NAME = 'steering-desk';

/** Puts `rows` into `table`, `perTransaction` rows at a time (each chunk crosses the DevTools protocol once). */
export async function putRows(page: Page, table: string, rows: readonly unknown[], perTransaction = 5000): Promise<void> {
  for (let start = 0; start < rows.length; start += perTransaction) {
    // As JSON text: the page parses it natively, where Playwright would rebuild every object in script.
    await page.evaluate(
      async ({ name, table, json }) => {
        const rows = JSON.parse(json) as unknown[];
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(name);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        try {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(table, 'readwrite');
            const store = tx.objectStore(table);
            for (const row of rows) store.put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = tx.onabort = () => reject(tx.error ?? new Error(`writing ${table} was aborted`));
          });
        } finally {
          db.close();
        }
      },
      { name: DB_NAME, table, json: JSON.stringify(rows.slice(start, start + perTransaction)) },
    );
  }
}

/** How many rows `table` holds, read with raw IndexedDB. */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    ({ name, table }) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const count = req.result.transaction(table, 'readonly').objectStore(table).count();
          count.onsuccess = () => {
            resolve(count.result);
            req.result.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
    { name: DB_NAME, table },
  );
}

export type SeedOptions = {
  /** Items to write (the triage generator's, ~290 characters of text each). */
  items: number;
  /** Updates (posts) to write; the items point at the first 2,000. */
  posts?: number;
  /** Characters of Markdown per update (real status updates run 1.5–5 KB). */
  postChars?: number;
  /** The member's name, so edits do not stop at the "Who are you?" prompt. */
  me?: string;
};

const UPDATES = 2000; // triage-data points item i at update `u-${i % 2000}`

/**
 * Writes a workspace of `items` items in 40 teams, `posts` updates and their thread;
 * returns the item ids, first to last, and the characters of JSON the rows make up.
 */
export async function seedWorkspace(page: Page, opts: SeedOptions): Promise<{ itemIds: string[]; jsonChars: number }> {
  const { items, teams } = makeTriageData(opts.items);
  const now = '2024-11-25T10:00:00.000Z';
  const thread: ThreadRow = { id: 'th-1' as ThreadId, title: 'Community Team Updates (seeded)', importedAt: now };
  const words = items.slice(0, 200).flatMap((i) => i.text.toLowerCase().split(' '));
  const rand = prng(49);
  // Words drawn at random, so the posts weigh on storage as real text does (a repeated string compresses to nothing).
  const post = (chars: number) => {
    let out = '';
    while (out.length < chars) out += `${words[Math.floor(rand() * words.length)]}${rand() < 0.08 ? '.\n\n' : ' '}`;
    return out;
  };
  const updates: UpdateRow[] = Array.from({ length: opts.posts ?? Math.min(UPDATES, items.length) }, (_, i) => ({
    id: `u-${i}` as UpdateId, threadId: thread.id, teamId: teams[i % teams.length]!.id, author: `member${i % 53}`, raw: `# Update ${i}\n\n${post(opts.postChars ?? 400)}`,
    isTeamUpdate: true, sections: [], revisions: [], postNumber: i + 1, postedAt: now,
  }));
  let jsonChars = 0;
  const put = async (table: string, rows: readonly unknown[], perTransaction?: number) => {
    for (const row of rows) jsonChars += JSON.stringify(row).length;
    await putRows(page, table, rows, perTransaction);
  };
  await put('teams', teams);
  await put('threads', [thread]);
  // About 2 MB per transaction: each chunk crosses the protocol whole.
  await put('updates', updates, Math.max(50, Math.floor(2_000_000 / ((opts.postChars ?? 400) + 200))));
  await put('items', items);
  if (opts.me) await put('settings', [{ key: 'me', value: { name: opts.me } }]);
  return { itemIds: items.map((i) => i.id), jsonChars };
}
