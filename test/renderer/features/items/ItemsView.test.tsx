import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { ItemsView } from '../../../../renderer/features/items/ItemsView';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { seedSampleWorkspace } from '../../support/seed';
import { useListViewport } from './list-layout';

// Live queries answer after a few event-loop turns; give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

useListViewport();

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});
afterEach(() => resetUiStore());

const listbox = () => screen.findByRole('listbox', { name: /Items/ });
const options = async () => within(await listbox()).findAllByRole('option');

describe('the Items view', () => {
  it('lists every item across teams as options of a listbox', async () => {
    render(<ItemsView />);
    expect(await options()).toHaveLength(9);
    expect(screen.getByText('9 of 9 items')).toBeTruthy();
  });

  it('finds the marketing ask when searching "matrix" and marks the word', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.type(screen.getByLabelText('Search items, notes and teams'), 'matrix');
    await waitFor(async () => expect(await options()).toHaveLength(1));
    const [only] = await options();
    expect(only!.textContent).toContain('private matrix room for the marketing team');
    expect(within(only!).getByText('matrix').tagName).toBe('MARK');
  });

  it('filters by team', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.selectOptions(screen.getByLabelText('Team'), 'Xen');
    await waitFor(async () => expect(await options()).toHaveLength(2));
  });

  it('moves through the list with j and k and shows the active item', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.keyboard('j');
    const box = await listbox();
    const first = box.getAttribute('aria-activedescendant');
    expect(first).toMatch(/^item-option-/);
    await user.keyboard('j');
    expect(box.getAttribute('aria-activedescendant')).not.toBe(first);
    await user.keyboard('k');
    expect(box.getAttribute('aria-activedescendant')).toBe(first);
    expect(await screen.findByRole('heading', { level: 2, name: document.getElementById(first!)!.querySelector('.item-text')!.textContent! })).toBeTruthy();
  });

  it('selects items with x and offers the changes for the selection', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.keyboard('jxjx');
    expect(await screen.findByText('2 selected')).toBeTruthy();
    expect((await options()).filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(2);
  });

  it('tags the active item from the keyboard with t, saving at once', async () => {
    await setMe('Tom Bereknyei');
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.selectOptions(screen.getByLabelText('Team'), 'Xen');
    await waitFor(async () => expect(await options()).toHaveLength(2));
    // Letters typed in the team filter go to the filter; the shortcuts work from the list.
    (await listbox()).focus();
    await user.keyboard('j');
    await screen.findByRole('heading', { level: 2 });
    await user.keyboard('t');
    const input = screen.getByLabelText('Add a tag');
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.keyboard('needs-decision{Enter}');
    const id = useUi.getState().activeItemId!;
    await waitFor(async () => expect((await db.items.get(id))?.tagIds).toEqual(['t-needs-decision']));
  });

  it('asks who the member is on their first edit, then saves the edit under that name', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.keyboard('j');
    await screen.findByRole('heading', { level: 2 });
    await user.click(screen.getByLabelText(/Confidential/));
    const dialog = await screen.findByRole('dialog', { name: 'Who are you?' });
    await user.type(within(dialog).getByLabelText('Your name'), 'Julien Malka');
    await user.click(within(dialog).getByRole('button', { name: 'Save and continue' }));
    const id = useUi.getState().activeItemId!;
    await waitFor(async () => expect((await db.items.get(id))?.confidential).toBe(true));
    expect((await db.history.toArray())[0]?.by).toBe('Julien Malka');
  });

  it('undoes the last change with the Undo button', async () => {
    await setMe('Tom Bereknyei');
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.keyboard('j');
    await screen.findByRole('heading', { level: 2 });
    await user.selectOptions(screen.getByLabelText('Priority'), 'urgent');
    const id = useUi.getState().activeItemId!;
    await waitFor(async () => expect((await db.items.get(id))?.priority).toBe('urgent'));
    const undo = screen.getByRole('button', { name: 'Undo last change' });
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
    await user.click(undo);
    await waitFor(async () => expect((await db.items.get(id))?.priority).toBe('normal'));
  });

  it('asks for a reason before setting an item to not for SC', async () => {
    await setMe('Tom Bereknyei');
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.keyboard('j');
    await screen.findByRole('heading', { level: 2 });
    const detail = await screen.findByRole('complementary');
    await user.selectOptions(within(detail).getByLabelText('Status'), 'not-for-sc');
    await user.type(within(detail).getByLabelText(/Why is it not for the SC/), 'Belongs to the infrastructure team');
    await user.click(within(detail).getByRole('button', { name: 'Set to Not for SC' }));
    const id = useUi.getState().activeItemId!;
    await waitFor(async () => expect(await db.items.get(id)).toMatchObject({ status: 'not-for-sc', statusReason: 'Belongs to the infrastructure team' }));
  });

  it('lists the shortcuts on ?', async () => {
    const user = userEvent.setup();
    render(<ItemsView />);
    await listbox();
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
