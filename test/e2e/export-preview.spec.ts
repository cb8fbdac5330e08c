/**
 * Every export shows its Markdown beside the document it becomes once posted (issue 13): the
 * meeting's agenda, minutes and team reply, the round agenda, the vote log, the decision log
 * and the export template editor. Each rendering shows the document's first heading as a
 * heading (the reply, a forum post, its greeting) and a table where the Markdown has one; links in it never navigate the app window.
 * Screenshots go to /tmp/preview-*.png for a person to look at.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dismissNotices, openFreshApp } from './support/app';
import { expectAccessible } from './support/axe';
import { addCommittee, SC_MEMBERS } from './support/committee';
import { importSampleThread } from './support/import';
import { createRound } from './support/round';
import { watchAppPageStays } from './support/navigation-watch';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** The Markdown source and its rendering inside `scope`. */
function panes(scope: Locator | Page, source: string | RegExp) {
  return { source: scope.getByRole('textbox', { name: source }), rendered: scope.getByRole('region', { name: /^Rendered/ }) };
}

/** The rendering's first heading is the Markdown's first `#` line, as a heading element. */
async function expectFirstHeading(source: Locator, rendered: Locator): Promise<string> {
  const markdown = await source.inputValue();
  const first = /^(#{1,6}) (.+)$/m.exec(markdown);
  expect(first, 'the Markdown has a heading').not.toBeNull();
  const heading = rendered.getByRole('heading', { level: first![1]!.length }).first();
  await expect(heading).toHaveText(first![2]!.replace(/\\(.)/g, '$1'));
  return markdown;
}

async function shoot(target: Locator, name: string, page: Page): Promise<void> {
  await dismissNotices(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await target.screenshot({ path: `/tmp/preview-${name}.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await target.screenshot({ path: `/tmp/preview-${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe.configure({ timeout: 180_000 });

test('the meeting exports and the round agenda show Markdown beside the rendered document', async ({ page }) => {
  await openFreshApp(page);
  await importSampleThread(page);
  await addCommittee(page);
  await createRound(page, '2026-05-06');
  const upcoming = page.getByRole('list', { name: 'Meetings coming up' });

  // The round agenda: a table of the meetings, then each agenda.
  await page.getByRole('region', { name: /^Team meetings/ }).first().getByRole('button', { name: 'Preview round agenda…' }).click();
  const round = page.getByRole('dialog', { name: /^Round agenda: Team meetings/ });
  const roundPanes = panes(round, /^Preview of round-.*\(Markdown\)$/);
  await expectFirstHeading(roundPanes.source, roundPanes.rendered);
  await expect(roundPanes.rendered.getByRole('table').first()).toContainText('SC members');
  await dismissNotices(page);
  await expectAccessible(page, { schemes: ['light', 'dark'], label: 'round agenda preview' });
  await shoot(round, 'round', page);
  await round.getByRole('button', { name: 'Close' }).first().click();
  await expect(round).toBeHidden();

  // The Xen meeting: an agenda from the suggestions, minutes with an action.
  await upcoming.getByRole('button', { name: /Xen/ }).click();
  const suggestions = page.getByRole('region', { name: 'Suggested for this agenda' });
  await suggestions.getByRole('button', { name: /Add \d+ to the agenda/ }).click();
  await expect(page.getByRole('list', { name: 'Entries in Asks and decisions' }).getByRole('listitem')).not.toHaveCount(0);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const topic = page.locator('.minutes-entry').filter({ hasText: 'pre-disclosure' }).first();
  await topic.getByLabel('Minutes').fill('The SC supports applying; see [the security policy](https://xenproject.org/developers/security-policy/).');
  await topic.getByLabel('Minutes').press('Tab');
  const actionForm = page.getByRole('form', { name: 'Add an action item' });
  await actionForm.getByLabel('What').fill('Send the application');
  await actionForm.getByLabel('Owner').selectOption({ label: 'Tom Bereknyei' });
  await actionForm.getByLabel('Due').fill('2026-05-13');
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('list', { name: 'Action items of this meeting' })).toContainText('Send the application');

  await page.getByRole('tab', { name: 'Export' }).click();
  const panel = page.getByRole('region', { name: 'Export' });
  const documents = [['Agenda', 'agenda', /^Preview of agenda-.*\(Markdown\)$/], ['Minutes', 'minutes', /^Preview of minutes-.*\(Markdown\)$/], ['Reply to the team', 'team-reply', /^Preview of reply-.*\(Markdown\)$/]] as const;
  for (const [kind, stem, name] of documents) {
    await panel.getByLabel(kind, { exact: true }).check();
    const { source, rendered } = panes(panel, name);
    // A reply is a forum post, without a heading: its greeting is the first paragraph.
    if (stem === 'team-reply') await expect(rendered.getByRole('paragraph').first()).toHaveText((await source.inputValue()).split('\n')[0]!);
    else await expectFirstHeading(source, rendered);
    if (stem === 'minutes') {
      const task = rendered.getByRole('listitem').filter({ hasText: 'Send the application' });
      await expect(task).toHaveText(/^☐ @tomberek: Send the application/);
      await shoot(panel, stem, page);
      await task.scrollIntoViewIfNeeded();
      await shoot(panel, 'minutes-actions', page);
      continue;
    }
    await shoot(panel, stem, page);
  }
  await expectAccessible(page, { schemes: ['light', 'dark'], label: 'meeting export preview' });

  // A link in the rendering opens outside the app (a popup here); the app page stays where it is.
  await panel.getByLabel('Minutes', { exact: true }).check();
  const link = panes(panel, /^Preview of minutes-/).rendered.getByRole('link', { name: 'the security policy' });
  await expect(link).toHaveAttribute('href', 'https://xenproject.org/developers/security-policy/');
  const stays = watchAppPageStays(page);
  const popup = page.waitForEvent('popup');
  await link.click();
  await (await popup).close();
  stays();

  // A narrow window stacks the two panes.
  await panel.getByLabel('Agenda', { exact: true }).check();
  await page.setViewportSize({ width: 720, height: 820 });
  const { source, rendered } = panes(panel, /^Preview of agenda-/);
  const [top, bottom] = [await source.boundingBox(), await rendered.boundingBox()];
  expect(bottom!.y).toBeGreaterThan(top!.y + top!.height - 1);
  await shoot(panel, 'agenda-narrow', page);
});

test('the vote log, the decision log and the template editor show Markdown beside the rendered document', async ({ page }) => {
  await openFreshApp(page);
  await importSampleThread(page);
  await addCommittee(page);
  await nav(page, 'Decisions').click();
  await page.getByRole('button', { name: 'New decision' }).click();
  const form = page.getByRole('form', { name: 'New decision' });
  await form.getByLabel('Title').fill('Approve the Xen team’s application to Xen’s security pre-disclosure list');
  await form.getByLabel('Question or motion').fill('The SC approves the application to the [pre-disclosure list](https://xenproject.org/developers/security-policy/).');
  await form.getByRole('checkbox', { name: /Approval from the Steering Committee/ }).check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  const votes = page.getByRole('region', { name: 'Votes' });
  for (const [name] of SC_MEMBERS.slice(0, 4)) await votes.getByRole('radiogroup', { name: `Vote of ${name}` }).getByRole('radio', { name: '+1' }).check();
  await votes.getByRole('radiogroup', { name: 'Vote of John Ericson' }).getByRole('radio', { name: 'Abstain' }).check();
  await votes.getByLabel('Rationale of John Ericson').fill('recused: works with the Xen team');
  await votes.getByLabel('Rationale of John Ericson').press('Tab');
  await votes.getByRole('button', { name: 'Record outcome: Approved' }).click();

  for (const layout of ['modern', 'classic'] as const) {
    await page.getByRole('button', { name: 'Export vote log…' }).click();
    const dialog = page.getByRole('dialog', { name: /Export vote log #0001/ });
    if (layout === 'classic') await dialog.getByLabel('Layout').selectOption('vote-log-classic');
    const { source, rendered } = panes(dialog, 'Preview (Markdown)');
    const markdown = await expectFirstHeading(source, rendered);
    expect(markdown).toMatch(/^\|/m);
    await expect(rendered.getByRole('table').first()).toContainText('John Ericson');
    if (layout === 'modern') await expectAccessible(page, { schemes: ['light', 'dark'], label: 'vote log preview' });
    await shoot(dialog, `vote-log-${layout}`, page);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
  }

  await page.getByRole('button', { name: 'Export decision log…' }).click();
  const logDialog = page.getByRole('dialog', { name: 'Export the decision log' });
  const log = panes(logDialog, 'Preview (Markdown)');
  const logMarkdown = await expectFirstHeading(log.source, log.rendered);
  if (/^\|/m.test(logMarkdown)) await expect(log.rendered.getByRole('table').first()).toBeVisible();
  await expectAccessible(page, { schemes: ['light', 'dark'], label: 'decision log preview' });
  await shoot(logDialog, 'decision-log', page);
  await logDialog.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('tab', { name: 'Export templates' }).click();
  const editor = page.locator('.template-editor');
  const template = panes(editor, 'Template preview (Markdown)');
  await expectFirstHeading(template.source, template.rendered);
  await expectAccessible(page, { schemes: ['light', 'dark'], label: 'template preview' });
  await shoot(editor, 'template', page);
});
