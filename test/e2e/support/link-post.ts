/**
 * A forum thread whose team update links out in every way a post can (SECURITY.md check 23),
 * imported through the Import screen's paste field so the same steps work in the browser
 * build and in the desktop app (where the file picker is a native dialog).
 */
import { expect, type Page } from '@playwright/test';

export const LINK_TEAM = 'Links team';

/**
 * The links of the post: its visible text, and the URL a click must hand to the opener
 * (normalised as the URL parser writes it), or null when a click must open nothing.
 */
export const POST_LINKS: readonly { text: string; opens: string | null }[] = [
  { text: 'plain web link', opens: 'http://example.com/status' },
  // Upper-case scheme and host, a space in the path: opened as https://example.org/a%20b.
  { text: 'odd web link', opens: 'https://example.org/a%20b' },
  { text: 'script link', opens: null },
  { text: 'file link', opens: null },
  { text: 'link with a password', opens: null },
];

const RAW = [
  `# ${LINK_TEAM}`,
  '',
  '## Status',
  '',
  '- See the [plain web link](http://example.com/status) for the numbers.',
  '- See the [odd web link](<HTTPS://Example.org/a b>) too.',
  '- Do not follow the [script link](javascript:alert(document.domain)).',
  '- Nor the [file link](file:///etc/passwd).',
  '- Nor the [link with a password](https://sc:secret@example.net/).',
].join('\n');

/** A Discourse topic export (`/t/…json`) with the SC's opening post and the linking update. */
export const LINK_THREAD_JSON = JSON.stringify({
  id: 91001,
  title: 'Community Team Updates',
  slug: 'community-team-updates',
  post_stream: {
    posts: [
      {
        id: 910001,
        username: 'sc_member',
        created_at: '2026-04-01T10:00:00.000Z',
        post_number: 1,
        raw: 'Please post your team update in this thread: status, blockers, asks and budget.',
      },
      { id: 910002, username: 'links_lead', created_at: '2026-04-02T10:00:00.000Z', post_number: 2, raw: RAW },
    ],
  },
});

/** Imports the thread through the paste field and opens the team's update under Teams. */
export async function importLinkPost(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Text copied from the thread in your browser').fill(LINK_THREAD_JSON);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const importButton = page.getByRole('button', { name: /^Import \d+ updates?$/ });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();
  await nav.getByRole('button', { name: 'Teams' }).click();
  await page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: new RegExp(`^${LINK_TEAM}`) }).click();
  await expect(page.getByText('plain web link')).toBeVisible();
}
