import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { storedTeamsOf, teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { TeamsView } from '../../../../renderer/features/teams/TeamsView';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { defaultChoice } from '../../../../shared/import/plan';
import type { ThreadId } from '../../../../shared/model';
import { parseFiles } from '../../../../shared/parse';
import { item, seedSampleWorkspace, update } from '../../support/seed';

// Live queries answer after a few event-loop turns; give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await resetDatabaseForTests();
});
afterEach(() => resetUiStore());

/** Imports the sample thread (test/fixtures/import) the way the import preview's defaults would. */
async function importSampleThread(): Promise<void> {
  const text = readFileSync(join(__dirname, '../../../fixtures/import/community-team-updates-thread.txt'), 'utf8');
  const files = [{ name: 'community-team-updates-thread.txt', text }];
  const result = parseFiles(files, { teams: await teamRegistry() });
  const known = (await db.teams.toArray()).map((t) => ({ id: t.id as string, name: t.name, aliases: t.aliases }));
  const stored = await storedTeamsOf(result.updates.map((u) => u.key));
  const choices = Object.fromEntries(result.updates.map((u) => [u.key, defaultChoice(u, known, stored[u.key])]));
  await writeImport({ result, choices, sources: [{ name: files[0]!.name, kind: 'plain-text', sha: 'sha-sample' }] });
}

/** The "Open work" groups of the team page as title → count, read from their headings. */
function openWorkOnPage(): Record<string, number> {
  const section = screen.getByRole('region', { name: 'Open work' });
  return Object.fromEntries(within(section).queryAllByRole('heading', { level: 4 }).map((h) => {
    const [, title, count] = /^(.*) \((\d+)\)$/.exec(h.textContent ?? '')!;
    return [title!, Number(count)];
  }));
}

describe('the Teams view', () => {
  it('shows the welcome steps when there are no teams', async () => {
    render(<TeamsView />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Steering Desk' })).toBeTruthy();
  });

  it('lists every team with its open asks and blockers', async () => {
    await seedSampleWorkspace();
    render(<TeamsView />);
    const nav = await screen.findByRole('navigation', { name: 'Teams' });
    await waitFor(() => expect(within(nav).getAllByRole('button')).toHaveLength(8));
    await waitFor(() => expect(within(nav).getByRole('button', { name: /^Xen/ }).textContent).toContain('1 open ask · 1 blocker'));
  });

  it('counts on the Xen card what the Xen page lists, for the imported sample thread', async () => {
    await importSampleThread();
    const user = userEvent.setup();
    render(<TeamsView />);
    const nav = await screen.findByRole('navigation', { name: 'Teams' });
    const card = await within(nav).findByRole('button', { name: /^Xen/ });
    await user.click(card);
    await waitFor(() => expect(card.querySelector('.team-counts')?.textContent).toBe('5 open asks · 2 blockers'));
    await screen.findByRole('heading', { level: 4, name: /^Open asks/ });
    expect(openWorkOnPage()).toEqual({ 'Open asks': 5, Blockers: 2 });
    // The Budget section says no budget is needed: no budget request on the card or the page.
    expect(card.textContent).not.toContain('budget');
  });

  it('assigns two SC members to the Xen team', async () => {
    await seedSampleWorkspace();
    await setMe('Tom Bereknyei');
    const user = userEvent.setup();
    render(<TeamsView />);
    await user.click(await screen.findByRole('button', { name: /^Xen/ }));
    const group = await screen.findByRole('group', { name: 'SC members following Xen' });
    await user.click(within(group).getByLabelText('Tom Bereknyei'));
    await user.click(within(group).getByLabelText('Julien Malka'));
    await waitFor(async () => expect((await db.teams.get('xen'))?.assigneeIds.sort()).toEqual(['m-julien', 'm-tom']));
    expect(await screen.findByText('Followed by Tom Bereknyei, Julien Malka')).toBeTruthy();
  });

  it('shows what changed since the team’s previous update in an earlier thread', async () => {
    await seedSampleWorkspace();
    const older = 'thread-old' as ThreadId;
    await db.threads.add({ id: older, title: 'Team Updates, summer', importedAt: '2024-08-01T00:00:00.000Z' });
    await db.updates.add(update('u-xen-old', 'xen', 'Old Xen update', { threadId: older, postedAt: '2024-08-01T00:00:00.000Z' }));
    await db.items.bulkAdd([
      item('xen-old-alias', 'u-xen-old', 'xen', 'An e-mail alias that ends in @nixos.org', { isAsk: true, threadId: older }),
      item('xen-old-hosting', 'u-xen-old', 'xen', 'Hosting for the Xen images', { isAsk: true, threadId: older }),
    ]);
    const user = userEvent.setup();
    render(<TeamsView />);
    await user.click(await screen.findByRole('button', { name: /^Xen/ }));
    const changes = await screen.findByRole('region', { name: /Since the previous update/ });
    expect(within(changes).getByText(/Asks repeated from last time/).nextElementSibling?.textContent).toContain('An e-mail alias');
    expect(within(changes).getByText(/Asks no longer made/).nextElementSibling?.textContent).toContain('Hosting for the Xen images');
    expect(screen.getByRole('region', { name: 'Earlier updates' }).textContent).toContain('Team Updates, summer');
  });

  it('opens an item of the team in the Items view', async () => {
    await seedSampleWorkspace();
    const user = userEvent.setup();
    render(<TeamsView />);
    await user.click(await screen.findByRole('button', { name: /^Marketing/ }));
    await user.click(await screen.findByRole('button', { name: /private matrix room/ }));
    expect(useUi.getState()).toMatchObject({ view: 'items', activeItemId: 'mkt-matrix', itemFilter: { teamId: 'marketing' } });
  });
});
