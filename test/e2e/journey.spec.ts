/**
 * The SC's whole month, through the UI, from the sample thread: import, triage, decide on
 * the Xen pre-disclosure application with seven members' votes, plan the round, build the
 * Xen agenda, hold the meeting, record minutes, and export every document. Each document
 * is compared with a golden file under test/fixtures/journey/ (issue 13); the clock and
 * zone are fixed so the documents do not depend on the day the test runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './support/app';
import { importSampleThread } from './support/import';
import { savedFile } from './support/download';
import { expectGolden } from './support/golden';
import { addCommittee, SC_MEMBERS } from './support/committee';
import { createRound } from './support/round';

const COMMITTEE = [...SC_MEMBERS, ['cafkafk', 'cafkafk'], ['K900', 'K900']] as const;
const TODAY = new Date('2026-12-10T09:30:00Z');
const MEETING_DAY = '2026-12-14';

test.use({ timezoneId: 'UTC', locale: 'en-GB', actionTimeout: 20_000 });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

const listbox = (page: Page) => page.getByRole('listbox', { name: /^Items/ });

/** Items: tag the Xen approval ask, mark the marketing Matrix room ask confidential. */
async function triage(page: Page): Promise<void> {
  await nav(page, 'Items').click();
  await page.getByLabel('Search items, notes and teams').fill('matrix room');
  const matrix = listbox(page).getByRole('option', { name: /private matrix room for the marketing team/ });
  await matrix.click();
  const detail = page.getByRole('complementary');
  await detail.getByLabel(/^Confidential/).click();
  await expect(detail.getByLabel(/^Confidential/)).toBeChecked();
}

