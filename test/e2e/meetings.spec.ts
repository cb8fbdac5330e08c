import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openFreshApp } from './support/app';
import { importSampleThread } from './support/import';
import { expectAccessible } from './support/axe';
import { addCommittee } from './support/committee';
import { proposeRound } from './support/round';


async function screens(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `out/screens/${name}.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `out/screens/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('plan the round, build and export the Xen agenda, record the minutes and carry them to the next Xen meeting', async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  await importSampleThread(page);
  await addCommittee(page);

  // Plan the eight team meetings of the sample thread.
  await proposeRound(page, '2026-05-06');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByRole('checkbox', { checked: true })).toHaveCount(16);
  await expectAccessible(page);
  await screens(page, 'meetings-round-plan');
  await page.getByRole('button', { name: 'Create 8 meetings' }).click();
  const upcoming = page.getByRole('list', { name: 'Meetings coming up' });
  await expect(upcoming.getByRole('listitem')).toHaveCount(8);
  await expectAccessible(page);
  await screens(page, 'meetings-list');

  // Build the Xen agenda from the suggestions, then add and move a free entry by keyboard.
  await upcoming.getByRole('button', { name: /Xen/ }).click();
  const suggestions = page.getByRole('region', { name: 'Suggested for this agenda' });
  await expect(suggestions).toContainText('pre-disclosure');
  await suggestions.getByRole('button', { name: /Add \d+ to the agenda/ }).click();
  await expect(page.getByRole('list', { name: 'Entries in Blockers' }).getByRole('listitem')).not.toHaveCount(0);
  const status = page.getByRole('region', { name: 'Status check' });
  await status.getByPlaceholder('Add an entry to Status check').fill('Hosting costs');
  await status.getByRole('button', { name: 'Add' }).click();
  const hosting = page.getByRole('listitem', { name: 'Hosting costs' });
  await hosting.getByLabel('Timebox (min)').fill('4');
  await hosting.getByLabel('Presenter').fill('@tomberek');
  await hosting.getByLabel('Presenter').press('Tab');
  await hosting.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('list', { name: 'Entries in Asks and decisions' }).getByRole('listitem', { name: 'Hosting costs' })).toBeVisible();
  await expectAccessible(page);
  await screens(page, 'meetings-agenda');

  // Export it.
  await page.getByRole('tab', { name: 'Export' }).click();
  const preview = page.getByLabel(/Preview of agenda-2026-05-06/);
  await expect(preview).toHaveValue(/# Meeting agenda W19 - Wed 2026-05-06/);
  await expect(preview).toHaveValue(/Hosting costs — @tomberek \(4 min\)/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as file…' }).click();
  const saved = await download;
  expect(readFileSync(await saved.path(), 'utf8')).toContain('pre-disclosure');
  await expectAccessible(page);
  await screens(page, 'meetings-export');

  // Record the minutes: attendance, a decision and an action; the other topics stay open.
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const firstTopic = page.locator('.minutes-entry').filter({ hasText: 'pre-disclosure' }).first();
  await firstTopic.getByLabel('Minutes').fill('The SC supports applying.');
  await firstTopic.getByLabel('Conclusion').fill('Apply this week');
  // The box follows the saved entry, so it turns on once the save is through.
  await firstTopic.getByLabel(/Finished/).click();
  await expect(firstTopic.getByLabel(/Finished/)).toBeChecked();
  await firstTopic.getByRole('button', { name: 'Record a decision' }).click();
  const decisionForm = page.getByRole('form', { name: /Decision on/ });
  await decisionForm.getByLabel('Decision').fill('Apply to the Xen pre-disclosure list');
  const voters = decisionForm.getByRole('group', { name: 'Votes' }).getByRole('combobox');
  for (let i = 0; i < (await voters.count()); i++) await voters.nth(i).selectOption('+1');
  await decisionForm.getByRole('button', { name: 'Record decision' }).click();
  await expect(firstTopic).toContainText('Decision #1: Apply to the Xen pre-disclosure list (approved)');
  const actionForm = page.getByRole('form', { name: 'Add an action item' });
  await actionForm.getByLabel('What').fill('Send the application');
  await actionForm.getByLabel('Owner').selectOption({ label: 'Tom Bereknyei' });
  await actionForm.getByLabel('Due').fill('2026-05-13');
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('list', { name: 'Action items of this meeting' })).toContainText('Send the application');
  await page.getByRole('button', { name: 'Mark the meeting as held' }).click();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('held');
  await expectAccessible(page);
  await screens(page, 'meetings-minutes');
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByLabel('Minutes', { exact: true }).check();
  await expect(page.getByLabel(/Preview of minutes-/)).toHaveValue(/- \[ \] @tomberek: Send the application \(due 2026-05-13\)/);

  // The next Xen meeting receives the unfinished topics and the open action.
  await page.getByRole('button', { name: '← All meetings' }).click();
  const form = page.getByRole('form', { name: 'Plan a meeting' });
  const teamPicker = form.getByRole('combobox', { name: /^Team/ });
  await expect(teamPicker.locator('option', { hasText: /xen/i })).toHaveCount(1);
  const xenTeam = (await teamPicker.locator('option').allTextContents()).find((t) => /xen/i.test(t))!;
  await teamPicker.selectOption({ label: xenTeam });
  await form.getByLabel('Title (optional)').fill('Xen follow-up');
  await form.getByLabel('Date', { exact: true }).fill('2026-05-20');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xen follow-up' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries in Asks and decisions' }).getByRole('listitem', { name: 'Hosting costs' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries in Asks and decisions' })).not.toContainText('As mentioned in Current Status');
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await expect(page.getByRole('list', { name: 'Action items of this meeting' })).toContainText('Send the application');
  await expect(page.getByRole('list', { name: 'Action items of this meeting' })).toContainText('carried over');
  await screens(page, 'meetings-carried-over');
});

test('the templates tab shows the built-in templates and is accessible', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  await page.getByRole('tab', { name: 'Templates' }).click();
  await expect(page.getByRole('region', { name: /NixOS SC meeting/ })).toContainText('Sections: Attendees · Housekeeping');
  await expectAccessible(page);
  await screens(page, 'meetings-templates');
});
