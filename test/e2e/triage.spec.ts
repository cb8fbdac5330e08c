import { expect, test, type Page } from '@playwright/test';
import { dismissNotices, openFreshApp } from './support/app';
import { importSampleThread } from './support/import';
import { expectAccessible } from './support/axe';
import { addCommittee } from './support/committee';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

const listbox = (page: Page) => page.getByRole('listbox', { name: /^Items/ });

test.describe('the triage workspace', () => {
  test('an SC member triages the sample thread and finds everything kept after a reload', async ({ page }) => {
    await openFreshApp(page);
    await addCommittee(page, 3);
    await importSampleThread(page);

    // Teams: assign the Xen team to two SC members.
    await nav(page, 'Teams').click();
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Xen/ }).click();
    const followers = page.getByRole('group', { name: 'SC members following Xen Project team' });
    // The boxes show what is stored, so they turn on once the change is saved.
    for (const name of ['Tom Bereknyei', 'Julien Malka']) {
      await followers.getByLabel(name).click();
      await expect(followers.getByLabel(name)).toBeChecked();
    }
    await expect(page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Xen/ })).toContainText('Followed by Tom Bereknyei, Julien Malka');
    await expectAccessible(page);
    await dismissNotices(page);
    await page.screenshot({ path: 'out/screens/triage-teams.png', fullPage: true });

    // Items: tag the Xen asks needs-decision (selection with x, then t).
    await nav(page, 'Items').click();
    await page.getByRole('group', { name: 'Saved filters' }).getByRole('button', { name: 'Open asks' }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Xen Project team' });
    const xenAsks = listbox(page).getByRole('option');
    await expect(xenAsks.first()).toBeVisible();
    const count = await xenAsks.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await listbox(page).focus();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('j');
      await page.keyboard.press('x');
    }
    await expect(page.getByText(`${count} selected`)).toBeVisible();
    await page.keyboard.press('t');
    const bulk = page.getByRole('region', { name: 'Selected items' });
    await expect(bulk.getByLabel('Add a tag')).toBeFocused();
    await page.keyboard.type('needs-decision');
    await page.keyboard.press('Enter');
    for (let i = 0; i < count; i++) await expect(xenAsks.nth(i)).toContainText('needs-decision');
    await page.screenshot({ path: 'out/screens/triage-items-selection.png' });
    await bulk.getByRole('button', { name: 'Clear selection' }).click();

    // Search "matrix" and find the marketing ask, word marked.
    await page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: /^Clear/ }).click();
    await listbox(page).focus();
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search items, notes and teams')).toBeFocused();
    await page.keyboard.type('matrix');
    const hit = listbox(page).getByRole('option', { name: /private matrix room for the marketing team/ });
    await expect(hit).toBeVisible();
    await expect(hit.locator('mark')).toHaveText('matrix');

    // Open it and mark it confidential.
    await hit.click();
    const detail = page.getByRole('complementary');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('private matrix room');
    await detail.getByLabel(/^Confidential/).click();
    await expect(detail.getByLabel(/^Confidential/)).toBeChecked();
    await expect(hit).toContainText('Confidential');
    await expectAccessible(page);
    await dismissNotices(page);
    await page.screenshot({ path: 'out/screens/triage-items.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'out/screens/triage-items-dark.png' });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.screenshot({ path: 'out/screens/triage-shortcuts-dark.png' });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });

    // Reload: everything is kept.
    await page.reload();
    await nav(page, 'Items').click();
    await page.getByLabel('Search items, notes and teams').fill('matrix');
    await expect(listbox(page).getByRole('option', { name: /private matrix room/ })).toContainText('Confidential');
    await page.getByLabel('Search items, notes and teams').fill('');
    await page.getByLabel('Tag', { exact: true }).selectOption({ label: 'needs-decision' });
    await expect(listbox(page).getByRole('option')).toHaveCount(count);
    await nav(page, 'Teams').click();
    await expect(page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Xen/ })).toContainText('Followed by Tom Bereknyei, Julien Malka');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: /^Xen/ }).click();
    await page.screenshot({ path: 'out/screens/triage-teams-dark.png', fullPage: true });
  });

  test('the tag manager and the item history work with the keyboard only', async ({ page }) => {
    await openFreshApp(page);
    await addCommittee(page, 3);
    await importSampleThread(page);
    await nav(page, 'Items').click();
    await listbox(page).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    const status = page.getByRole('complementary').getByLabel('Status', { exact: true });
    await expect(status).toBeFocused();
    await status.selectOption('triaged');
    await expect(page.getByRole('complementary').getByRole('region', { name: 'Changes' })).toContainText('status: New → Triaged');
    await listbox(page).focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('complementary').getByRole('region', { name: 'Changes' })).toContainText('(undone)');
    await page.getByRole('button', { name: 'Manage tags' }).click();
    await page.getByLabel('New tag').fill('infra');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'All tags' })).toBeVisible();
    await expectAccessible(page);
    await dismissNotices(page);
    await page.screenshot({ path: 'out/screens/triage-tags.png' });
  });

  test('the selection bar tells a tag all selected asks have from one only some have, and decides on them together', async ({ page }) => {
    await openFreshApp(page);
    await addCommittee(page, 3);
    await importSampleThread(page);
    await nav(page, 'Items').click();
    await page.getByRole('group', { name: 'Saved filters' }).getByRole('button', { name: 'Open asks' }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Xen Project team' });
    await expect(listbox(page).getByRole('option').nth(1)).toBeVisible();
    const bulk = page.getByRole('region', { name: 'Selected items' });

    // Tag the first ask alone, then add the second to the selection.
    await listbox(page).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.keyboard.press('t');
    await expect(bulk.getByLabel('Add a tag')).toBeFocused();
    await page.keyboard.type('security');
    await page.keyboard.press('Enter');
    await expect(bulk.getByRole('button', { name: 'Remove tag security', exact: true })).toBeVisible();
    await listbox(page).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect(bulk.getByText('2 selected')).toBeVisible();

    // The tag is on one of the two: shown as such, not with the plain ×.
    const chips = bulk.getByRole('list', { name: 'Tags' });
    await expect(chips.getByRole('listitem')).toHaveCount(1);
    await expect(chips.getByRole('listitem')).toContainText('security (1 of 2)');
    await expect(chips.getByRole('button', { name: 'Remove tag security', exact: true })).toHaveCount(0);
    await expect(chips.getByRole('button', { name: 'Remove tag security from the 1 selected item that has it' })).toBeVisible();
    await expectAccessible(page);
    await chips.getByRole('button', { name: 'Add tag security to all 2 selected items' }).click();
    await expect(chips.getByRole('button', { name: 'Remove tag security', exact: true })).toBeVisible();
    await expect(chips).not.toContainText('of 2');
    await expect(listbox(page).getByRole('option', { selected: true })).toHaveCount(2);
    for (const option of await listbox(page).getByRole('option', { selected: true }).all()) await expect(option).toContainText('security');

    // Decide on both: a new decision on the Decisions screen, linked to the two asks.
    await bulk.getByRole('button', { name: 'Decide on selected…' }).click();
    const form = page.getByRole('form', { name: 'New decision' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('group', { name: 'Asks it decides' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expectAccessible(page);
  });
});
