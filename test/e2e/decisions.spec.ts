import { expect, test, type Page } from '@playwright/test';
import { savedFile } from './support/download';
import { openFreshApp } from './support/app';
import { importSampleThread } from './support/import';
import { expectAccessible } from './support/axe';
import { addCommittee, SC_MEMBERS as MEMBERS } from './support/committee';

const TITLE = 'Approve the Xen team’s application to Xen’s security pre-disclosure list';

// Screens show dates in the member's locale (issue 13); the exports stay ISO whatever it is.
test.use({ locale: 'en-GB' });

async function screens(page: Page, name: string, scrollTo?: string): Promise<void> {
  // The workspace scrolls inside the window, so a full-page shot shows only what is scrolled into view.
  if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
  else await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `out/screens/${name}.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `out/screens/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}


test('decide the Xen approval with five votes, add the alias action, export the vote log and the decision log', async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  await importSampleThread(page);
  await addCommittee(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Decisions' }).click();

  // Record the decision, linked to the Xen team's ask for approval.
  await page.getByRole('button', { name: 'New decision' }).click();
  const form = page.getByRole('form', { name: 'New decision' });
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Question or motion').fill('The Steering Committee approves the Xen team’s application to Xen’s security pre-disclosure list.');
  await form.getByLabel('Rationale').fill('Early notice lets the team patch security issues before they are disclosed.');
  await form.getByRole('checkbox', { name: /Approval from the Steering Committee/ }).check();
  await expectAccessible(page);
  await screens(page, 'decisions-new');
  await screens(page, 'decisions-new-links', '.check-list');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByRole('heading', { name: /#0001 Approve the Xen team/ })).toBeVisible();

  // Five votes: four in favour, one abstention with its reason; the outcome follows live.
  const votes = page.getByRole('region', { name: 'Votes' });
  for (const [name] of MEMBERS.slice(0, 4)) await votes.getByRole('radiogroup', { name: `Vote of ${name}` }).getByRole('radio', { name: '+1' }).check();
  await votes.getByRole('radiogroup', { name: 'Vote of John Ericson' }).getByRole('radio', { name: 'Abstain' }).check();
  await votes.getByLabel('Rationale of John Ericson').fill('recused: works with the Xen team');
  await votes.getByLabel('Rationale of John Ericson').press('Tab');
  await expect(votes.getByRole('status')).toContainText('4 in favour, 0 against, 1 abstaining, 0 not voted (1 recused)');
  await votes.getByRole('button', { name: 'Record outcome: Approved' }).click();
  await expect(page.locator('.decision-head .status-pill')).toHaveText('Approved');

  // The action that follows: ask the infrastructure team for the alias.
  const actionForm = page.getByRole('form', { name: 'Add an action for this decision' });
  await actionForm.getByLabel('What needs to be done').fill('Ask the infrastructure team for an @nixos.org alias for the Xen team');
  await actionForm.getByLabel('Owner is').selectOption('member');
  // A select's name includes its chosen option, so match “Owner …” but not “Owner is …”.
  await actionForm.getByRole('combobox', { name: /^Owner(?! is)/ }).selectOption({ label: 'Tom Bereknyei' });
  await actionForm.getByLabel('Due on (optional)').fill('2026-12-09');
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  const actions = page.getByRole('list', { name: 'Actions of decision 0001' });
  await expect(actions).toContainText('@nixos.org alias');
  await expect(actions).toContainText('@tomberek');
  await expect(actions).toContainText('due 9 Dec 2026');
  await expectAccessible(page);
  await screens(page, 'decisions-detail');
  await screens(page, 'decisions-votes', '.vote-panel');

  // The vote log, in the newer SC layout.
  await page.getByRole('button', { name: 'Export vote log…' }).click();
  const dialog = page.getByRole('dialog', { name: /Export vote log #0001/ });
  await expect(dialog.getByLabel('Preview')).toContainText('## Final Tally');
  await expectAccessible(page);
  await screens(page, 'decisions-export-vote-log');
  const voteLog = await savedFile(page, () => dialog.getByRole('button', { name: 'Save as file…' }).click());
  expect(voteLog.name).toMatch(/^0001-approve-the-xen-team-s-application-to-xen-s-security.*\.md$/);
  expect(voteLog.text).toContain(`# 0001: ${TITLE}`);
  expect(voteLog.text).toContain('**Status:** Approved');
  expect(voteLog.text).toContain('* **In Favor (+1):** 4');
  expect(voteLog.text).toContain('| **John Ericson** | `Abstain` | recused: works with the Xen team |');
  expect(voteLog.text).toContain('Approval from the Steering Committee');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The decision log of the period, as one document.
  await page.getByRole('button', { name: 'Export decision log…' }).click();
  const logDialog = page.getByRole('dialog', { name: 'Export the decision log' });
  await logDialog.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Xen Project team' });
  const log = await savedFile(page, () => logDialog.getByRole('button', { name: 'Save as file…' }).click());
  expect(log.name).toBe('decision-log-xen-project-team.md');
  expect(log.text).toContain('# Decision log: Xen Project team');
  expect(log.text).toContain(`## 0001: ${TITLE}`);
  expect(log.text).toContain('* **Tally:** +1: 4, -1: 0, abstain: 1, no vote: 0');
  await logDialog.getByRole('button', { name: 'Close' }).first().click();

  // The action shows up among the open actions; the log and template editor pass the accessibility check.
  await page.getByRole('tab', { name: 'Action items' }).click();
  await expect(page.getByRole('list', { name: 'All open actions' })).toContainText('@nixos.org alias');
  await expectAccessible(page);
  await screens(page, 'decisions-actions');
  await page.getByRole('tab', { name: 'Export templates' }).click();
  await expect(page.getByLabel('Template preview')).toBeVisible();
  await expectAccessible(page);
  await screens(page, 'decisions-templates');
});
