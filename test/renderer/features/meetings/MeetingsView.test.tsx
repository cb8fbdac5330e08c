import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { MeetingsView } from '../../../../renderer/features/meetings/MeetingsView';
import { resetUiStore } from '../../../../renderer/store';
import { BUILT_IN_TEMPLATE_IDS, NIXOS_SC_TEMPLATE } from '../../../../shared/meetings/templates';
import { seedSampleWorkspace } from '../../support/seed';

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});
afterEach(() => resetUiStore());

describe('MeetingsView', { timeout: 30_000 }, () => {
  it('adds the built-in templates the first time the screen opens', async () => {
    render(<MeetingsView />);
    await waitFor(async () => expect(await db.templates.count()).toBe(2), { timeout: 5000 });
    expect((await db.templates.get(BUILT_IN_TEMPLATE_IDS.nixosSc))?.body).toBe(NIXOS_SC_TEMPLATE);
  });

  it('plans an SC meeting from the form and opens it', async () => {
    const user = userEvent.setup();
    render(<MeetingsView />);
    const form = await screen.findByRole('form', { name: 'Plan a meeting' });
    await user.type(within(form).getByLabelText('Title (optional)'), 'SC weekly');
    await user.click(within(form).getByRole('button', { name: 'Create meeting' }));
    await screen.findByRole('heading', { level: 1, name: 'SC weekly' }, { timeout: 5000 });
    expect(await db.meetings.toArray()).toEqual([expect.objectContaining({ title: 'SC weekly', seriesKey: 'sc', status: 'draft' })]);
  });

  it('shows a template error with its line and does not save it', async () => {
    const user = userEvent.setup();
    render(<MeetingsView />);
    await user.click(screen.getByRole('tab', { name: 'Templates' }));
    const card = await screen.findByRole('region', { name: /NixOS SC meeting/ });
    const body = within(card).getByLabelText('Sections and default entries');
    await user.clear(body);
    await user.type(body, '## Intro{enter}stray text');
    expect(within(card).getByRole('alert').textContent).toContain('line 2');
    expect((within(card).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await db.templates.get(BUILT_IN_TEMPLATE_IDS.nixosSc))?.body).toBe(NIXOS_SC_TEMPLATE);
  });

  it('proposes two SC members for each of the eight team meetings and creates them as planned', async () => {
    const user = userEvent.setup();
    render(<MeetingsView />);
    await user.click(screen.getByRole('tab', { name: 'Plan a round' }));
    await user.click(await screen.findByRole('button', { name: 'Select all teams' }));
    await user.type(screen.getByLabelText('Day'), '2026-05-06');
    await user.click(screen.getByRole('button', { name: 'Propose SC members' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    for (const group of within(table).getAllByRole('group')) {
      expect(within(group).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(2);
    }
    await user.click(screen.getByRole('button', { name: 'Create 8 meetings' }));
    await waitFor(async () => expect(await db.meetings.count()).toBe(8), { timeout: 5000 });
    const meetings = await db.meetings.toArray();
    expect(new Set(meetings.map((m) => m.roundId)).size).toBe(1);
    expect(meetings.every((m) => m.status === 'planned' && m.memberIds.length === 2)).toBe(true);
  });

  it('keeps a member chosen by hand and says which rule it breaks', async () => {
    await db.members.update('m-tom', { unavailable: ['2026-05-06'] });
    const user = userEvent.setup();
    render(<MeetingsView />);
    await user.click(screen.getByRole('tab', { name: 'Plan a round' }));
    await user.click(await screen.findByLabelText('Xen'));
    await user.type(screen.getByLabelText('Day'), '2026-05-06');
    await user.click(screen.getByRole('button', { name: 'Propose SC members' }));
    await screen.findByRole('group', { name: 'SC members for Xen' });
    const tom = (): HTMLInputElement => within(screen.getByRole('group', { name: 'SC members for Xen' })).getByRole('checkbox', { name: /Tom Bereknyei/ });
    expect(tom().checked).toBe(false);
    await user.click(tom());
    expect(tom().checked).toBe(true);
    expect(screen.getByRole('table').textContent).toContain('@tomberek: chosen by hand (overrides: is not available on 2026-05-06)');
    screen.getByRole('heading', { name: 'Rules the plan could not keep' });
  });
});
