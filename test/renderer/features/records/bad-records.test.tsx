/**
 * One bad record no longer blanks the app (issue 20). A thread address that is no URL
 * (`https://[bad/t/…`, stored before links were checked at import) no longer throws in the
 * item and update views; a record the views cannot read shows a recoverable message in its
 * card while the rest of the page — and what is typed there — stays.
 */
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { DecisionsView } from '../../../../renderer/features/decisions/DecisionsView';
import { ItemsView } from '../../../../renderer/features/items/ItemsView';
import { TeamsView } from '../../../../renderer/features/teams/TeamsView';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { DecisionId, DecisionRow, ThreadId, UpdateRow } from '../../../../shared/model';
import { seedSampleWorkspace, THREAD, update } from '../../support/seed';
import { useListViewport } from '../items/list-layout';

configure({ asyncUtilTimeout: 5000 });
useListViewport();

const BAD_URL = 'https://[bad/t/community-team-updates/56458';

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  resetUiStore();
  vi.restoreAllMocks();
});

describe('a thread whose stored address is no URL', () => {
  beforeEach(async () => {
    await db.threads.update(THREAD, { url: BAD_URL });
  });

  it('still shows the team’s update', async () => {
    const user = userEvent.setup();
    render(<TeamsView />);
    await user.click(await screen.findByRole('button', { name: /^Xen/ }));
    const latest = await screen.findByRole('region', { name: 'Latest update' });
    expect(within(latest).getByText('Update of the Xen team.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('still shows an item of it in the Items view', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await screen.findByRole('listbox', { name: /Items/ });
    await user.keyboard('j');
    const detail = await screen.findByRole('complementary');
    expect(await within(detail).findByRole('button', { name: 'Open the original post ↗' })).toBeTruthy();
    expect(screen.queryByText(/could not be shown/)).toBeNull();
  });
});

describe('a record the view cannot read', () => {
  it('shows its message in the update’s card; the team page and the other updates stay', async () => {
    const older = 'thread-old' as ThreadId;
    await db.threads.add({ id: older, title: 'Team Updates, summer', importedAt: '2024-08-01T00:00:00.000Z' });
    await db.updates.add(update('u-xen-old', 'xen', 'The summer report of the Xen team.', { threadId: older, postedAt: '2024-08-01T00:00:00.000Z' }));
    // A row written by some other program: no sections list.
    await db.updates.put({ ...update('u-xen', 'xen', 'Update of the Xen team.'), sections: undefined } as unknown as UpdateRow);
    const user = userEvent.setup();
    render(<TeamsView />);
    await user.click(await screen.findByRole('button', { name: /^Xen/ }));
    const latest = await screen.findByRole('region', { name: 'Latest update' });
    expect(within(latest).getByRole('alert').textContent).toMatch(/^This update could not be shown: .+\. Other records are fine\.Try again$/);
    expect(screen.getByRole('heading', { name: 'Xen', level: 2 })).toBeTruthy();
    const earlier = screen.getByRole('region', { name: 'Earlier updates' });
    await user.click(within(earlier).getByText(/Team Updates, summer/));
    expect(await within(earlier).findByText('The summer report of the Xen team.')).toBeTruthy();
  });

  it('shows its message in the decision’s card; the list, the filters and what is typed in them stay', async () => {
    const decision = (id: string, number: number, title: string): DecisionRow => ({
      id: id as DecisionId, number, title, motion: 'Approve it.', options: [], status: 'approved', venue: { kind: 'meeting' }, votes: [], rationale: '',
      confidentiality: 'public', itemIds: [], teamIds: [], tagIds: [], createdAt: '2024-11-25T10:00:00.000Z', updatedAt: '2024-11-25T10:00:00.000Z',
    });
    await db.decisions.bulkPut([
      decision('d-good', 1, 'Approve the docs sprint'),
      { ...decision('d-bad', 2, 'Approve Xen pre-disclosure'), teamIds: undefined } as unknown as DecisionRow,
    ]);
    const user = userEvent.setup();
    render(<DecisionsView />);
    const search = await screen.findByRole('searchbox');
    await user.type(search, 'Approve');
    useUi.getState().selectDecision('d-bad' as DecisionId);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Decision #0002 could not be shown: .+\. Other records are fine\.Try again$/);
    expect((search as HTMLInputElement).value).toBe('Approve');
    await user.click(screen.getByRole('button', { name: /Approve the docs sprint/ }));
    expect(await screen.findByRole('heading', { name: /Approve the docs sprint/, level: 2 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
