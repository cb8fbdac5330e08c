/**
 * Dates read one way per kind across the screens, in the member's locale (issue 13): an
 * item's history and notes, a team's updates, a decision's days, the backups. The member
 * is in en-GB and in Los Angeles, where reading a stored day `2026-12-14` as an instant
 * would show 13 Dec. The sample thread is imported from its saved topic JSON, whose posts
 * carry their dates. Screenshots go to out/screens/dates-*.png.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dismissNotices, openFreshApp } from './support/app';
import { addCommittee } from './support/committee';
import { fixturePath, importFilesThroughUi } from './support/import';

test.use({ locale: 'en-GB', timezoneId: 'America/Los_Angeles' });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
const DAY = /^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/;
const MOMENT = /^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/;
// What the screens used to mix in: 25/11/2024, 12/5/2024, 2024-11-25, 04/12/2026 04:16:28.
const OTHER_FORMATS = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\d{2}:\d{2}:\d{2}/;

/** Every <time> inside `scope` reads as `pattern`, and there is at least one. */
async function expectTimes(scope: Locator, pattern: RegExp): Promise<void> {
  const texts = await scope.locator('time').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expect(t).toMatch(pattern);
}

/** No text inside `scope` reads as one of the old formats. */
async function expectNoOtherFormats(scope: Locator): Promise<void> {
  for (const text of await scope.allTextContents()) expect(text).not.toMatch(OTHER_FORMATS);
}

async function shot(page: Page, name: string, scrollTo?: Locator): Promise<void> {
  await dismissNotices(page);
  if (scrollTo) await scrollTo.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `out/screens/dates-${name}.png` });
}

test('dates read one way per kind on the item, team, decision and backup screens', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  await importFilesThroughUi(page, [fixturePath('import/sample/topic-56458.json'), fixturePath('import/sample/posts-56458-page2.json')]);
  const importButton = page.getByRole('button', { name: /^Import \d+ updates?$/ });
  await expect(importButton).toBeEnabled();
  await shot(page, 'import-preview');
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();
  await addCommittee(page, 2);

  // An item: a status change (history) and a note, both moments.
  await nav(page, 'Items').click();
  await page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Xen Project team' });
  await page.getByRole('listbox', { name: /^Items/ }).getByRole('option').first().click();
  const detail = page.getByRole('complementary');
  await detail.getByLabel('Status', { exact: true }).selectOption('triaged');
  await detail.getByRole('textbox', { name: 'New note' }).fill('Ask the Xen team for the list’s address.');
  await detail.getByRole('button', { name: 'Add note' }).click();
  await expect(detail.locator('.notes')).toContainText('list’s address');
  await expectTimes(detail.locator('.notes'), MOMENT);
  await expectTimes(detail.getByRole('region', { name: 'Changes' }), MOMENT);
  await expectNoOtherFormats(detail.locator('.note-meta, .history'));
  await shot(page, 'item-notes', detail.locator('.notes'));
  await shot(page, 'item-history', detail.getByRole('region', { name: 'Changes' }));

  // A team page: the day of each update and the team's history.
  await nav(page, 'Teams').click();
  await page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Xen/ }).click();
  const team = page.locator('.team-detail');
  await expect(team.getByRole('heading', { name: 'Latest update' })).toBeVisible();
  // Posted 2024-11-25T13:00Z: 25 Nov in Los Angeles too.
  const updateLine = team.locator('.update-view > p.muted').first();
  await expect(updateLine.locator('time')).toHaveText('25 Nov 2024');
  await expectTimes(updateLine, DAY);
  await expectNoOtherFormats(updateLine);
  await shot(page, 'team');

  // A decision: its day, chosen in the date input, shown as that day, not the day before.
  await nav(page, 'Decisions').click();
  await page.getByRole('button', { name: 'New decision' }).click();
  const form = page.getByRole('form', { name: 'New decision' });
  await form.getByLabel('Title').fill('Apply to the Xen pre-disclosure list');
  await form.getByLabel('Review on (optional)').fill('2027-06-01');
  await form.getByRole('button', { name: 'Record decision' }).click();
  const head = page.locator('.decision-head');
  await head.getByRole('group', { name: 'Change the status' }).getByLabel('Decided on').fill('2026-12-14');
  await head.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(head.locator('.status-pill')).toHaveText('Approved');
  const facts = head.locator('.facts');
  await expect(facts.locator('time[datetime="2026-12-14"]')).toHaveText('14 Dec 2026');
  await expect(facts.locator('time[datetime="2027-06-01"]')).toHaveText('1 Jun 2027');
  await expectNoOtherFormats(facts);
  await shot(page, 'decision');

  // Backups: when a backup was made, on the restore question and in the list.
  await nav(page, 'Settings').click();
  const panel = page.getByRole('region', { name: 'Backup & restore' });
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Back up now…' }).click();
  const download = await downloading;
  const backupPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(backupPath);
  const choosing = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosing).setFiles(backupPath);
  const confirm = page.getByRole('region', { name: `Restore ${download.suggestedFilename()}?` });
  await expect(confirm).toBeVisible();
  await expectTimes(confirm, MOMENT);
  await shot(page, 'restore-confirm', confirm);
  await confirm.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
  const list = panel.getByRole('list', { name: 'Automatic backups' });
  await expect(list).toContainText('before a restore');
  for (const when of await list.locator('.backup-when').allTextContents()) expect(when).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} — /);
  await shot(page, 'backups', list);
});
