/**
 * A team's earlier updates are listed by thread and date; a post is rendered only when the
 * member opens it (rendering every earlier post on each visit froze large workspaces).
 */
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { TeamsView } from '../../../../renderer/features/teams/TeamsView';
import { resetUiStore } from '../../../../renderer/store';
import type { ThreadId } from '../../../../shared/model';
import { seedSampleWorkspace, update } from '../../support/seed';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  const older = 'thread-old' as ThreadId;
  await db.threads.add({ id: older, title: 'Team Updates, summer', importedAt: '2024-08-01T00:00:00.000Z' });
  await db.updates.add(update('u-xen-old', 'xen', 'The summer report of the Xen team.', { threadId: older, postedAt: '2024-08-01T00:00:00.000Z' }));
});
afterEach(() => resetUiStore());

describe('earlier updates of a team', () => {
  it('shows a post only once its entry is opened', async () => {
    const user = userEvent.setup();
    render(<TeamsView />);
    await user.click(await screen.findByRole('button', { name: /^Xen/ }));
    const earlier = await screen.findByRole('region', { name: 'Earlier updates' });
    expect(earlier.textContent).toContain('Team Updates, summer');
    expect(earlier.textContent).not.toContain('The summer report of the Xen team.');
    await user.click(within(earlier).getByText(/Team Updates, summer/));
    expect(await within(earlier).findByText('The summer report of the Xen team.')).toBeTruthy();
  });
});
