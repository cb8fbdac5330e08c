import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { ActionsPanel } from '../../../../renderer/features/actions/ActionsPanel';
import { localToday } from '../../../../renderer/features/decisions/time';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { ActionId, ActionRow } from '../../../../shared/model';
import { seedSampleWorkspace, T0 } from '../../support/seed';

vi.setConfig({ testTimeout: 30_000 });

const action = (id: string, text: string, dueOn?: string): ActionRow => ({
  id: id as ActionId, text, owner: { kind: 'person', name: 'Ann' }, dueOn, status: 'open', origin: { kind: 'none' }, teamId: null, createdAt: T0, updatedAt: T0,
});

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await db.actions.bulkAdd([action('late', 'Send the alias request', '2000-01-03'), action('soon', 'Reply to the Xen team', localToday()), action('later', 'Plan the budget')]);
});
afterEach(() => resetUiStore());

describe('ActionsPanel', () => {
  it('lists overdue actions apart from those due this week', async () => {
    useUi.getState().setActionsFilter('overdue');
    render(<ActionsPanel />);
    const list = await screen.findByRole('list', { name: 'Overdue actions' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(list.textContent).toContain('Send the alias request');
    expect(list.textContent).toContain('overdue');
    await userEvent.setup().click(screen.getByRole('button', { name: /Due this week/ }));
    const week = await screen.findByRole('list', { name: 'Due this week actions' });
    expect(week.textContent).toContain('Reply to the Xen team');
    expect(week.textContent).not.toContain('Send the alias request');
  });

  it('marks an action done from the list', async () => {
    useUi.getState().setActionsFilter('all');
    render(<ActionsPanel />);
    const select = await screen.findByLabelText('Status of “Plan the budget”');
    fireEvent.change(select, { target: { value: 'done' } });
    await waitFor(async () => expect((await db.actions.get('later'))?.status).toBe('done'));
  });

  it('adds an action owned by an SC member with a due date', async () => {
    render(<ActionsPanel />);
    const form = screen.getByRole('form', { name: 'Add an action' });
    fireEvent.change(within(form).getByLabelText('What needs to be done'), { target: { value: 'Ask infra for an @nixos.org alias' } });
    const owner = within(form).getByLabelText('Owner');
    await waitFor(() => expect(within(owner).getByRole('option', { name: 'Tom Bereknyei' })).toBeTruthy());
    fireEvent.change(owner, { target: { value: 'm-tom' } });
    fireEvent.change(within(form).getByLabelText('Due on (optional)'), { target: { value: '2024-12-09' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(async () => expect(await db.actions.filter((a) => a.text.startsWith('Ask infra')).first()).toMatchObject({ owner: { kind: 'member', memberId: 'm-tom' }, dueOn: '2024-12-09' }));
  });

  it('says who owns it before saving an action without an owner', async () => {
    render(<ActionsPanel />);
    const form = screen.getByRole('form', { name: 'Add an action' });
    fireEvent.change(within(form).getByLabelText('What needs to be done'), { target: { value: 'Something' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add action' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Choose who owns this action.');
    expect(await db.actions.count()).toBe(3);
  });
});
