/**
 * Accessibility on every view (issue 12): axe-core finds no serious or critical violation
 * on any main view of the navigation or any dialog, in the light and the dark colour
 * scheme (the app follows the system's), both empty and filled with the sample thread,
 * the SC roster, decisions, meetings and backups.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dismissNotices, openFreshApp } from './support/app';
import { expectAccessible, type ColorScheme } from './support/axe';
import { addCommittee, SC_MEMBERS } from './support/committee';
import { fixturePath, importFilesThroughUi, importSampleThread, SAMPLE_THREAD } from './support/import';
import { proposeRound } from './support/round';

const BOTH: readonly ColorScheme[] = ['light', 'dark'];

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** Checks the page as it is now in both colour schemes; a failure is recorded and the walk goes on. */
const check = (page: Page, label: string) => expectAccessible(page, { schemes: BOTH, label, soft: true });

/** Opens every closed disclosure inside `scope`, so axe checks what they hide too. */
async function openDetails(scope: Locator): Promise<void> {
  await scope.locator('details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
}

/** WCAG contrast ratio of two computed colours (rgb()/rgba() strings, alpha ignored). */
function contrastOf(fg: string, bg: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
}

/** The title's and the meta line's contrast on a post's card, from the computed colours. */
async function postContrast(post: Locator): Promise<{ title: number; meta: number }> {
  const colors = await post.evaluate((li) => {
    const color = (selector: string) => getComputedStyle(li.querySelector(selector)!).color;
    return { bg: getComputedStyle(li).backgroundColor, opacity: getComputedStyle(li).opacity, title: color('.post-title'), meta: color('.post-meta') };
  });
  expect(colors.opacity, 'a dimmed post is dimmed by its colours, not by opacity').toBe('1');
  return { title: contrastOf(colors.title, colors.bg), meta: contrastOf(colors.meta, colors.bg) };
}

async function screenshots(target: Page | Locator, page: Page, name: string): Promise<void> {
  for (const scheme of BOTH) {
    await page.emulateMedia({ colorScheme: scheme });
    await target.screenshot({ path: `out/screens/${name}${scheme === 'dark' ? '-dark' : ''}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('accessibility on every view', () => {
  // Every check runs axe twice (light and dark); a walk makes a dozen of them.
  test.describe.configure({ timeout: 150_000 });

  test('the empty workspace: welcome, every view before anything is imported, and the empty dialogs', async ({ page }) => {
    await openFreshApp(page);
    await nav(page, 'Teams').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steering Desk' })).toBeVisible();
    await check(page, 'welcome');

    await nav(page, 'Items').click();
    await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
    await check(page, 'items, empty');

    await nav(page, 'Decisions').click();
    await expect(page.getByRole('tab', { name: 'Decision log' })).toHaveAttribute('aria-selected', 'true');
    await check(page, 'decision log, empty');
    await page.getByRole('button', { name: 'New decision' }).click();
    await expect(page.getByRole('form', { name: 'New decision' })).toBeVisible();
    await check(page, 'new decision form, empty');
    await page.getByRole('button', { name: 'Export decision log…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export the decision log' })).toBeVisible();
    await check(page, 'decision log export dialog, empty');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('tab', { name: 'Action items' }).click();
    await check(page, 'action items, empty');
    await page.getByRole('tab', { name: 'Export templates' }).click();
    await expect(page.getByLabel('Template preview')).toBeVisible();
    await check(page, 'export templates');

    await nav(page, 'Meetings').click();
    await check(page, 'meetings, empty');
    await page.getByRole('tab', { name: 'Plan a round' }).click();
    await check(page, 'round planner, empty');
    await page.getByRole('tab', { name: 'Templates' }).click();
    await expect(page.getByRole('region', { name: /NixOS SC meeting/ })).toBeVisible();
    await check(page, 'meeting templates');

    await nav(page, 'Import').click();
    await expect(page.getByRole('region', { name: 'From files' })).toBeVisible();
    await check(page, 'import sources');
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await expect(page.getByRole('alert')).toContainText('Paste the thread’s text');
    await check(page, 'import sources, paste refused');

    await nav(page, 'Settings').click();
    await expect(page.getByRole('region', { name: 'Backup & restore' })).toBeVisible();
    await check(page, 'settings, empty');

    // Welcome again with a step done (the member and the committee known, nothing imported yet).
    await addCommittee(page, 2);
    await dismissNotices(page);
    await nav(page, 'Teams').click();
    await expect(page.getByRole('heading', { level: 2, name: /Say who you are and add the committee \(done\)/ })).toBeVisible();
    await screenshots(page.getByRole('list').filter({ hasText: 'Import the team updates' }), page, 'a11y-welcome-step-done');
    await check(page, 'welcome, one step done');
  });

  test('the import preview, light and dark, with its dimmed posts, post boundaries and a new team’s name', async ({ page }) => {
    await openFreshApp(page);
    await importFilesThroughUi(page, [SAMPLE_THREAD]);
    const posts = page.getByRole('list', { name: 'Posts to import' });
    const dimmed = posts.locator(':scope > li').filter({ hasText: 'not a team update' }).first();
    await expect(dimmed).toBeVisible();
    await expect(dimmed.getByRole('checkbox').first()).not.toBeChecked();
    await dimmed.scrollIntoViewIfNeeded();
    await screenshots(dimmed, page, 'a11y-import-preview-dimmed');
    // Left out, the post looks dimmed next to an included one, yet all of its text stays readable.
    const included = posts.getByRole('listitem', { name: 'Xen Project team' });
    for (const scheme of BOTH) {
      await page.emulateMedia({ colorScheme: scheme });
      const [left, kept] = [await postContrast(dimmed), await postContrast(included)];
      test.info().annotations.push({ type: `contrast (${scheme})`, description: `dimmed title ${left.title}:1, meta ${left.meta}:1; included title ${kept.title}:1, meta ${kept.meta}:1` });
      expect.soft(left.title, `dimmed title, ${scheme}`).toBeGreaterThanOrEqual(4.5);
      expect.soft(left.meta, `dimmed meta line, ${scheme}`).toBeGreaterThanOrEqual(4.5);
      expect.soft(left.title, `dimmed title fainter than an included one, ${scheme}`).toBeLessThan(kept.title);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
    await screenshots(page, page, 'a11y-import-preview');
    await check(page, 'import preview');

    // What the disclosures hide: the warnings, the post boundaries of the copied text, each post's sections.
    await openDetails(page.locator('.import-preview'));
    await expect(page.locator('.boundary-lines')).toBeVisible();
    await check(page, 'import preview, every disclosure open');

    // A post moved to a team of the member's own naming.
    const first = posts.getByRole('listitem', { name: 'Xen Project team' });
    await first.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Another new team…' });
    await expect(first.getByLabel('New team’s name')).toBeFocused();
    await check(page, 'import preview, naming a new team');
    await first.getByLabel('New team’s name').fill('Infrastructure team');
    await first.getByRole('button', { name: 'Use this team' }).click();
    await expect(page.locator('.import-summary')).toContainText('New teams:');

    await page.getByRole('button', { name: /^Import \d+ updates?$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /Imported:/ })).toBeVisible();
    await check(page, 'import sources with the imported thread and the notice');
    await dismissNotices(page);

    // A file that cannot be read.
    await importFilesThroughUi(page, [fixturePath('import/bad/error-page.json')]);
    await expect(page.getByRole('alert')).toContainText('could not be imported');
    await check(page, 'import failed');
  });

  test('teams and items, filled: the name prompt, tags and their delete confirmation, shortcuts, a selection', async ({ page }) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await dismissNotices(page);

    await nav(page, 'Teams').click();
    const teams = page.getByRole('navigation', { name: 'Teams' });
    await teams.getByRole('button', { name: /^Xen/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Xen Project team' })).toBeVisible();
    await openDetails(page.locator('.team-detail'));
    await check(page, 'teams, Xen Project team');

    await nav(page, 'Items').click();
    const listbox = page.getByRole('listbox', { name: /^Items/ });
    await expect(listbox.getByRole('option').first()).toBeVisible();
    await check(page, 'items, none chosen');
    await listbox.getByRole('option', { name: /private matrix room/ }).click();
    const detail = page.getByRole('complementary');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('private matrix room');
    await check(page, 'items, one chosen');

    // The first change without a name asks who the member is.
    await detail.getByLabel(/^Confidential/).click();
    const prompt = page.getByRole('dialog', { name: 'Who are you?' });
    await expect(prompt).toBeVisible();
    await check(page, 'name prompt');
    await prompt.getByRole('button', { name: 'Save and continue' }).click();
    await expect(prompt.getByRole('alert')).toBeVisible();
    await check(page, 'name prompt, refused');
    await prompt.getByLabel('Your name').fill(SC_MEMBERS[0][0]);
    await prompt.getByRole('button', { name: 'Save and continue' }).click();
    await expect(prompt).toBeHidden();
    await expect(detail.getByLabel(/^Confidential/)).toBeChecked();

    // "Not for the SC" asks for the reason the team will read; a note and the history.
    await detail.getByLabel('Status', { exact: true }).selectOption('not-for-sc');
    await expect(detail.getByLabel(/Why is it not for the SC/)).toBeVisible();
    await detail.getByRole('textbox', { name: 'New note' }).fill('Ask the marketing team who should be in the room.');
    await detail.getByRole('button', { name: 'Add note' }).click();
    await expect(detail.locator('.notes')).toContainText('who should be in the room');
    await dismissNotices(page);
    await check(page, 'item with the status reason, a note and its history');
    await detail.getByRole('button', { name: 'Cancel' }).click();

    // A tag on the item, then the tag manager and the question before deleting a tag in use.
    await detail.getByLabel('Add a tag').fill('needs-decision');
    await detail.getByLabel('Add a tag').press('Enter');
    await expect(listbox.getByRole('option', { name: /private matrix room/ })).toContainText('needs-decision');
    await page.getByRole('button', { name: 'Manage tags' }).click();
    const tags = page.getByRole('dialog', { name: 'Tags' });
    await tags.getByLabel('New tag').fill('infra');
    await tags.getByRole('button', { name: 'Create tag' }).click();
    await expect(tags.getByRole('list', { name: 'All tags' }).getByRole('listitem')).toHaveCount(2);
    await dismissNotices(page);
    await check(page, 'tag manager');
    const inUse = tags.getByRole('listitem').filter({ hasText: '1 item' });
    await inUse.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toContainText('Delete the tag');
    await check(page, 'tag delete confirmation');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Keep it' }).click();
    await tags.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check(page, 'keyboard shortcuts');
    await page.keyboard.press('Escape');

    // Several items selected: the bulk bar.
    await listbox.focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('j');
      await page.keyboard.press('x');
    }
    await expect(page.getByRole('region', { name: 'Selected items' })).toBeVisible();
    await dismissNotices(page);
    await check(page, 'items, three selected');
    await page.getByRole('region', { name: 'Selected items' }).getByRole('button', { name: 'Clear selection' }).click();

    await page.getByLabel('Search items, notes and teams').fill('zzzz no such word');
    await expect(page.getByText('No item matches these words.')).toBeVisible();
    await check(page, 'items, nothing matches');
  });

  test('decisions filled: a decision with votes and an action, both export dialogs, the action items', async ({ page }) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await addCommittee(page);
    await nav(page, 'Decisions').click();

    await page.getByRole('button', { name: 'New decision' }).click();
    const form = page.getByRole('form', { name: 'New decision' });
    await form.getByLabel('Title').fill('Approve the Xen team’s application to Xen’s security pre-disclosure list');
    await form.getByLabel('Question or motion').fill('The Steering Committee approves the Xen team’s application.');
    await form.getByLabel('Rationale').fill('Early notice lets the team patch security issues before they are disclosed.');
    await form.getByRole('checkbox', { name: /Approval from the Steering Committee/ }).check();
    await dismissNotices(page);
    await check(page, 'new decision form, filled');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect(page.getByRole('heading', { name: /#0001 Approve the Xen team/ })).toBeVisible();

    const votes = page.getByRole('region', { name: 'Votes' });
    for (const [name] of SC_MEMBERS.slice(0, 3)) await votes.getByRole('radiogroup', { name: `Vote of ${name}` }).getByRole('radio', { name: '+1' }).check();
    await votes.getByRole('radiogroup', { name: 'Vote of Robert Hensing' }).getByRole('radio', { name: '−1' }).check();
    await votes.getByRole('radiogroup', { name: 'Vote of John Ericson' }).getByRole('radio', { name: 'Abstain' }).check();
    await expect(votes.getByRole('status')).toContainText('3 in favour, 1 against, 1 abstaining');
    await dismissNotices(page);
    await check(page, 'decision, votes in');
    await votes.getByRole('button', { name: 'Record outcome: Approved' }).click();
    await expect(page.locator('.decision-head .status-pill')).toHaveText('Approved');

    const actionForm = page.getByRole('form', { name: 'Add an action for this decision' });
    await actionForm.getByLabel('What needs to be done').fill('Ask the infrastructure team for an @nixos.org alias for the Xen team');
    await actionForm.getByLabel('Due on (optional)').fill('2026-12-09');
    await actionForm.getByRole('button', { name: 'Add action' }).click();
    await expect(actionForm.getByRole('alert')).toContainText('Choose who owns this action.');
    await dismissNotices(page);
    await check(page, 'action form, refused');
    await actionForm.getByLabel('Owner is').selectOption('member');
    await actionForm.getByRole('combobox', { name: /^Owner(?! is)/ }).selectOption({ label: 'Tom Bereknyei' });
    await actionForm.getByRole('button', { name: 'Add action' }).click();
    await expect(page.getByRole('list', { name: 'Actions of decision 0001' })).toContainText('@nixos.org alias');
    await dismissNotices(page);
    await check(page, 'decision, approved, with an action');

    await page.getByRole('button', { name: 'Export vote log…' }).click();
    const voteLog = page.getByRole('dialog', { name: /Export vote log #0001/ });
    await expect(voteLog.getByLabel('Preview')).toContainText('## Final Tally');
    await check(page, 'vote log export dialog');
    await voteLog.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('button', { name: 'Export decision log…' }).click();
    const log = page.getByRole('dialog', { name: 'Export the decision log' });
    await expect(log.getByLabel('Preview')).toContainText('0001');
    await check(page, 'decision log export dialog');
    await log.getByRole('button', { name: 'Close' }).first().click();

    await page.getByRole('tab', { name: 'Action items' }).click();
    await expect(page.getByRole('list', { name: 'All open actions' })).toContainText('@nixos.org alias');
    await check(page, 'action items');
    await page.getByRole('tab', { name: 'Decision log' }).click();
    await check(page, 'decision log');
  });

  test('meetings filled: a planned round, an agenda, minutes with a decision and an action, the export', async ({ page }) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await addCommittee(page);
    await proposeRound(page, '2026-05-06');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(9);
    await dismissNotices(page);
    await check(page, 'round planner, proposed');
    await page.getByRole('button', { name: 'Create 8 meetings' }).click();
    const upcoming = page.getByRole('list', { name: 'Meetings coming up' });
    await expect(upcoming.getByRole('listitem')).toHaveCount(8);
    await dismissNotices(page);
    await check(page, 'meetings coming up');

    await upcoming.getByRole('button', { name: /Xen/ }).click();
    const suggestions = page.getByRole('region', { name: 'Suggested for this agenda' });
    await expect(suggestions).toContainText('pre-disclosure');
    await dismissNotices(page);
    await check(page, 'agenda with suggestions');
    await suggestions.getByRole('button', { name: /Add \d+ to the agenda/ }).click();
    await expect(page.getByRole('list', { name: 'Entries in Blockers' }).getByRole('listitem')).not.toHaveCount(0);
    await openDetails(page.locator('.meetings'));
    await dismissNotices(page);
    await check(page, 'agenda filled');

    await page.getByRole('tab', { name: 'Minutes' }).click();
    const topic = page.locator('.minutes-entry').filter({ hasText: 'pre-disclosure' }).first();
    await topic.getByLabel('Minutes').fill('The SC supports applying.');
    await topic.getByLabel('Conclusion').fill('Apply this week');
    await topic.getByRole('button', { name: 'Record a decision' }).click();
    const decisionForm = page.getByRole('form', { name: /Decision on/ });
    await decisionForm.getByLabel('Decision').fill('Apply to the Xen pre-disclosure list');
    await dismissNotices(page);
    await check(page, 'minutes with the decision form');
    const voters = decisionForm.getByRole('group', { name: 'Votes' }).getByRole('combobox');
    for (let i = 0; i < (await voters.count()); i++) await voters.nth(i).selectOption('+1');
    await decisionForm.getByRole('button', { name: 'Record decision' }).click();
    await expect(topic).toContainText('Decision #1');
    const actionForm = page.getByRole('form', { name: 'Add an action item' });
    await actionForm.getByLabel('What').fill('Send the application');
    await actionForm.getByLabel('Owner').selectOption({ label: 'Tom Bereknyei' });
    await actionForm.getByRole('button', { name: 'Add action' }).click();
    await expect(page.getByRole('list', { name: 'Action items of this meeting' })).toContainText('Send the application');
    await dismissNotices(page);
    await check(page, 'minutes filled');

    await page.getByRole('tab', { name: 'Export' }).click();
    await expect(page.getByLabel(/Preview of agenda-2026-05-06/)).toHaveValue(/pre-disclosure/);
    await check(page, 'meeting export');

    await page.getByRole('button', { name: '← All meetings' }).click();
    await expect(page.getByRole('form', { name: 'Plan a meeting' })).toBeVisible();
    await check(page, 'meetings with a minuted meeting');

    // The preview of past minutes: one file that is minutes, one that is not.
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose minutes files…' }).click();
    await (await choosing).setFiles([fixturePath('reference/minutes/2026-04-29.md'), fixturePath('import/bad/error-page.json')]);
    const minutes = page.getByRole('region', { name: 'Minutes to import' });
    await expect(minutes.getByRole('article')).toHaveCount(2);
    await check(page, 'past minutes preview');
  });

  test('settings filled: the roster, the backups, the restore confirmation, the undo and a refused file', async ({ page }, testInfo) => {
    await openFreshApp(page);
    await importSampleThread(page);
    await addCommittee(page);
    await dismissNotices(page);
    const panel = page.getByRole('region', { name: 'Backup & restore' });
    await check(page, 'settings with the roster');

    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Back up now…' }).click();
    const download = await downloading;
    const backupPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(backupPath);

    const choosing = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosing).setFiles(backupPath);
    const confirm = page.getByRole('region', { name: `Restore ${download.suggestedFilename()}?` });
    await expect(confirm.getByRole('row', { name: /Teams/ })).toContainText('8');
    await dismissNotices(page);
    await check(page, 'restore confirmation');
    await confirm.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
    await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Automatic backups' })).toContainText('before a restore');
    await dismissNotices(page);
    await check(page, 'restored, with the undo and the automatic backups');

    const damaged = testInfo.outputPath('damaged.json');
    const { readFile, writeFile } = await import('node:fs/promises');
    const text = await readFile(backupPath, 'utf8');
    await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
    const choosingDamaged = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosingDamaged).setFiles(damaged);
    await expect(panel.getByRole('alert')).toContainText('damaged.json');
    await check(page, 'restore refused');
  });
});
