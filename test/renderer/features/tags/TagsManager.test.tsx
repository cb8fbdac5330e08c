import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { editItemTags } from '../../../../renderer/db/repos/items-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { TagsManager } from '../../../../renderer/features/tags/TagsManager';
import { resetUiStore } from '../../../../renderer/store';
import type { ItemId, TagId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

// Live queries answer after a few event-loop turns; give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await setMe('Tom Bereknyei');
});
afterEach(() => resetUiStore());

const row = async (name: string) => {
  const list = await screen.findByRole('list', { name: 'All tags' });
  return (await within(list).findAllByRole('listitem')).find((li) => (li.querySelector('input') as HTMLInputElement | null)?.value === name)!;
};

describe('the tag manager', () => {
  it('creates a tag', async () => {
    const user = userEvent.setup();
    render(<TagsManager onClose={() => {}} />);
    await user.type(screen.getByLabelText('New tag'), 'security{Enter}');
    await waitFor(async () => expect((await db.tags.toArray()).map((t) => t.name)).toContain('security'));
  });

  it('says how many items carry a tag and asks before deleting it', async () => {
    await editItemTags(['xen-alias', 'xen-approval'] as ItemId[], { add: ['t-budget' as TagId] });
    const user = userEvent.setup();
    render(<TagsManager onClose={() => {}} />);
    const budget = await row('budget');
    await waitFor(() => expect(budget.textContent).toContain('2 items'));
    await user.click(within(budget).getByRole('button', { name: 'Delete' }));
    const confirm = within(budget).getByRole('alertdialog');
    expect(confirm.textContent).toContain('2 items carry “budget”');
    expect(await db.tags.get('t-budget')).toBeDefined();
    await user.click(within(confirm).getByRole('button', { name: 'Delete “budget”' }));
    await waitFor(async () => expect(await db.tags.get('t-budget')).toBeUndefined());
  });

  it('deletes an unused tag without asking', async () => {
    const user = userEvent.setup();
    render(<TagsManager onClose={() => {}} />);
    await user.click(within(await row('budget')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.tags.get('t-budget')).toBeUndefined());
  });

  it('merges one tag into another', async () => {
    await editItemTags(['mkt-funding'] as ItemId[], { add: ['t-budget' as TagId] });
    const user = userEvent.setup();
    render(<TagsManager onClose={() => {}} />);
    const budget = await row('budget');
    await user.selectOptions(within(budget).getByLabelText('Merge into'), 'needs-decision');
    await user.click(within(budget).getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect((await db.items.get('mkt-funding'))?.tagIds).toEqual(['t-needs-decision']));
  });

  it('renames a tag when the field loses focus', async () => {
    const user = userEvent.setup();
    render(<TagsManager onClose={() => {}} />);
    const input = within(await row('budget')).getByLabelText('Name');
    await user.clear(input);
    await user.type(input, 'money');
    await user.tab();
    await waitFor(async () => expect((await db.tags.get('t-budget'))?.name).toBe('money'));
  });
});
