import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { DecisionsView } from '../../../../renderer/features/decisions/DecisionsView';
import { openNewDecision, resetUiStore, useUi } from '../../../../renderer/store';
import type { ItemId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

// Live queries and a full form re-render on every change: slow on a shared CI machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});
afterEach(() => resetUiStore());

async function decideXenFromItem() {
  const user = userEvent.setup();
  openNewDecision({ itemIds: ['xen-approval' as ItemId] });
  render(<DecisionsView />);
  const form = await screen.findByRole('form', { name: 'New decision' });
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Approve the Xen pre-disclosure application' } });
  await user.click(within(form).getByRole('button', { name: 'Record decision' }));
  await screen.findByRole('heading', { name: /#0001 Approve the Xen pre-disclosure application/ }, { timeout: 10_000 });
  await screen.findByRole('radiogroup', { name: 'Vote of Tom Bereknyei' }, { timeout: 10_000 });
  return user;
}

describe('DecisionsView', () => {
  it('opens the Decisions screen with a new decision linked to the items the Items screen passed', async () => {
    openNewDecision({ itemIds: ['xen-approval' as ItemId] });
    expect(useUi.getState().view).toBe('decisions');
    render(<DecisionsView />);
    const form = await screen.findByRole('form', { name: 'New decision' });
    expect(await within(form).findByRole('checkbox', { name: /Xen: Approval from the Steering Committee/ })).toHaveProperty('checked', true);
  });

  it('starts the title of a decision on one ask with the ask’s first whole sentence', async () => {
    openNewDecision({ itemIds: ['xen-approval' as ItemId] });
    render(<DecisionsView />);
    const form = await screen.findByRole('form', { name: 'New decision' });
    expect(within(form).getByLabelText('Title')).toHaveProperty('value', 'Approval from the Steering Committee to apply to Xen’s security pre-disclosure list');
  });

  it('records a decision from an item and links the item to it', async () => {
    await decideXenFromItem();
    const [decision] = await db.decisions.toArray();
    expect(decision?.itemIds).toEqual(['xen-approval']);
    expect((await db.items.get('xen-approval'))?.decisionIds).toEqual([decision?.id]);
  });

  it('shows the message and keeps the input when the title is missing', async () => {
    const user = userEvent.setup();
    openNewDecision();
    render(<DecisionsView />);
    const form = await screen.findByRole('form', { name: 'New decision' });
    await user.type(within(form).getByLabelText('Question or motion'), 'Approve it');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(within(form).getByRole('alert').textContent).toContain('Give the decision a title.');
    expect(within(form).getByLabelText('Question or motion')).toHaveProperty('value', 'Approve it');
    expect(await db.decisions.count()).toBe(0);
  });

  it('updates the tally live and offers to record the outcome once it is settled', async () => {
    const user = await decideXenFromItem();
    const votes = screen.getByRole('region', { name: 'Votes' });
    expect(within(votes).queryByRole('button', { name: /Record outcome/ })).toBeNull();
    for (const name of ['Tom Bereknyei', 'Julien Malka', 'Philip Taron']) {
      await user.click(within(within(votes).getByRole('radiogroup', { name: `Vote of ${name}` })).getByRole('radio', { name: '+1' }));
    }
    await waitFor(() => expect(within(votes).getByRole('status').textContent).toContain('3 in favour'), { timeout: 10_000 });
    await user.click(within(votes).getByRole('button', { name: 'Record outcome: Approved' }));
    await waitFor(async () => expect((await db.items.get('xen-approval'))?.status).toBe('decided'), { timeout: 10_000 });
    expect((await db.decisions.toArray())[0]?.status).toBe('approved');
  });

  it('keeps a rationale typed for a vote', async () => {
    const user = await decideXenFromItem();
    const votes = screen.getByRole('region', { name: 'Votes' });
    await user.click(within(within(votes).getByRole('radiogroup', { name: 'Vote of John Ericson' })).getByRole('radio', { name: 'Abstain' }));
    await user.type(within(votes).getByLabelText('Rationale of John Ericson'), 'recused');
    await user.tab();
    await waitFor(async () => expect((await db.decisions.toArray())[0]?.votes).toEqual([{ memberId: 'm-john', vote: 'abstain', rationale: 'recused' }]));
  });

  it('filters the log by status', async () => {
    const user = await decideXenFromItem();
    await user.selectOptions(screen.getByLabelText('Status'), 'rejected');
    const list = screen.getByRole('navigation', { name: 'Decisions' });
    expect(within(list).getByText('0 of 1 decision')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<DecisionsView />);
    screen.getByRole('tab', { name: 'Decision log' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Action items' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Action items' }));
  });
});
