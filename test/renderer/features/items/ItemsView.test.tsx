import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { DecisionsView } from '../../../../renderer/features/decisions/DecisionsView';
import { ItemsView } from '../../../../renderer/features/items/ItemsView';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { TagId } from '../../../../shared/model';
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

  describe('the selection bar', () => {
    /** Shows only the two Xen items and selects both with x; returns the bar. */
    async function selectBothXenItems(user: ReturnType<typeof userEvent.setup>) {
      render(<ItemsView />);
      await listbox();
      await user.selectOptions(screen.getByLabelText('Team'), 'Xen');
      await waitFor(async () => expect(await options()).toHaveLength(2));
      (await listbox()).focus();
      await user.keyboard('jxjx');
      return screen.findByRole('region', { name: 'Selected items' });
    }

    async function tagXen(alias: string[], approval: string[]) {
      await db.items.update('xen-alias', { tagIds: alias as TagId[] });
      await db.items.update('xen-approval', { tagIds: approval as TagId[] });
    }

    const tagsOf = async (id: string) => (await db.items.get(id))?.tagIds;

    it('decides on the selected items together: a new decision on the Decisions screen, linked to both', async () => {
      const user = userEvent.setup();
      const bar = await selectBothXenItems(user);
      await user.click(within(bar).getByRole('button', { name: 'Decide on selected…' }));
      const state = useUi.getState();
      expect(state.view).toBe('decisions');
      expect(state.decisionEditor).toMatchObject({ mode: 'new' });
      expect(state.decisionEditor?.mode === 'new' ? [...state.decisionEditor.itemIds].sort() : null).toEqual(['xen-alias', 'xen-approval']);

      render(<DecisionsView />);
      const form = await screen.findByRole('form', { name: 'New decision' });
      expect(await within(form).findByRole('checkbox', { name: /Xen: Approval from the Steering Committee/ })).toHaveProperty('checked', true);
      expect(within(form).getByRole('checkbox', { name: /Xen: An e-mail alias/ })).toHaveProperty('checked', true);
    });

    it('shows a tag every selected item has with ×, and a tag only some have as “name (1 of 2)”', async () => {
      await tagXen(['t-needs-decision', 't-budget'], ['t-needs-decision']);
      const user = userEvent.setup();
      const bar = await selectBothXenItems(user);
      const chips = await within(bar).findByRole('list', { name: 'Tags' });
      await waitFor(() => expect(within(chips).getAllByRole('listitem').map((li) => li.textContent?.replace(/[+×]/g, '').trim())).toEqual(['needs-decision', 'budget (1 of 2)']));
      expect(within(chips).getByRole('button', { name: 'Remove tag needs-decision' })).toBeTruthy();
      expect(within(chips).getByRole('button', { name: 'Remove tag budget from the 1 selected item that has it' })).toBeTruthy();
      expect(within(chips).getByRole('button', { name: 'Add tag budget to all 2 selected items' })).toBeTruthy();
      expect(within(chips).queryByRole('button', { name: 'Remove tag budget' })).toBeNull();
    });

    it('takes a mixed tag off the items that have it, and leaves the others as they were', async () => {
      await setMe('Tom Bereknyei');
      await tagXen(['t-needs-decision', 't-budget'], ['t-needs-decision']);
      const user = userEvent.setup();
      const bar = await selectBothXenItems(user);
      await user.click(await within(bar).findByRole('button', { name: /^Remove tag budget from/ }));
      await waitFor(async () => expect(await tagsOf('xen-alias')).toEqual(['t-needs-decision']));
      expect(await tagsOf('xen-approval')).toEqual(['t-needs-decision']);
      await waitFor(() => expect(within(bar).queryByText(/budget/)).toBeNull());
    });

    it('puts a mixed tag on every selected item, after which it shows as on all of them', async () => {
      await setMe('Tom Bereknyei');
      await tagXen(['t-budget'], []);
      const user = userEvent.setup();
      const bar = await selectBothXenItems(user);
      await user.click(await within(bar).findByRole('button', { name: 'Add tag budget to all 2 selected items' }));
      await waitFor(async () => expect(await tagsOf('xen-approval')).toEqual(['t-budget']));
      expect(await tagsOf('xen-alias')).toEqual(['t-budget']);
      expect(await within(bar).findByRole('button', { name: 'Remove tag budget' })).toBeTruthy();
      expect(within(bar).queryByText(/of 2/)).toBeNull();
    });

    it('removes a tag every selected item has from all of them', async () => {
      await setMe('Tom Bereknyei');
      await tagXen(['t-needs-decision'], ['t-needs-decision']);
      const user = userEvent.setup();
      const bar = await selectBothXenItems(user);
      await user.click(await within(bar).findByRole('button', { name: 'Remove tag needs-decision' }));
      await waitFor(async () => expect(await tagsOf('xen-alias')).toEqual([]));
      expect(await tagsOf('xen-approval')).toEqual([]);
    });
  });
});