/** Decide on the Xen approval ask from the Items selection bar; seven members vote. */
async function decideXenApproval(page: Page): Promise<void> {
  await nav(page, 'Items').click();
  await page.getByLabel('Search items, notes and teams').fill('Approval from the Steering Committee');
  const ask = listbox(page).getByRole('option', { name: /Approval from the Steering Committee/ }).first();
  await ask.click();
  await listbox(page).focus();
  await page.keyboard.press('x');
  const bulk = page.getByRole('region', { name: 'Selected items' });
  await bulk.getByLabel('Add a tag').fill('security');
  await bulk.getByLabel('Add a tag').press('Enter');
  await expect(ask).toContainText('security');
  await bulk.getByRole('button', { name: 'Decide on selected…' }).click();

  const form = page.getByRole('form', { name: 'New decision' });
  await form.getByLabel('Title').fill('Approve the Xen team’s application to Xen’s security pre-disclosure list');
  await form.getByLabel('Question or motion').fill('The Steering Committee approves the Xen team’s application to the [Xen security pre-disclosure list](https://xenproject.org/developers/security-policy/).');
  await form.getByLabel('Rationale').fill('Early notice lets the team patch *before* an issue is public. The list needs:\n\n- a project e-mail address\n- a named security contact');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByRole('heading', { name: /#0001 Approve the Xen team/ })).toBeVisible();

  const votes = page.getByRole('region', { name: 'Votes' });
  for (const [name] of COMMITTEE.slice(0, 5)) await votes.getByRole('radiogroup', { name: `Vote of ${name}` }).getByRole('radio', { name: '+1' }).check();
  await votes.getByRole('radiogroup', { name: 'Vote of cafkafk' }).getByRole('radio', { name: 'Abstain' }).check();
  await votes.getByLabel('Rationale of cafkafk').fill('works with the Xen team');
  await votes.getByLabel('Rationale of K900').fill('Not present');
  await votes.getByLabel('Rationale of K900').press('Tab');
  await expect(votes.getByRole('status')).toContainText('5 in favour, 0 against, 1 abstaining, 1 not voted');
  await votes.getByRole('button', { name: 'Record outcome: Approved' }).click();
  await expect(page.locator('.decision-head .status-pill')).toHaveText('Approved');
}

async function exportVoteLogs(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export vote log…' }).click();
  const dialog = page.getByRole('dialog', { name: /Export vote log #0001/ });
  const layout = dialog.getByRole('combobox', { name: 'Layout' });
  const layouts = await layout.locator('option').allTextContents();
  expect(layouts.length).toBeGreaterThanOrEqual(2);
  for (const [index, label] of layouts.entries()) {
    await layout.selectOption({ label });
    const file = await savedFile(page, () => dialog.getByRole('button', { name: 'Save as file…' }).click());
    expectGolden(`vote-log-${index === 0 ? 'a' : 'b'}.md`, file.text);
  }
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('button', { name: 'Export decision log…' }).click();
  const log = page.getByRole('dialog', { name: 'Export the decision log' });
  await log.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Xen Project team' });
  expectGolden('decision-log-xen.md', (await savedFile(page, () => log.getByRole('button', { name: 'Save as file…' }).click())).text);
  await log.getByRole('button', { name: 'Close' }).first().click();
}

/**
 * The round's agendas as one document, once the Xen and marketing agendas have their
 * entries: the public version withholds the confidential Matrix room ask, the SC's marks it.
 */
async function exportRound(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← All meetings' }).click();
  await page.getByRole('list', { name: 'Meetings coming up' }).getByRole('button', { name: /Marketing/ }).click();
  await page.getByRole('region', { name: 'Suggested for this agenda' }).getByRole('button', { name: /Add \d+ to the agenda/ }).click();
  await expect(page.getByText(/private matrix room/i).first()).toBeVisible();
  await page.getByRole('button', { name: '← All meetings' }).click();
  expectGolden('round.md', (await savedFile(page, () => page.getByRole('button', { name: 'Save round agenda…' }).click())).text);
  await page.getByLabel('Public version (confidential entries withheld)').uncheck();
  expectGolden('round-internal.md', (await savedFile(page, () => page.getByRole('button', { name: 'Save round agenda…' }).click())).text);
}

async function meetingExport(page: Page, kind: 'Agenda' | 'Minutes' | 'Reply to the team', audience: 'Public' | 'SC internal'): Promise<string> {
  await page.getByRole('tab', { name: 'Export' }).click();
  const panel = page.getByRole('region', { name: 'Export' });
  await panel.getByRole('radio', { name: kind, exact: true }).check();
  if (kind !== 'Reply to the team') await panel.getByRole('radio', { name: audience === 'Public' ? /^Public/ : /^SC internal/ }).check();
  return (await savedFile(page, () => panel.getByRole('button', { name: 'Save as file…' }).click())).text;
}

async function holdXenMeeting(page: Page): Promise<void> {
  await page.getByRole('list', { name: 'Meetings coming up' }).getByRole('button', { name: /Xen/ }).click();
  const suggestions = page.getByRole('region', { name: 'Suggested for this agenda' });
  await suggestions.getByRole('button', { name: /Add \d+ to the agenda/ }).click();
  await page.getByText('Edit details').click();
  await page.getByLabel('Team representatives (comma-separated)').fill('Yaroslav, Hongbo');
  await page.getByLabel('Observers (comma-separated)').fill('@edef1c');
  await page.getByRole('button', { name: 'Save details' }).click();
  expectGolden('agenda-xen-public.md', await meetingExport(page, 'Agenda', 'Public'));
  expectGolden('agenda-xen-internal.md', await meetingExport(page, 'Agenda', 'SC internal'));

  await page.getByRole('tab', { name: 'Minutes' }).click();
  const attendance = page.getByRole('region', { name: 'Attendance' });
  const selects = attendance.getByRole('combobox');
  const count = await selects.count();
  // Both SC members and Yaroslav attend; Hongbo could not make it.
  expect(count).toBe(4);
  for (let i = 0; i < count; i++) await selects.nth(i).selectOption('present');
  await attendance.getByRole('combobox', { name: 'Hongbo' }).selectOption('absent');
  const topic = page.locator('.minutes-entry').filter({ hasText: 'alias' }).first();
  await topic.getByLabel('Minutes').fill('The infrastructure team creates aliases; see [the infra docs](https://nixos.org/community/teams/infrastructure/).\n\n- one alias for the team\n- `security@` is taken');
  await topic.getByLabel('Conclusion').fill('Ask the infrastructure team for the alias');
  await topic.getByLabel(/Finished/).click();
  await expect(topic.getByLabel(/Finished/)).toBeChecked();
  const actionForm = page.getByRole('form', { name: 'Add an action item' });
  await actionForm.getByLabel('What').fill('Ask the infrastructure team for an @nixos.org alias for the Xen team');
  await actionForm.getByLabel('Owner').selectOption({ label: 'Julien Malka' });
  await actionForm.getByLabel('Due').fill('2026-12-21');
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('button', { name: 'Mark the meeting as held' }).click();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('held');

  expectGolden('minutes-xen-public.md', await meetingExport(page, 'Minutes', 'Public'));
  expectGolden('minutes-xen-internal.md', await meetingExport(page, 'Minutes', 'SC internal'));
  expectGolden('reply-xen.md', await meetingExport(page, 'Reply to the team', 'Public'));
  await exportRound(page);
}

test('the SC month from the sample thread: every published document matches its golden file', async ({ page }) => {
  test.setTimeout(300_000);
  await page.clock.install({ time: TODAY });
  await openFreshApp(page);
  await addCommittee(page, COMMITTEE.length, COMMITTEE);
  await importSampleThread(page);
  await triage(page);
  await decideXenApproval(page);
  await exportVoteLogs(page);
  await createRound(page, MEETING_DAY);
  await holdXenMeeting(page);
});
