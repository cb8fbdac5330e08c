/**
 * One thread is one thread, through the screens (issue 14): the sample thread imported from
 * its topic JSON, worked on (the Xen team's PGP key ask flagged confidential, the marketing
 * Matrix room ask tagged), then imported again as the thread's /raw/ pages saved from the
 * browser under names without the topic id, with the topic address given. The preview says
 * nothing is new, the import adds no update and no item, and the member's work stays.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dismissNotices, openFreshApp } from './support/app';
import { fixturePath, importFilesThroughUi } from './support/import';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

const TOPIC = 'https://discourse.nixos.org/t/community-team-updates-request-for-status-blockers-and-proposals/56458';
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
const listbox = (page: Page) => page.getByRole('listbox', { name: /^Items/ });

/** The two /raw/ pages as a browser saves them when the member renames them: no topic id in the names. */
function savedRawPages(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'raw-pages-'));
  const pages = [['raw-56458.txt', 'thread.txt'], ['raw-56458-page2.txt', 'thread-page-2.txt']] as const;
  return pages.map(([from, to]) => {
    copyFileSync(fixturePath(`import/sample/${from}`), join(dir, to));
    return join(dir, to);
  });
}

/** Rows of a store, read straight from IndexedDB. */
function rowsOf<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('steering-desk');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result as T[]);
        };
      }),
    store,
  );
}

type Item = { text: string; confidential: boolean; tagIds: string[]; isGone?: boolean };

async function openItem(page: Page, search: string, name: RegExp) {
  await nav(page, 'Items').click();
  await page.getByLabel('Search items, notes and teams').fill(search);
  await listbox(page).getByRole('option', { name }).first().click();
  return page.getByRole('complementary');
}

test('the topic JSON, then the saved /raw/ pages with the topic address: nothing doubles, nothing is lost', async ({ page }) => {
  await openFreshApp(page);
  await importFilesThroughUi(page, [fixturePath('import/sample/topic-56458.json'), fixturePath('import/sample/posts-56458-page2.json')]);
  await page.getByRole('button', { name: /^Import \d+ updates$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported:/ })).toBeVisible();
  const first = { updates: (await rowsOf(page, 'updates')).length, items: (await rowsOf<Item>(page, 'items')).length };
  expect(first.updates).toBeGreaterThan(5);

  // The member's work: one ask confidential, one tagged.
  const pgp = await openItem(page, 'PGP key', /PGP key/);
  await pgp.getByLabel(/^Confidential/).click();
  const prompt = page.getByRole('dialog', { name: 'Who are you?' });
  await prompt.getByLabel('Your name').fill('Tom Bereknyei');
  await prompt.getByRole('button', { name: 'Save and continue' }).click();
  await expect(pgp.getByLabel(/^Confidential/)).toBeChecked();
  await listbox(page).getByRole('option', { name: /PGP key/ }).first().focus();
  await page.keyboard.press('x');
  const bulk = page.getByRole('region', { name: 'Selected items' });
  await bulk.getByLabel('Add a tag').fill('security');
  await bulk.getByLabel('Add a tag').press('Enter');
  await expect(listbox(page).getByRole('option', { name: /PGP key/ }).first()).toContainText('security');
  await dismissNotices(page);

  // The same thread as saved /raw/ pages, with the topic address.
  await nav(page, 'Import').click();
  await page.getByLabel('Topic address (optional)').fill(TOPIC);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose saved pages…' }).click();
  await (await chooser).setFiles(savedRawPages());

  const posts = page.getByRole('list', { name: 'Posts to import' });
  await expect(posts).toBeVisible();
  // Matched by post number: no "Same as …" question, no new post.
  await expect(posts.getByRole('group', { name: /^Same as/ })).toHaveCount(0);
  await expect(posts.locator('.post-state[data-state="new"]')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Which topic are these posts from?' }).getByRole('textbox', { name: 'Topic address' })).toHaveValue(TOPIC);
  await expect(page.locator('.import-summary')).not.toContainText(/\d+ new/);
  await page.screenshot({ path: 'out/screens/import-raw-after-json.png', fullPage: false });

  const write = page.getByRole('button', { name: /^Import \d+ changes?$/ });
  if (await write.isVisible()) {
    await write.click();
    await expect(page.getByRole('status').filter({ hasText: /^Imported:/ })).not.toContainText(/new (updates|items)/);
  } else {
    await expect(page.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  }

  const items = await rowsOf<Item>(page, 'items');
  expect({ updates: (await rowsOf(page, 'updates')).length, items: items.length }).toEqual(first);
  const copies = items.filter((i) => /PGP key/.test(i.text));
  expect(copies).toHaveLength(1);
  expect(copies[0]).toMatchObject({ confidential: true });
  expect(copies[0]!.tagIds).toHaveLength(1);
  expect(items.filter((i) => i.isGone)).toEqual([]);
});

test('a post edited on the forum since: the preview says what changed, word by word, and the import keeps the old text', async ({ page }) => {
  await openFreshApp(page);
  await importFilesThroughUi(page, [fixturePath('import/sample/topic-56458.json')]);
  await page.getByRole('button', { name: /^Import \d+ updates$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported:/ })).toBeVisible();
  await dismissNotices(page);

  // The Xen lead reworded one ask and dropped the PGP paragraph; the /raw/ page says so.
  const [raw] = savedRawPages();
  const { readFileSync, writeFileSync } = await import('node:fs');
  const text = readFileSync(raw!, 'utf8')
    .replace('- An e-mail alias that ends in @nixos.org;', '- An e-mail alias that ends in @nixos.org, for the security team;')
    .replace(/\nEverything else \(The PGP key[^\n]*\n/, '\n');
  const edited = join(mkdtempSync(join(tmpdir(), 'raw-edited-')), '56458.txt');
  writeFileSync(edited, text);
  await importFilesThroughUi(page, [edited]);

  const xen = page.getByRole('listitem', { name: 'Xen Project team' });
  await expect(xen.locator('.post-state')).toHaveText('edited');
  const diff = xen.locator('details.post-diff');
  await expect(diff.locator('summary')).toHaveText(/^What changed \(\d+ words? added, \d+ removed\)$/);
  await diff.locator('summary').click();
  await expect(diff.locator('ins')).toContainText(['for the security team']);
  await expect(diff.locator('del').filter({ hasText: 'PGP key' })).toHaveCount(1);
  await xen.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'out/screens/import-edited-diff.png', fullPage: false });

  await page.getByRole('button', { name: 'Import 1 change' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported:/ })).toContainText('1 edited');
  const updates = await rowsOf<{ postNumber?: number; revisions: { raw: string }[] }>(page, 'updates');
  expect(updates.find((u) => u.postNumber === 2)?.revisions).toHaveLength(1);
});
